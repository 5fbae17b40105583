import type { ResourceKey } from 'i18next';

// Eager: `common` ships in the first page for every language, so the shell paints in the chosen one at once.
const files = import.meta.glob<ResourceKey>('./locales/*/common.json', { eager: true, import: 'default' });

/** The `common` namespace of every folder in `locales/`, by language code. */
export const commonResources: Readonly<Record<string, ResourceKey | undefined>> = Object.fromEntries(
  Object.entries(files).map(([file, resource]) => [file.split('/')[2], resource]),
);
