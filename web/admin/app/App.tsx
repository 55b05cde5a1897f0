import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorState, Spinner, ToastProvider } from '../../ui/components/index.ts';
import { errorMessage } from '../lib/errors.ts';
import { ActivityPage } from '../pages/activity/ActivityPage.tsx';
import { SignInPage } from '../pages/auth/SignInPage.tsx';
import { SignUpPage } from '../pages/auth/SignUpPage.tsx';
import { NumberSeriesPage } from '../pages/billing-settings/NumberSeriesPage.tsx';
import { TaxesPage } from '../pages/billing-settings/TaxesPage.tsx';
import { DisputesPage } from '../pages/disputes/DisputesPage.tsx';
import { DocumentDetailPage } from '../pages/documents/DocumentDetailPage.tsx';
import { DocumentFormPage } from '../pages/documents/DocumentFormPage.tsx';
import { DocumentListPage } from '../pages/documents/DocumentListPage.tsx';
import { ItemsPage } from '../pages/items/ItemsPage.tsx';
import { ItemDetailPage } from '../pages/items/ItemDetailPage.tsx';
import { PriceListFormPage } from '../pages/price-lists/PriceListFormPage.tsx';
import { PlansPage } from '../pages/plans/PlansPage.tsx';
import { ProjectDetailPage } from '../pages/projects/ProjectDetailPage.tsx';
import { ProjectFormPage } from '../pages/projects/ProjectFormPage.tsx';
import { ProjectListPage } from '../pages/projects/ProjectListPage.tsx';
import { PriceListsPage } from '../pages/price-lists/PriceListsPage.tsx';
import { WarehousesPage } from '../pages/warehouses/WarehousesPage.tsx';
import { SalesOrderDetailPage } from '../pages/sales-orders/SalesOrderDetailPage.tsx';
import { SalesOrderFormPage } from '../pages/sales-orders/SalesOrderFormPage.tsx';
import { SalesOrderListPage } from '../pages/sales-orders/SalesOrderListPage.tsx';
import { CarriersPage } from '../pages/shipments/CarriersPage.tsx';
import { ShipmentsPage } from '../pages/shipments/ShipmentsPage.tsx';
import { SubscriptionSettingsPage } from '../pages/subscription-settings/SubscriptionSettingsPage.tsx';
import { SubscriptionDetailPage } from '../pages/subscriptions/SubscriptionDetailPage.tsx';
import { SubscriptionFormPage } from '../pages/subscriptions/SubscriptionFormPage.tsx';
import { SubscriptionListPage } from '../pages/subscriptions/SubscriptionListPage.tsx';
import { PaymentSettingsPage } from '../pages/payment-settings/PaymentSettingsPage.tsx';
import { PaymentDetailPage } from '../pages/payments/PaymentDetailPage.tsx';
import { PaymentsPage } from '../pages/payments/PaymentsPage.tsx';
import { RecordPaymentPage } from '../pages/payments/RecordPaymentPage.tsx';
import { documentKindList, kindConfigs } from '../lib/document-kinds.ts';
import { CustomerOverviewPage } from '../pages/customers/CustomerOverviewPage.tsx';
import { CustomersPage } from '../pages/customers/CustomersPage.tsx';
import { NewCustomerPage } from '../pages/customers/NewCustomerPage.tsx';
import { NotificationsPage } from '../pages/notifications/NotificationsPage.tsx';
import { OutboxEmailPage } from '../pages/outbox/OutboxEmailPage.tsx';
import { OutboxPage } from '../pages/outbox/OutboxPage.tsx';
import { PortalLinksPage } from '../pages/portal-links/PortalLinksPage.tsx';
import { ReviewsPage } from '../pages/reviews/ReviewsPage.tsx';
import { ApiKeysPage } from '../pages/settings/ApiKeysPage.tsx';
import { WebhookEndpointPage } from '../pages/webhooks/WebhookEndpointPage.tsx';
import { WebhooksPage } from '../pages/webhooks/WebhooksPage.tsx';
import { PortalSettingsPage } from '../pages/settings/PortalSettingsPage.tsx';
import { StaffUsersPage } from '../pages/settings/StaffUsersPage.tsx';
import { SessionProvider, useSessionState } from './SessionContext.tsx';
import { Shell } from './Shell.tsx';

// Loaded when first opened: the report carries the charting library, which the rest of the console does not need.
const PortalActivitiesReportPage = lazy(() => import('../pages/reports/PortalActivitiesReportPage.tsx').then((page) => ({ default: page.PortalActivitiesReportPage })));
// The dashboard's rating chart uses the same library.
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage.tsx').then((page) => ({ default: page.DashboardPage })));

function LazyPage({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Spinner label={label ?? t('activityReport.loading')} />}>{children}</Suspense>;
}

