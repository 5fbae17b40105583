import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '@/domain/language/locale-codes';

/** The interface language as a locale of scenario content (titles, summaries, labels), English if it is none. */
export function useContentLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'en';
}
