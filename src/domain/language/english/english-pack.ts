import type { LanguagePack } from '../language-pack';
import cues from './cues.json';
import { englishQuantities } from './quantity-words';
import { stemEnglish } from './stem-english';
import words from './words.json';

export const english: LanguagePack = {
  stem: stemEnglish,
  borrowsEnglish: false,
  cues,
  words,
  quantities: englishQuantities,
  cueReachAfter: { negation: 2, plan: 6 },
};
