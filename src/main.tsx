import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { createI18n } from '@/i18n/i18n';
import { recoverFromMissingFiles } from '@/lib/missing-file-recovery';
import { registerServiceWorker } from '@/lib/register-service-worker';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

recoverFromMissingFiles();
createRoot(root).render(
  <StrictMode>
    <App i18n={createI18n()} />
  </StrictMode>,
);

void registerServiceWorker();
