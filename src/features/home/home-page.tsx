import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/use-document-title';

const areas = [
  { href: '/rehearse', title: 'home.rehearseTitle', text: 'home.rehearseText' },
  { href: '/progress', title: 'home.progressTitle', text: 'home.progressText' },
  { href: '/scenarios', title: 'home.scenariosTitle', text: 'home.scenariosText' },
  { href: '/readiness', title: 'home.readinessTitle', text: 'home.readinessText' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle('');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="area-cards">
        {areas.map((area) => (
          <li key={area.href} className="card">
            <h2>
              <Link href={area.href}>{t(area.title)}</Link>
            </h2>
            <p>{t(area.text)}</p>
          </li>
        ))}
      </ul>
      <p className="muted">{t('home.offline')}</p>
    </section>
  );
}
