import { render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '@/app/app';
import { createI18n } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';

/** Renders the real app with its real providers at a path, with an in-memory location. */
export function renderApp(path = '/') {
  const location = memoryLocation({ path, record: true });
  const utils = render(<App i18n={createI18n()} queryClient={createQueryClient()} locationHook={location.hook} />);
  return { ...utils, location };
}
