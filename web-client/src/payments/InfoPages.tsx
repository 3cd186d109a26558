import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Shell } from '../layout/Shell';
import { useSession } from '../session/SessionProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './i18n';
import './payments.css';

/** PY-2: the public pages on payment terms, refunds and payment security, read without logging in. */
function InfoShell({ titleKey, children }: { titleKey: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t(titleKey));
  return (
    <Shell me={session.status === 'authenticated' ? session.me : null}>
      <div className="page-narrow payment-info">
        <nav aria-label={t('paymentInfo.termsTitle')}>
          <Link to="/payments/terms">{t('paymentInfo.termsLink')}</Link> ·{' '}
          <Link to="/payments/security">{t('paymentInfo.securityLink')}</Link>
        </nav>
        <h1>{t(titleKey)}</h1>
        {children}
      </div>
    </Shell>
  );
}

function Points({ listKey }: { listKey: string }) {
  const { t } = useTranslation();
  const points = t(listKey, { returnObjects: true }) as string[];
  return (
    <ul>
      {points.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** `/payments/terms`: how card payments are taken and refunded. */
export function PaymentTermsPage() {
  const { t } = useTranslation();
  return (
    <InfoShell titleKey="paymentInfo.termsTitle">
      <p>{t('paymentInfo.termsLead')}</p>
      <h2>{t('paymentInfo.payingTitle')}</h2>
      <Points listKey="paymentInfo.paying" />
      <h2 id="refunds">{t('paymentInfo.refundsTitle')}</h2>
      <Points listKey="paymentInfo.refunds" />
    </InfoShell>
  );
}

/** `/payments/security`: card data never reaches Kabinet; 3-D Secure; PCI DSS at the bank. */
export function PaymentSecurityPage() {
  const { t } = useTranslation();
  return (
    <InfoShell titleKey="paymentInfo.securityTitle">
      <p>{t('paymentInfo.securityLead')}</p>
      <Points listKey="paymentInfo.security" />
    </InfoShell>
  );
}

/** The links to both pages, for the payment form (PY-2). */
export function PaymentInfoLinks() {
  const { t } = useTranslation();
  return (
    <p className="payment-info__links">
      <Link to="/payments/terms">{t('paymentInfo.termsLink')}</Link> ·{' '}
      <Link to="/payments/security">{t('paymentInfo.securityLink')}</Link>
    </p>
  );
}
