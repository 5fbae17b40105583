import type { $ZodConfig } from 'zod/v4/core';

// Zod compiles object parsers with `new Function` unless told not to. The app's Content-Security-Policy
// forbids eval, and even zod's probe for it is reported as a violation. Schemas read the setting when they
// are built, in whichever chunk first loads zod, so main.tsx imports this module first of all. Zod keeps its
// settings in this global and reads one that exists before it loads (documented in zod/v4/core/core.ts);
// setting it here rather than calling `config()` keeps zod, about 4 KiB, out of the first page.
const shared = globalThis as { __zod_globalConfig?: $ZodConfig };
Object.assign((shared.__zod_globalConfig ??= {}), { jitless: true });
