import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { usePreferences } from '@/lib/preferences-store';

// Every test starts with no language chosen: the stored preference and the in-memory store alike.
afterEach(() => {
  cleanup();
  usePreferences.setState({ language: null });
  localStorage.clear();
});
