import type { LanguagePack } from '../language-pack';
import compoundParts from './compound-parts.json';
import cues from './cues.json';
import { germanQuantities } from './quantity-words';
import { separableParticles } from './separable-particles';
import { germanStems, stemGerman } from './stem-german';
import words from './words.json';

export const german: LanguagePack = {
  stem: stemGerman,
  stemVariants: germanStems,
  borrowsEnglish: true,
  cues,
  words,
  quantities: germanQuantities,
  cueReachAfter: { negation: 5, plan: 6 },
  // Linking elements between compound parts: "Wiederherstellung-s-test", "Patch-es-", "Woche-n-bericht".
  compounds: { parts: compoundParts.parts, linkers: ['', 's', 'es', 'n', 'en', 'e', 'er'] },
  separableParticles,
};
