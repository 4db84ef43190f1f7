import './styles/base.css';
import './styles/nav.css';
import './styles/controls.css';
import './styles/content.css';
import './styles/career.css';
import './styles/hiring.css';
import './styles/record.css';
import './styles/home.css';
import './styles/paths.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { i18n, i18nReady } from './i18n';
import { queryClient } from './queryClient';
import { router } from './router';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );

// English chosen on the login page (cookie) is fetched first; if that fails the page still opens, in Japanese.
void i18nReady.catch(() => undefined).then(render);
