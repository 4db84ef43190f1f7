import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { isNotFound, setUnauthenticatedHandler } from './api';
import { currentLocale, loadCatalog } from './i18n';
import { AppShell } from './components/AppShell';
import { PublicShell, PublicShellLoading } from './components/PublicShell';
import { Loading, NotFound, usePageTitle } from './components/status';
import { requires } from './lib/guard';
import { loginUrl } from './lib/urls';
import { HomePage } from './routes/Home';
import { LoginPage } from './routes/Login';
import { requireMe } from './session';

/**
 * A page fetched the first time it is opened. The router loads it alongside the page's data and keeps the
 * current page on screen meanwhile (AppShell marks it busy), so there is no blank flash; a first visit shows
 * the app's loading state (hydrateFallbackElement) until both are there. Only the sign-in page and the
 * home page, where everyone lands, come with the first download.
 */
const page = (load: () => Promise<ComponentType>) => async () => {
  // The page's texts too: the first page carried only its own (i18n.ts).
  const [Component] = await Promise.all([load(), loadCatalog(currentLocale())]);
  return { Component };
};

/** One interview's tabs, as the employee (/prep/:id) or the interviewer (/interviews/:id) sees them. */
const interviewTabs = (side: 'employee' | 'interviewer') =>
  page(() =>
    import('./routes/prep/PrepDetail').then(({ InterviewTabsPage }) => () => <InterviewTabsPage side={side} />),
  );

/** Anything a page threw: 404s look like any other "not found", the rest offer a reload. */
function RouteError() {
  const { t } = useTranslation();
  const err = useRouteError();
  usePageTitle(t('ui.errorPage.title'));
  if (isNotFound(err) || (isRouteErrorResponse(err) && err.status === 404)) return <NotFound />;
  return (
    <main id="main" className="page narrow">
      <h1>{t('ui.errorPage.title')}</h1>
      <p>{t('errors.internal')}</p>
      <p>
        <a href="/">{t('ui.notFound.home')}</a>
      </p>
    </main>
  );
}

