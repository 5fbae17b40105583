import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router, type BaseLocationHook } from 'wouter';
import { followPreferredLanguage } from '@/i18n/i18n';

type Props = {
  i18n: I18n;
  /** Tests pass a memory location; the app uses the browser's. */
  locationHook?: BaseLocationHook;
  children: ReactNode;
};

/** What every page relies on: translations and the router. The data cache comes with the data areas. */
export function Providers({ i18n, locationHook, children }: Props) {
  useEffect(() => followPreferredLanguage(i18n), [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      {locationHook ? <Router hook={locationHook}>{children}</Router> : <Router>{children}</Router>}
    </I18nextProvider>
  );
}
