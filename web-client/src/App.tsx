import { useEffect } from 'react';
import { BrowserRouter, Route, Routes, useNavigate } from 'react-router';
import { onUnauthorized } from './api/client';
import { AccountPage } from './pages/AccountPage';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { PhoneRegisterPage } from './registration/PhoneRegisterPage';
import { RegisterPage } from './registration/RegisterPage';
import { EmailRegisterPage } from './registration/EmailRegisterPage';
import { RecoverPage } from './recovery/RecoverPage';
import { ResetPasswordPage } from './recovery/ResetPasswordPage';
import { PreferencesPage } from './preferences/PreferencesPage';
import { ProfilePage } from './profile/ProfilePage';
import { VisitsPage } from './visits/VisitsPage';
import { AppealsPage } from './appeals/AppealsPage';
import { MessagesPage } from './messages/MessagesPage';
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
          <Route path="/register/email" element={<EmailRegisterPage />} />
          <Route path="/recovery" element={<RecoverPage />} />
          <Route path="/recovery/reset" element={<ResetPasswordPage />} />
          <Route path="/accounts/:number/preferences" element={<PreferencesPage />} />
          <Route path="/accounts/:number/visits" element={<VisitsPage />} />
          <Route path="/accounts/:number/appeals" element={<AppealsPage />} />
          <Route path="/accounts/:number/messages" element={<MessagesPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
