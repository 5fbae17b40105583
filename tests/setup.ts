import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type * as Zustand from 'zustand';
import { resetAllStores } from './support/zustand-reset';

// Lazy areas load in a second on a quiet machine, in several on a busy one: findBy* waits up to 5 s.
configure({ asyncUtilTimeout: 5000 });

vi.mock('zustand', async (importOriginal) => {
  const actual = await importOriginal<typeof Zustand>();
  const { recordingCreate } = await import('./support/zustand-reset');
  return { ...actual, create: recordingCreate(actual) };
});

// Every test starts from the stores' initial states (language, rehearsal set-up, waiting update, ...) and an
// empty localStorage, where the persisted preferences live.
afterEach(() => {
  cleanup();
  resetAllStores();
  localStorage.clear();
});
