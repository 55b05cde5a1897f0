import { kindOfSegment } from '../../contract/documents.ts';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppShell } from './app/AppShell.tsx';
import { PortalProvider } from './app/PortalContext.tsx';
import { RequireOrdering } from './app/RequireOrdering.tsx';
import { RequireSession } from './app/RequireSession.tsx';
import { basename } from './lib/client.ts';
import type { KindSegment } from './lib/documentKinds.ts';
import type { Branding } from './app/session.ts';
import { MyAccountPage } from './pages/account/MyAccountPage.tsx';
import { AccountsPage } from './pages/auth/AccountsPage.tsx';
import { ForgotPasswordPage } from './pages/auth/ForgotPasswordPage.tsx';
import { InvitePage } from './pages/auth/InvitePage.tsx';
import { LoginPage } from './pages/auth/LoginPage.tsx';
import { ResetPasswordPage } from './pages/auth/ResetPasswordPage.tsx';
import { PortalSessionPage } from './pages/auth/PortalSessionPage.tsx';
import { SigninLinkPage } from './pages/auth/SigninLinkPage.tsx';
import { SigninLinkRequestPage } from './pages/auth/SigninLinkRequestPage.tsx';
import { SignupConfirmPage } from './pages/auth/SignupConfirmPage.tsx';
import { SignupPage } from './pages/auth/SignupPage.tsx';
import { TwoFactorPage } from './pages/auth/TwoFactorPage.tsx';
import { TwoFactorSetupPage } from './pages/auth/TwoFactorSetupPage.tsx';
import { CartPage } from './pages/cart/CartPage.tsx';
import { CatalogPage } from './pages/catalog/CatalogPage.tsx';
import { CompanyPage } from './pages/company/CompanyPage.tsx';
import { DashboardPage } from './pages/dashboard/DashboardPage.tsx';
import { DocumentDetailPage } from './pages/documents/DocumentDetailPage.tsx';
import { DocumentListPage } from './pages/documents/DocumentListPage.tsx';
import { OrderDetailPage, SalesOrderLink } from './pages/orders/OrderDetailPage.tsx';
import { OrderListPage } from './pages/orders/OrderListPage.tsx';
import { PaymentDetailPage } from './pages/payments/PaymentDetailPage.tsx';
import { PaymentListPage } from './pages/payments/PaymentListPage.tsx';
import { PayLinkPage, PayLinkReturnPage } from './pages/pay/PayLinkPage.tsx';
import { PaymentMethodsPage } from './pages/pay/PaymentMethodsPage.tsx';
import { PaymentReturnPage } from './pages/pay/PaymentReturnPage.tsx';
import { PayPage } from './pages/pay/PayPage.tsx';
import { HostedPageApp, isHostedPagePath } from './pages/hosted/HostedPageApp.tsx';
import { ShipmentListPage } from './pages/shipments/ShipmentListPage.tsx';
import { ProjectDetailPage } from './pages/projects/ProjectDetailPage.tsx';
import { ProjectListPage } from './pages/projects/ProjectListPage.tsx';
import { SubscriptionDetailPage } from './pages/subscriptions/SubscriptionDetailPage.tsx';
import { SubscriptionListPage } from './pages/subscriptions/SubscriptionListPage.tsx';
import { StatementPage } from './pages/statement/StatementPage.tsx';
import { ReviewsPage } from './pages/reviews/ReviewsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

const documentSegments = Object.keys(kindOfSegment) as KindSegment[];

/** Paths are fixed: emails link to them. */
export function App({ branding }: { branding: Branding }) {
  // A plan's hosted payment page (`/pay/{slug}/{plan_code}`) is part of this app, outside /portal.
  if (isHostedPagePath()) return <HostedPageApp branding={branding} />;
  return (
    <BrowserRouter basename={basename}>
      <PortalProvider branding={branding}>
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route path="invite/:token" element={<InvitePage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="reset-password/:token" element={<ResetPasswordPage />} />
          <Route path="signin-link" element={<SigninLinkRequestPage />} />
          <Route path="signin-link/:token" element={<SigninLinkPage />} />
          <Route path="session/:token" element={<PortalSessionPage />} />
          <Route path="signup" element={<SignupPage />} />
          <Route path="signup/:token" element={<SignupConfirmPage />} />
          <Route path="two-factor" element={<TwoFactorPage />} />
          <Route path="two-factor/setup" element={<TwoFactorSetupPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="pay/:token" element={<PayLinkPage />} />
          <Route path="pay/:token/return/:attemptId" element={<PayLinkReturnPage />} />
          <Route element={<RequireSession />}>
            <Route element={<AppShell />}>
              <Route index element={<DashboardPage />} />
              <Route path="account" element={<MyAccountPage />} />
              <Route path="company" element={<CompanyPage />} />
              {documentSegments.map((segment) => [
                <Route key={segment} path={segment} element={<DocumentListPage key={segment} segment={segment} />} />,
                <Route key={`${segment}/:id`} path={`${segment}/:id`} element={<DocumentDetailPage key={segment} segment={segment} />} />,
              ])}
              <Route path="payments" element={<PaymentListPage />} />
              <Route path="payments/:id" element={<PaymentDetailPage />} />
              <Route path="payments/return/:attemptId" element={<PaymentReturnPage />} />
              <Route path="pay" element={<PayPage />} />
              <Route path="payment-methods" element={<PaymentMethodsPage />} />
              <Route path="statement" element={<StatementPage />} />
              <Route path="reviews" element={<ReviewsPage />} />
              <Route path="projects" element={<ProjectListPage />} />
              <Route path="projects/:id" element={<ProjectDetailPage />} />
              <Route path="subscriptions" element={<SubscriptionListPage />} />
              <Route path="subscriptions/:id" element={<SubscriptionDetailPage />} />
              <Route element={<RequireOrdering placing />}>
                <Route path="catalog" element={<CatalogPage />} />
                <Route path="cart" element={<CartPage />} />
              </Route>
              <Route element={<RequireOrdering />}>
                <Route path="orders" element={<OrderListPage />} />
                <Route path="orders/:id" element={<OrderDetailPage />} />
                <Route path="shipments" element={<ShipmentListPage />} />
                {/* Emails about orders link to /sales-orders/{id}. */}
                <Route path="sales-orders" element={<Navigate to="/orders" replace />} />
                <Route path="sales-orders/:id" element={<SalesOrderLink />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </PortalProvider>
    </BrowserRouter>
  );
}
