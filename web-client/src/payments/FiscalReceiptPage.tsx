import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call, paymentApi } from '../api/client';
import { ApiError } from '../api/problem';
import { formatDateTime, formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { Shell } from '../layout/Shell';
import { useSession } from '../session/SessionProvider';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './i18n';
import './payments.css';

/**
 * `/receipts/fiscal/:id` (PY-8): the payment's electronic cash receipt with its 54-FZ details, opened by the link in
 * the payer's e-mail or SMS without logging in.
 */
export function FiscalReceiptPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const { session } = useSession();
  useDocumentTitle(t('fiscal.title'));
  const receipt = useAsync(
    () => call(paymentApi.GET('/v1/fiscal-receipts/{paymentId}', { params: { path: { paymentId: id } } })),
    [id],
  );
  const notFound = receipt.error instanceof ApiError && (receipt.error.status === 404 || receipt.error.status === 400);
  const r = receipt.data;
  return (
    <Shell me={session.status === 'authenticated' ? session.me : null}>
      <div className="page-narrow">
        <article className="card card__pad fiscal-receipt" aria-labelledby="fiscal-title">
          <h1 id="fiscal-title">{t('fiscal.title')}</h1>
          {notFound ? (
            <p data-testid="fiscal-not-found">{t('fiscal.notFound')}</p>
          ) : receipt.error ? (
            <ErrorPanel error={receipt.error} onRetry={receipt.reload} />
          ) : !r ? (
            <Spinner />
          ) : (
            <>
              <p>
                <strong>{r.seller.name}</strong>
                <br />
                {t('fiscal.inn')} {r.seller.inn}
              </p>
              <dl>
                <dt>{t('fiscal.address')}</dt>
                <dd>{r.seller.address}</dd>
                <dt>{t('fiscal.site')}</dt>
                <dd>{r.seller.site}</dd>
                <dt>{t('fiscal.taxation')}</dt>
                <dd>{r.taxation}</dd>
                <dt>{t('fiscal.issuedAt')}</dt>
                <dd data-testid="fiscal-issued-at">{formatDateTime(r.issuedAt)}</dd>
              </dl>
              <p>
                <strong>{r.operation}</strong>
              </p>
              {r.items.map((item, n) => (
                <dl className="fiscal-receipt__item" key={n} data-testid="fiscal-item">
                  <dt>{t('fiscal.item')}</dt>
                  <dd>{item.name}</dd>
                  <dt>
                    {t('fiscal.quantity')} × {t('fiscal.price')}
                  </dt>
                  <dd>
                    {item.quantity} × {formatKopecks(item.priceKopecks, lang)}
                  </dd>
                  <dt>{t('fiscal.amount')}</dt>
                  <dd>{formatKopecks(item.amountKopecks, lang)}</dd>
                  <dt>{t('fiscal.vat')}</dt>
                  <dd>{item.vat}</dd>
                  <dt>{t('fiscal.subject')}</dt>
                  <dd>{item.paymentSubject}</dd>
                  <dt>{t('fiscal.method')}</dt>
                  <dd>{item.paymentMethod}</dd>
                </dl>
              ))}
              <dl className="fiscal-receipt__item">
                <dt className="fiscal-receipt__total">{t('fiscal.total')}</dt>
                <dd className="fiscal-receipt__total" data-testid="fiscal-total">
                  {formatKopecks(r.totalKopecks, lang)}
                </dd>
                <dt>{t('fiscal.paymentForm')}</dt>
                <dd>
                  {r.paymentForm} {formatKopecks(r.totalKopecks, lang)}
                </dd>
                <dt>{t('fiscal.customer')}</dt>
                <dd>{r.customerContact}</dd>
                <dt>{t('fiscal.account')}</dt>
                <dd>{r.accountNumber}</dd>
              </dl>
              <dl className="fiscal-receipt__item">
                {(
                  [
                    ['fiscal.fn', r.fiscalStorageNumber, 'fiscal-fn'],
                    ['fiscal.fd', r.fiscalDocumentNumber, 'fiscal-fd'],
                    ['fiscal.fp', r.fiscalSign, 'fiscal-fp'],
                  ] as const
                ).map(([key, value, testId]) => (
                  <Fragment key={key}>
                    <dt>{t(key)}</dt>
                    <dd data-testid={testId}>{value}</dd>
                  </Fragment>
                ))}
              </dl>
              <p>{t('fiscal.check', { site: r.taxAuthoritySite })}</p>
              <p className="fiscal-receipt__qr">
                {t('fiscal.qr')}: <code>{r.qr}</code>
              </p>
            </>
          )}
        </article>
      </div>
    </Shell>
  );
}
