// The one list of languages. Free of zod and of the scoring packs, so the app shell can load it.

/** A language the interface and the scenario content come in. */
export type Language = {
  /** The code in scenario files, stored records and `src/i18n/locales/<code>/`. */
  code: string;
  /** English name, for messages to scenario authors ("German"). */
  name: string;
  /** Its own name, for the language menu ("Deutsch"). */
  nativeName: string;
  /** BCP 47 tag for reading aloud and dictation ("de-DE"). */
  speech: string;
};

/** English comes first: it is the source language, required in every scenario text. */
export const languages = [
  { code: 'en', name: 'English', nativeName: 'English', speech: 'en-GB' },
  { code: 'de', name: 'German', nativeName: 'Deutsch', speech: 'de-DE' },
] as const satisfies readonly Language[];
