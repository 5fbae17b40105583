import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Locale } from '@/domain/language/locale-codes';

type PreferencesState = {
  /** The language the user chose; null follows the browser. */
  language: Locale | null;
  setLanguage: (language: Locale | null) => void;
  /** Whether the auditor's questions are read aloud, where the browser can speak. */
  readAloud: boolean;
  setReadAloud: (readAloud: boolean) => void;
};

/** UI preferences that outlive a reload; kept in localStorage so they apply before the first paint. */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      language: null,
      setLanguage: (language) => set({ language }),
      readAloud: false,
      setReadAloud: (readAloud) => set({ readAloud }),
    }),
    { name: 'mat.preferences', version: 1, partialize: ({ language, readAloud }) => ({ language, readAloud }) },
  ),
);
