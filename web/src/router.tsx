import { Center, Stack, Title } from '@mantine/core';
import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionLost } from './api/client.ts';
import { ErrorAlert } from './components/error-alert.tsx';
import { Forbidden, Loading, RequirePermission } from './components/page.tsx';
import { AccountPage, ChangePasswordForm } from './features/account/account-page.tsx';
import { AuditPage } from './features/admin/audit-page.tsx';
import { OrganisationsPage } from './features/admin/organisations-page.tsx';
import { RolesPage } from './features/admin/roles-page.tsx';
import { UsersPage } from './features/admin/users-page.tsx';
import { can, type Me, useMe } from './features/auth/session.ts';
import { SignInPage } from './features/auth/sign-in-page.tsx';
import { CaseListPage, parseCaseFilters } from './features/cases/case-list-page.tsx';
import { CasePage, parseCaseSearch } from './features/cases/case-page.tsx';
import { RegisterCasePage } from './features/cases/register/register-case-page.tsx';
import { SupervisionPage } from './features/cases/supervision-page.tsx';
import { HomePage } from './features/home/home-page.tsx';
import { AgenciesPage } from './features/plans/agencies-page.tsx';
import { ImportPage } from './features/plans/import-page.tsx';
import { MeasurePage } from './features/plans/measure-page.tsx';
import { MeasuresPage, parseMeasureFilters } from './features/plans/measures-page.tsx';
import { PlanPage } from './features/plans/plan-page.tsx';
import { PlansPage } from './features/plans/plans-page.tsx';
import { DashboardPage } from './features/reporting/dashboard-page.tsx';
import { GovernmentReportPage } from './features/reporting/government-report-page.tsx';
import { MeasurePage as ReportingMeasurePage } from './features/reporting/measure-page.tsx';
import { PeriodMeasuresPage } from './features/reporting/measures-page.tsx';
import { MyObligationsPage } from './features/reporting/my-obligations-page.tsx';
import { ObligationPage } from './features/reporting/obligation-page.tsx';
import { ObligationsPage, parseObligationSearch } from './features/reporting/obligations-page.tsx';
import { PeriodPage } from './features/reporting/period-page.tsx';
import { PeriodsPage } from './features/reporting/periods-page.tsx';
import { ActionsPage } from './features/response/actions-page.tsx';
import { AlertsPage } from './features/response/alerts-page.tsx';
import { ResponseFiguresPage } from './features/response/figures-page.tsx';
import { KdnHearingPage, KdnHearingsPage } from './features/response/kdn-pages.tsx';
import { MobileGroupsPage } from './features/response/mobile-groups-page.tsx';
import { ProtocolPage } from './features/response/protocol-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { queryClient } from './query-client.ts';

/** Everything behind sign-in: the sign-in page when there is no session, the forced password change, the app. */
function SessionGate() {
  const me = useMe();
  useEffect(() => onSessionLost(() => queryClient.setQueryData(['me'], null)), []);
  if (me.isPending) return <Loading />;
  if (me.error) return <ErrorAlert error={me.error} />;
  if (!me.data) return <SignInPage />;
  if (me.data.user.mustChangePassword) {
    return (
      <Center p="md" component="main" mih="100vh">
        <ChangePasswordForm me={me.data} forced />
      </Center>
    );
  }
  return <AppLayout me={me.data} />;
}

/** Pages that need the signed-in person get it from here; SessionGate guarantees it exists. */
function withMe(Component: (props: { me: Me }) => React.ReactNode) {
  return function WithMe() {
    const me = useMe().data;
    return me ? <Component me={me} /> : null;
  };
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
      </Stack>
    </Center>
  );
}

const rootRoute = createRootRoute({ component: () => <Outlet />, notFoundComponent: NotFound });
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: SessionGate });
const guarded =
  (permission: Parameters<typeof RequirePermission>[0]['permission'], Page: () => React.ReactNode) => () => (
    <RequirePermission permission={permission}>
      <Page />
    </RequirePermission>
  );

const routeTree = rootRoute.addChildren([
  appRoute.addChildren([
    createRoute({ getParentRoute: () => appRoute, path: '/', component: withMe(HomePage) }),
    createRoute({ getParentRoute: () => appRoute, path: '/account', component: withMe(AccountPage) }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/cases',
      validateSearch: parseCaseFilters,
      component: guarded('read:case', CaseListPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/cases/new',
      component: guarded('create:case', RegisterCasePage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/cases/$caseId',
      validateSearch: parseCaseSearch,
      component: guarded('read:case', CasePage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/supervision',
      component: guarded('approve:case', SupervisionPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/plans',
      component: guarded('read:plan', PlansPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/plans/import',
      component: guarded('manage:plan', ImportPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/plans/$planId',
      component: guarded('read:plan', PlanPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/plans/$planId/measures',
      validateSearch: parseMeasureFilters,
      component: guarded('read:plan', MeasuresPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/plans/$planId/measures/$number',
      component: guarded('read:plan', MeasurePage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/plans/$planId/agencies',
      component: guarded('read:plan', AgenciesPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting',
      component: guarded('read:reporting', PeriodsPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/mine',
      component: guarded('submit:report', MyObligationsPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/dashboard',
      component: guarded('read:reporting', DashboardPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/periods/$periodId',
      component: guarded('read:reporting', PeriodPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/periods/$periodId/obligations',
      validateSearch: parseObligationSearch,
      component: guarded('read:reporting', ObligationsPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/periods/$periodId/measures',
      component: guarded('read:reporting', PeriodMeasuresPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/periods/$periodId/measures/$number',
      component: guarded('read:reporting', ReportingMeasurePage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/periods/$periodId/government-report',
      component: guarded('review:report', GovernmentReportPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/reporting/obligations/$obligationId',
      component: guarded('read:reporting', ObligationPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/protocol/actions',
      component: guarded('read:protocol', withMe(ActionsPage)),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/alerts',
      component: guarded('respond:dispatch', withMe(AlertsPage)),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/kdn',
      component: guarded('manage:kdn', KdnHearingsPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/kdn/$hearingId',
      component: guarded('manage:kdn', KdnHearingPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/response/figures',
      component: withMe(({ me }) =>
        can(me, 'read:compliance') || can(me, 'read:kdn-statistics') ? (
          <ResponseFiguresPage me={me} />
        ) : (
          <Forbidden />
        ),
      ),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/admin/mobile-groups',
      component: guarded('manage:mobile-group', MobileGroupsPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/admin/protocol',
      component: guarded('manage:protocol', withMe(ProtocolPage)),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/admin/users',
      component: guarded('read:user', UsersPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/admin/organisations',
      component: guarded('read:organisation', OrganisationsPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/admin/roles',
      component: guarded('read:role', RolesPage),
    }),
    createRoute({
      getParentRoute: () => appRoute,
      path: '/admin/audit',
      component: guarded('read:audit', AuditPage),
    }),
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
