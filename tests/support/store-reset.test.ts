import { describe, expect, it } from 'vitest';
import { useRehearsalSetup } from '@/features/rehearse/start/setup-store';
import { useAppUpdate } from '@/lib/app-update-store';
import { usePreferences } from '@/lib/preferences-store';

// The two tests run in order: the second sees nothing of what the first changed.
describe('the test setup resets every store after each test', () => {
  it('a test changes every store', () => {
    useRehearsalSetup.getState().set({ mode: 'mock', timeLimitMinutes: 5 });
    usePreferences.getState().setLanguage('de');
    usePreferences.getState().setReadAloud(true);
    useAppUpdate.getState().setWaiting({} as ServiceWorker);
    expect(useRehearsalSetup.getState().mode).toBe('mock');
  });

  it('the next test starts from their initial states', () => {
    expect(useRehearsalSetup.getState()).toMatchObject({ mode: 'practice', persona: null, timeLimitMinutes: 0 });
    expect(usePreferences.getState()).toMatchObject({ language: null, readAloud: false });
    expect(useAppUpdate.getState().waiting).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
