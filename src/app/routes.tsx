import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPage } from '@/components/error-page';
import { Loading } from '@/components/loading';
import { recoverFromMissingFile } from '@/lib/missing-file-recovery';
import { NotFoundPage } from './not-found-page';

type Page = LazyExoticComponent<ComponentType>;

// Each area is its own chunk, fetched when first visited. A chunk a newer release has replaced reloads
// the tab into that release rather than showing the error page.
const page = (load: () => Promise<ComponentType>): Page =>
  lazy(() => load().then((Component) => ({ default: Component }), recoverFromMissingFile));

// The start page needs no stored data, so the data layer is not part of the first page.
const HomePage = page(() => import('@/features/home/home-page').then((m) => m.HomePage));
const DataProvider = lazy(() =>
  import('./data-provider').then((m) => ({ default: m.DataProvider }), recoverFromMissingFile),
);

export const areaRoutes = [
  {
    path: '/rehearse',
    nav: 'rehearse',
    Page: page(() => import('@/features/rehearse/rehearse-page').then((m) => m.RehearsePage)),
  },
  {
    path: '/progress',
    nav: 'progress',
    Page: page(() => import('@/features/progress/progress-page').then((m) => m.ProgressPage)),
  },
  {
    path: '/scenarios',
    nav: 'scenarios',
    Page: page(() => import('@/features/scenarios/scenarios-page').then((m) => m.ScenariosPage)),
  },
  {
    path: '/readiness',
    nav: 'readiness',
    Page: page(() => import('@/features/readiness/readiness-page').then((m) => m.ReadinessPage)),
  },
  {
    path: '/settings',
    nav: 'settings',
    Page: page(() => import('@/features/settings/settings-page').then((m) => m.SettingsPage)),
  },
] as const;

/** The routed content, with a friendly error page for anything that throws below it. */
export function AppRoutes({ queryClient }: { queryClient?: QueryClient }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(reset) => <ErrorPage onRetry={reset} />}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          {areaRoutes.map(({ path, Page }) => (
            <Route key={path} path={path} nest>
              <DataProvider client={queryClient}>
                <Page />
              </DataProvider>
            </Route>
          ))}
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
