import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSelect } from '@/components/language-select';
import { areaRoutes } from './routes';
import { UpdatePrompt } from './update-prompt';

function NavLink({ path, label }: { path: string; label: string }) {
  const [location] = useLocation();
  const active = location === path || location.startsWith(`${path}/`);
  return (
    <Link href={path} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

/** Header with the product name, the main navigation and the language switch; the page below. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {areaRoutes.map((route) => (
              <li key={route.path}>
                <NavLink path={route.path} label={t(`nav.${route.nav}`)} />
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSelect className="header-language" />
      </header>
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
