import { useEffect } from 'react';
import { BrowserRouter, Route, Routes, useNavigate } from 'react-router';
import { onUnauthorized } from './api/client';
import { AccountPage } from './pages/AccountPage';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { PhoneRegisterPage } from './registration/PhoneRegisterPage';
import { RegisterPage } from './registration/RegisterPage';
import { PreferencesPage } from './preferences/PreferencesPage';
import { ProfilePage } from './profile/ProfilePage';
import { VisitsPage } from './visits/VisitsPage';
import { AppealsPage } from './appeals/AppealsPage';
import { MessagesPage } from './messages/MessagesPage';
import { HistoryPage } from './payments/HistoryPage';
import { PayPage } from './payments/PayPage';
import { PaymentResultPage, PaymentReturn } from './payments/PaymentResultPage';
import { SessionProvider } from './session/SessionProvider';

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
          <Route path="/accounts/:number/preferences" element={<PreferencesPage />} />
          <Route path="/accounts/:number/visits" element={<VisitsPage />} />
          <Route path="/accounts/:number/appeals" element={<AppealsPage />} />
          <Route path="/accounts/:number/messages" element={<MessagesPage />} />
          <Route path="/accounts/:number/pay" element={<PayPage />} />
          <Route path="/accounts/:number/payments" element={<HistoryPage />} />
          <Route path="/accounts/:number/payments/:id" element={<PaymentResultPage />} />
          <Route path="/payments/return" element={<PaymentReturn />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
