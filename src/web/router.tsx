import { useTranslation } from 'react-i18next';
import { createBrowserRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { isNotFound, setUnauthenticatedHandler } from './api';
import { AppShell } from './components/AppShell';
import { PublicShell } from './components/PublicShell';
import { Loading, NotFound, usePageTitle } from './components/status';
import { requires } from './lib/guard';
import { loginUrl } from './lib/urls';
import { AuditPage } from './routes/Audit';
import { DepartmentsPage } from './routes/Departments';
import { DirectoryPage } from './routes/Directory';
import { EmployeeDetailPage } from './routes/EmployeeDetail';
import { EmployeeNewPage } from './routes/EmployeeNew';
import { HomePage } from './routes/Home';
import { ImportPage } from './routes/Import';
import { LoginPage } from './routes/Login';
import { OutboxPage } from './routes/Outbox';
import { InventoryPage } from './routes/prep/Inventory';
import { InterviewerQueuePage } from './routes/prep/Interviewer';
import { InterviewTabsPage } from './routes/prep/PrepDetail';
import { QuestionBankPage } from './routes/forms/QuestionBank';
import { TemplateEditPage, TemplatesPage } from './routes/forms/Templates';
import { NotificationsPage } from './routes/notify/Notifications';
import { PrepListPage } from './routes/prep/PrepList';
import { PrintPage } from './routes/prep/PrintPage';
import { EmployeeHistoryPage, MyHistoryPage } from './routes/record/History';
import { LiveInterviewPage } from './routes/record/LiveInterview';
import { PrintRecordPage } from './routes/record/PrintRecord';
import { RulesPage } from './routes/record/Rules';
import { RoundDetailPage } from './routes/rounds/RoundDetail';
import { RoundEditPage, RoundNewPage, RoundsPage } from './routes/rounds/Rounds';
import { ForgotPasswordPage, ResetPasswordPage } from './routes/PasswordReset';
import { SettingsPage } from './routes/Settings';
import { SetupPage } from './routes/Setup';
import { SsoSettingsPage } from './routes/SsoSettings';
import { requireMe } from './session';

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
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/setup', element: <SetupPage /> },
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
      { path: 'directory', element: <DirectoryPage />, handle: requires('viewDirectory') },
      { path: 'employees/new', element: <EmployeeNewPage />, handle: requires('manageDirectory') },
      { path: 'employees/:id', element: <EmployeeDetailPage /> },
      { path: 'departments', element: <DepartmentsPage /> },
      { path: 'import', element: <ImportPage />, handle: requires('importEmployees') },
      { path: 'admin/outbox', element: <OutboxPage />, handle: requires('viewOutbox') },
      { path: 'admin/audit', element: <AuditPage />, handle: requires('viewAudit') },
      { path: 'admin/sso', element: <SsoSettingsPage />, handle: requires('manageSso') },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'prep', element: <PrepListPage /> },
      { path: 'prep/:id', element: <InterviewTabsPage side="employee" /> },
      { path: 'skills', element: <InventoryPage /> },
      { path: 'interviews', element: <InterviewerQueuePage /> },
      { path: 'interviews/:id', element: <InterviewTabsPage side="interviewer" /> },
      { path: 'interviews/:id/live', element: <LiveInterviewPage /> },
      { path: 'history', element: <MyHistoryPage /> },
      { path: 'employees/:id/history', element: <EmployeeHistoryPage /> },
      { path: 'suggestion-rules', element: <RulesPage />, handle: requires('manageSettings') },
      // Insight pages carry the chart library: fetched when first opened.
      {
        path: 'insight',
        handle: requires('viewInsight'),
        lazy: () => import('./routes/insight/Insight').then((m) => ({ Component: m.InsightPage })),
      },
      {
        path: 'rounds/:id/dashboard',
        handle: requires('manageRounds'),
        lazy: () => import('./routes/insight/RoundDashboard').then((m) => ({ Component: m.RoundDashboardPage })),
      },
      {
        path: 'insight/trends',
        handle: requires('viewInsight'),
        lazy: () => import('./routes/insight/Trends').then((m) => ({ Component: m.TrendsPage })),
      },
      {
        path: 'insight/risks',
        handle: requires('viewInsight'),
        lazy: () => import('./routes/insight/Risks').then((m) => ({ Component: m.RisksPage })),
      },
      {
        path: 'insight/themes',
        handle: requires('viewInsight'),
        lazy: () => import('./routes/insight/Themes').then((m) => ({ Component: m.ThemesPage })),
      },
      {
        path: 'placement',
        handle: requires('viewInsight', 'interview'),
        lazy: () => import('./routes/placement/Placement').then((m) => ({ Component: m.PlacementPage })),
      },
      { path: 'wishes', lazy: () => import('./routes/placement/MyWishes').then((m) => ({ Component: m.MyWishesPage })) },
      { path: 'interviews/:id/print/record', element: <PrintRecordPage /> },
      { path: 'interviews/:id/print/:kind', element: <PrintPage /> },
      { path: 'templates', element: <TemplatesPage />, handle: requires('manageForms') },
      { path: 'templates/new', element: <TemplateEditPage />, handle: requires('manageForms') },
      { path: 'templates/:id', element: <TemplateEditPage />, handle: requires('manageForms') },
      { path: 'questions', element: <QuestionBankPage />, handle: requires('readQuestionBank') },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'rounds', element: <RoundsPage />, handle: requires('manageRounds') },
      { path: 'rounds/new', element: <RoundNewPage />, handle: requires('manageRounds') },
      { path: 'rounds/:id', element: <RoundDetailPage />, handle: requires('manageRounds') },
      { path: 'rounds/:id/edit', element: <RoundEditPage />, handle: requires('manageRounds') },
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
