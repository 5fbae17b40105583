import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { BaseLocationHook } from 'wouter';
import { Layout } from './layout';
import { Providers } from './providers';
import { AppRoutes } from './routes';

type Props = { i18n: I18n; queryClient?: QueryClient; locationHook?: BaseLocationHook };

/** The whole application: providers, the shell and the routed areas. */
export function App({ i18n, queryClient, locationHook }: Props) {
  return (
    <Providers i18n={i18n} locationHook={locationHook}>
      <Layout>
        <AppRoutes queryClient={queryClient} />
      </Layout>
    </Providers>
  );
}
