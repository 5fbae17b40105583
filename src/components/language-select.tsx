import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '@/domain/language/languages';
import { isLocale } from '@/domain/language/locale-codes';
import { effectiveLanguage } from '@/i18n/language';
import { usePreferences } from '@/lib/preferences-store';

/** A labelled select that switches the interface language and remembers the choice. */
export function LanguageSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = usePreferences((state) => state.language);
  const setLanguage = usePreferences((state) => state.setLanguage);
  return (
    <div className={className}>
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={effectiveLanguage(chosen)}
        onChange={(event) => isLocale(event.target.value) && setLanguage(event.target.value)}
      >
        {languages.map(({ code, nativeName }) => (
          <option key={code} value={code} lang={code}>
            {nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