export const router = createBrowserRouter([
  {
    element: <PublicShell />,
    errorElement: <RouteError />,
    // Shown while a page other than the sign-in page is fetched on a first visit.
    hydrateFallbackElement: <PublicShellLoading />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/forgot-password', lazy: page(() => import('./routes/PasswordReset').then((m) => m.ForgotPasswordPage)) },
      { path: '/reset-password', lazy: page(() => import('./routes/PasswordReset').then((m) => m.ResetPasswordPage)) },
      { path: '/setup', lazy: page(() => import('./routes/Setup').then((m) => m.SetupPage)) },
    ],
  },
  {
    id: 'app',
    path: '/',
    loader: requireMe,
    // Shown while the session is checked on first load.
    hydrateFallbackElement: <Loading />,
    element: <AppShell />,
    errorElement: <RouteError />,
    // `handle: requires(…)`: pages for some capabilities only; AppShell shows 「見つかりませんでした」 to anyone else.
    children: [
      { index: true, element: <HomePage /> },
      { path: 'directory', handle: requires('viewDirectory'), lazy: page(() => import('./routes/Directory').then((m) => m.DirectoryPage)) },
      {
        path: 'employees/new',
        handle: requires('manageDirectory'),
        lazy: page(() => import('./routes/EmployeeNew').then((m) => m.EmployeeNewPage)),
      },
      { path: 'employees/:id', lazy: page(() => import('./routes/EmployeeDetail').then((m) => m.EmployeeDetailPage)) },
      { path: 'departments', lazy: page(() => import('./routes/Departments').then((m) => m.DepartmentsPage)) },
      { path: 'import', handle: requires('importEmployees'), lazy: page(() => import('./routes/Import').then((m) => m.ImportPage)) },
      { path: 'admin/outbox', handle: requires('viewOutbox'), lazy: page(() => import('./routes/Outbox').then((m) => m.OutboxPage)) },
      { path: 'admin/audit', handle: requires('viewAudit'), lazy: page(() => import('./routes/Audit').then((m) => m.AuditPage)) },
      { path: 'admin/sso', handle: requires('manageSso'), lazy: page(() => import('./routes/SsoSettings').then((m) => m.SsoSettingsPage)) },
      {
        path: 'admin/scim',
        handle: requires('manageScim'),
        lazy: page(() => import('./routes/ScimSettings').then((m) => m.ScimSettingsPage)),
      },
      {
        path: 'admin/webhooks',
        handle: requires('manageWebhooks'),
        lazy: page(() => import('./routes/webhooks/Webhooks').then((m) => m.WebhooksPage)),
      },
      {
        path: 'admin/retention',
        handle: requires('manageRetention'),
        lazy: page(() => import('./routes/RetentionSettings').then((m) => m.RetentionSettingsPage)),
      },
      { path: 'my-data', lazy: page(() => import('./routes/rights/MyDataPrint').then((m) => m.MyDataPrintPage)) },
      { path: 'settings', lazy: page(() => import('./routes/Settings').then((m) => m.SettingsPage)) },
      { path: 'prep', lazy: page(() => import('./routes/prep/PrepList').then((m) => m.PrepListPage)) },
      { path: 'prep/:id', lazy: interviewTabs('employee') },
      { path: 'skills', lazy: page(() => import('./routes/prep/Inventory').then((m) => m.InventoryPage)) },
      { path: 'interviews', lazy: page(() => import('./routes/prep/Interviewer').then((m) => m.InterviewerQueuePage)) },
      { path: 'interviews/:id', lazy: interviewTabs('interviewer') },
      { path: 'interviews/:id/live', lazy: page(() => import('./routes/record/LiveInterview').then((m) => m.LiveInterviewPage)) },
      { path: 'history', lazy: page(() => import('./routes/record/History').then((m) => m.MyHistoryPage)) },
      { path: 'employees/:id/history', lazy: page(() => import('./routes/record/History').then((m) => m.EmployeeHistoryPage)) },
      {
        path: 'suggestion-rules',
        handle: requires('manageSettings'),
        lazy: page(() => import('./routes/record/Rules').then((m) => m.RulesPage)),
      },
      // Insight pages carry the chart library: fetched when first opened.
      { path: 'insight', handle: requires('viewInsight'), lazy: page(() => import('./routes/insight/Insight').then((m) => m.InsightPage)) },
      {
        path: 'rounds/:id/dashboard',
        handle: requires('manageRounds'),
        lazy: page(() => import('./routes/insight/RoundDashboard').then((m) => m.RoundDashboardPage)),
      },
      {
        path: 'insight/trends',
        handle: requires('viewInsight'),
        lazy: page(() => import('./routes/insight/Trends').then((m) => m.TrendsPage)),
      },
      {
        path: 'insight/risks',
        handle: requires('viewInsight'),
        lazy: page(() => import('./routes/insight/Risks').then((m) => m.RisksPage)),
      },
      {
        path: 'insight/themes',
        handle: requires('viewInsight'),
        lazy: page(() => import('./routes/insight/Themes').then((m) => m.ThemesPage)),
      },
      {
        path: 'insight/reflection',
        handle: requires('viewInsight'),
        lazy: page(() => import('./routes/reflection/HrReflection').then((m) => m.HrReflectionPage)),
      },
      {
        path: 'reflection',
        handle: requires('interview'),
        lazy: page(() => import('./routes/reflection/Card').then((m) => m.ReflectionCardPage)),
      },
      { path: 'employees/:id/reflection', lazy: page(() => import('./routes/reflection/Card').then((m) => m.ManagerCardPage)) },
      {
        path: 'placement',
        handle: requires('viewInsight', 'interview'),
        lazy: page(() => import('./routes/placement/Placement').then((m) => m.PlacementPage)),
      },
      { path: 'wishes', lazy: page(() => import('./routes/placement/MyWishes').then((m) => m.MyWishesPage)) },
      { path: 'career', lazy: page(() => import('./routes/career/MyCareer').then((m) => m.MyCareerPage)) },
      {
        path: 'career-paths',
        handle: requires('managePlacement'),
        lazy: page(() => import('./routes/career/CareerPaths').then((m) => m.CareerPathsPage)),
      },
      {
        path: 'hiring',
        handle: requires('managePlacement'),
        lazy: page(() => import('./routes/hiring/Hearings').then((m) => m.HearingsPage)),
      },
      {
        path: 'hiring/:id',
        handle: requires('managePlacement'),
        lazy: page(() => import('./routes/hiring/HearingDetail').then((m) => m.HearingDetailPage)),
      },
      { path: 'hearings/:id', lazy: page(() => import('./routes/hiring/HearingSheet').then((m) => m.HearingSheetPage)) },
      { path: 'interviews/:id/print/record', lazy: page(() => import('./routes/record/PrintRecord').then((m) => m.PrintRecordPage)) },
      { path: 'interviews/:id/print/:kind', lazy: page(() => import('./routes/prep/PrintPage').then((m) => m.PrintPage)) },
      {
        path: 'templates',
        handle: requires('manageForms'),
        lazy: page(() => import('./routes/forms/Templates').then((m) => m.TemplatesPage)),
      },
      {
        path: 'templates/new',
        handle: requires('manageForms'),
        lazy: page(() => import('./routes/forms/Templates').then((m) => m.TemplateEditPage)),
      },
      {
        path: 'templates/:id',
        handle: requires('manageForms'),
        lazy: page(() => import('./routes/forms/Templates').then((m) => m.TemplateEditPage)),
      },
      {
        path: 'questions',
        handle: requires('readQuestionBank'),
        lazy: page(() => import('./routes/forms/QuestionBank').then((m) => m.QuestionBankPage)),
      },
      { path: 'notifications', lazy: page(() => import('./routes/notify/Notifications').then((m) => m.NotificationsPage)) },
      { path: 'rounds', handle: requires('manageRounds'), lazy: page(() => import('./routes/rounds/Rounds').then((m) => m.RoundsPage)) },
      {
        path: 'rounds/new',
        handle: requires('manageRounds'),
        lazy: page(() => import('./routes/rounds/Rounds').then((m) => m.RoundNewPage)),
      },
      {
        path: 'rounds/:id',
        handle: requires('manageRounds'),
        lazy: page(() => import('./routes/rounds/RoundDetail').then((m) => m.RoundDetailPage)),
      },
      {
        path: 'rounds/:id/edit',
        handle: requires('manageRounds'),
        lazy: page(() => import('./routes/rounds/Rounds').then((m) => m.RoundEditPage)),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

// A 401 from any request (session expired) goes to the login page and comes back afterwards.
setUnauthenticatedHandler(() => {
  if (window.location.pathname === '/login') return;
  // A full page load, as on sign-out: the signed-in pages never render without their person.
  window.location.assign(loginUrl(window.location));
});
