import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useNavigate } from 'react-router';
import { onUnauthorized } from './api/client';
import { AccountPage } from './pages/AccountPage';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { PhoneRegisterPage } from './registration/PhoneRegisterPage';
import { RegisterPage } from './registration/RegisterPage';
import { ApplicationPage } from './registration/ApplicationPage';
import { ApplicationStatusPage } from './registration/ApplicationStatusPage';
import { EmailRegisterPage } from './registration/EmailRegisterPage';
import { RecoverPage } from './recovery/RecoverPage';
import { ResetPasswordPage } from './recovery/ResetPasswordPage';
import { PreferencesPage } from './preferences/PreferencesPage';
import { ProfilePage } from './profile/ProfilePage';
import { VisitsPage } from './visits/VisitsPage';
import { AppealsPage } from './appeals/AppealsPage';
import { MessagesPage } from './messages/MessagesPage';
import { BroadcastsPage } from './operator/broadcasts/BroadcastsPage';
import { HistoryPage } from './readings/HistoryPage';
import { HistoryPage as PaymentHistoryPage } from './payments/HistoryPage';
import { PayPage } from './payments/PayPage';
import { PaymentResultPage, PaymentReturn } from './payments/PaymentResultPage';
import { FiscalReceiptPage } from './payments/FiscalReceiptPage';
import { PaymentSecurityPage, PaymentTermsPage } from './payments/InfoPages';
import { OperatorRefundsPage } from './operator/refunds/OperatorRefundsPage';
import { SessionProvider } from './session/SessionProvider';
import { Spinner } from './ui/feedback';

/** The billing pages (BL-1 … BL-5) bring the chart library: loaded when first opened, not with every page. */
const BillingPage = lazy(() => import('./billing/BillingPage').then((m) => ({ default: m.BillingPage })));

function Billing() {
  return (
    <Suspense
      fallback={
        <div className="page-center">
          <Spinner />
        </div>
      }
    >
      <BillingPage />
    </Suspense>
  );
}
// h-home: AC-6 public help pages
import { FaqPage, GuidePage, OfficesPage } from './help/HelpPages';

/** A 401 from any API call: the session ended, show the landing page. */
function UnauthorizedRedirect() {
  const navigate = useNavigate();
  useEffect(() => onUnauthorized(() => navigate('/', { replace: true })), [navigate]);
  return null;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <UnauthorizedRedirect />
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/accounts/:number" element={<AccountPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="/register/phone" element={<PhoneRegisterPage />} />
          <Route path="/register/email" element={<EmailRegisterPage />} />
          <Route path="/register/application" element={<ApplicationPage />} />
          <Route path="/register/application/status" element={<ApplicationStatusPage />} />
          <Route path="/recovery" element={<RecoverPage />} />
          <Route path="/recovery/reset" element={<ResetPasswordPage />} />
          <Route path="/accounts/:number/preferences" element={<PreferencesPage />} />
          <Route path="/accounts/:number/visits" element={<VisitsPage />} />
          <Route path="/accounts/:number/appeals" element={<AppealsPage />} />
          <Route path="/accounts/:number/messages" element={<MessagesPage />} />
          <Route path="/accounts/:number/readings" element={<HistoryPage />} />
          <Route path="/accounts/:number/billing" element={<Billing />} />
          <Route path="/accounts/:number/billing/:section" element={<Billing />} />
          {/* h-home: AC-6 public help pages, no login needed */}
          <Route path="/offices" element={<OfficesPage />} />
          <Route path="/faq" element={<FaqPage />} />
          <Route path="/guide" element={<GuidePage />} />
          <Route path="/accounts/:number/pay" element={<PayPage />} />
          <Route path="/accounts/:number/payments" element={<PaymentHistoryPage />} />
          <Route path="/accounts/:number/payments/:id" element={<PaymentResultPage />} />
          <Route path="/payments/return" element={<PaymentReturn />} />
          <Route path="/payments/terms" element={<PaymentTermsPage />} />
          <Route path="/payments/security" element={<PaymentSecurityPage />} />
          <Route path="/receipts/fiscal/:id" element={<FiscalReceiptPage />} />
          <Route path="/operator/refunds" element={<OperatorRefundsPage />} />
          <Route path="/operator/broadcasts" element={<BroadcastsPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