function SignedInRoutes() {
  const { t } = useTranslation();
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Navigate to="/customers" replace />} />
        <Route path="/signin" element={<Navigate to="/customers" replace />} />
        <Route path="/signup" element={<Navigate to="/customers" replace />} />
        <Route path="/dashboard" element={<LazyPage label={t('common.loading')}><DashboardPage /></LazyPage>} />
        <Route path="/customers" element={<CustomersPage />} />
        <Route path="/customers/new" element={<NewCustomerPage />} />
        <Route path="/customers/:id" element={<CustomerOverviewPage />} />
        {documentKindList.flatMap((kind) => {
          const path = `/${kindConfigs[kind].path}`;
          return [
            <Route key={path} path={path} element={<DocumentListPage key={kind} kind={kind} />} />,
            <Route key={`${path}/new`} path={`${path}/new`} element={<DocumentFormPage key={kind} kind={kind} mode="new" />} />,
            <Route key={`${path}/:id`} path={`${path}/:id`} element={<DocumentDetailPage key={kind} kind={kind} />} />,
            <Route key={`${path}/:id/edit`} path={`${path}/:id/edit`} element={<DocumentFormPage key={`${kind}-edit`} kind={kind} mode="edit" />} />,
          ];
        })}
        <Route path="/payments" element={<PaymentsPage />} />
        <Route path="/payments/new" element={<RecordPaymentPage />} />
        <Route path="/payments/:id" element={<PaymentDetailPage />} />
        <Route path="/items" element={<ItemsPage />} />
        <Route path="/items/:id" element={<ItemDetailPage />} />
        <Route path="/plans" element={<PlansPage />} />
        <Route path="/price-lists" element={<PriceListsPage />} />
        <Route path="/price-lists/new" element={<PriceListFormPage key="new" mode="new" />} />
        <Route path="/price-lists/:id" element={<PriceListFormPage key="edit" mode="edit" />} />
        <Route path="/settings/warehouses" element={<WarehousesPage />} />
        <Route path="/sales-orders" element={<SalesOrderListPage />} />
        <Route path="/sales-orders/new" element={<SalesOrderFormPage key="new" mode="new" />} />
        <Route path="/sales-orders/:id" element={<SalesOrderDetailPage />} />
        <Route path="/sales-orders/:id/edit" element={<SalesOrderFormPage key="edit" mode="edit" />} />
        <Route path="/shipments" element={<ShipmentsPage />} />
        <Route path="/subscriptions" element={<SubscriptionListPage />} />
        <Route path="/subscriptions/new" element={<SubscriptionFormPage />} />
        <Route path="/subscriptions/:id" element={<SubscriptionDetailPage />} />
        <Route path="/projects" element={<ProjectListPage />} />
        <Route path="/projects/new" element={<ProjectFormPage key="new" mode="new" />} />
        <Route path="/projects/:id" element={<ProjectDetailPage />} />
        <Route path="/projects/:id/edit" element={<ProjectFormPage key="edit" mode="edit" />} />
        <Route path="/settings/carriers" element={<CarriersPage />} />
        <Route path="/disputes" element={<DisputesPage />} />
        <Route path="/reviews" element={<ReviewsPage />} />
        <Route path="/settings/taxes" element={<TaxesPage />} />
        <Route path="/settings/number-series" element={<NumberSeriesPage />} />
        <Route path="/portal-links" element={<PortalLinksPage />} />
        <Route path="/activity" element={<ActivityPage />} />
        <Route path="/reports/portal-activities" element={<LazyPage><PortalActivitiesReportPage /></LazyPage>} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="/outbox/:id" element={<OutboxEmailPage />} />
        <Route path="/settings/portal" element={<PortalSettingsPage />} />
        <Route path="/settings/payments" element={<PaymentSettingsPage />} />
        <Route path="/settings/subscriptions" element={<SubscriptionSettingsPage />} />
        <Route path="/settings/staff" element={<StaffUsersPage />} />
        <Route path="/settings/api-keys" element={<ApiKeysPage />} />
        <Route path="/settings/webhooks" element={<WebhooksPage />} />
        <Route path="/settings/webhooks/:id" element={<WebhookEndpointPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Shell>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <ErrorState title={t('common.notFoundTitle')} message={t('common.notFoundMessage')} />;
}

function SignedOutRoutes() {
  const location = useLocation();
  const next = location.pathname === '/' || location.pathname === '/signin' || location.pathname === '/signup' ? undefined : location.pathname + location.search;
  return (
    <Routes>
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/signin" element={<SignInPage />} />
      <Route path="*" element={<Navigate to={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'} replace />} />
    </Routes>
  );
}

function Root() {
  const { t } = useTranslation();
  const { state, refresh } = useSessionState();
  if (state.status === 'loading') {
    return (
      <main className="admin-loading">
        <Spinner label={t('common.loading')} />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="admin-loading">
        <ErrorState title={t('common.loadFailed')} message={errorMessage(t, state.error)} retryLabel={t('common.retry')} onRetry={() => void refresh()} />
      </main>
    );
  }
  return state.status === 'signed_in' ? <SignedInRoutes /> : <SignedOutRoutes />;
}

export function App() {
  const { t } = useTranslation();
  return (
    <BrowserRouter basename="/admin">
      <ToastProvider dismissLabel={t('common.dismiss')}>
        <SessionProvider>
          <Root />
        </SessionProvider>
      </ToastProvider>
    </BrowserRouter>
  );
}
