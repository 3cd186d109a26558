import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { billingApi, call, paymentApi, type BffUser } from '../api/client';
import { ApiError } from '../api/problem';
import { formatDateTime, formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { Shell } from '../layout/Shell';
import { AccountGate } from '../session/AccountGate';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { FAILED, lineName, OPEN, PAID, type PaymentView } from './model';
import { PaymentStatusBadge } from './PaymentStatusBadge';
import { RefundSection } from './RefundSection';
import './payments.css';

/** How often and how long the page asks again; an object so a test can shorten it. */
export const polling = {
  intervalMs: 3000,
  /** While the bank has not said (its callback is late): then the page offers the bank's page again or a new try. */
  openForMs: 60_000,
  /** While the bank took the money and billing has not counted it: crediting may take up to 24 hours. */
  confirmedForMs: 10 * 60_000,
};

/**
 * The address the bank sends the resident back to (payment-service's returnUrl/failUrl:
 * `/payments/return?account=…&payment=…[&failed=true]`, the bank adds `orderId` and `lang`): on to the payment's page.
 */
export function PaymentReturn() {
  const [search] = useSearchParams();
  const account = search.get('account') ?? '';
  const payment = search.get('payment') ?? '';
  if (!/^\d{10,13}$/.test(account) || !/^[0-9a-f-]{32,36}$/i.test(payment)) return <Navigate to="/" replace />;
  const failed = search.get('failed') === 'true';
  return <Navigate to={`/accounts/${account}/payments/${payment}${failed ? '?failed=true' : ''}`} replace />;
}

/** `/accounts/:number/payments/:id` (PY-3, PY-4): where the payment stands, followed until it settles. */
export function PaymentResultPage() {
  return <AccountGate>{(me, number) => <Result me={me} number={number} />}</AccountGate>;
}

function Result({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const failedAtBank = search.get('failed') === 'true';
  const [payment, setPayment] = useState<PaymentView>();
  const [error, setError] = useState<unknown>();
  const [answers, setAnswers] = useState(0);
  const [tick, setTick] = useState(0);
  const [gaveUp, setGaveUp] = useState(false);
  const started = useRef(0);
  const balances = useAsync(
    () => call(billingApi.GET('/v1/accounts/{number}/balances', { params: { path: { number } } })),
    [number],
  );
  const status = payment?.status;
  useDocumentTitle(status ? t(`payments.result.${status}.title`) : t('payments.resultTitle'));

  // ask: the bank (through payment-service) while the outcome is unknown, then the payment as it stands
  useEffect(() => {
    let live = true;
    const params = { params: { path: { number, id } } };
    const pending =
      status === undefined || OPEN.includes(status)
        ? paymentApi.POST('/v1/accounts/{number}/payments/{id}/return', params)
        : paymentApi.GET('/v1/accounts/{number}/payments/{id}', params);
    call(pending).then(
      (answer) => {
        if (!live) return;
        setPayment(answer);
        setError(undefined);
        setAnswers((n) => n + 1);
      },
      (reason: unknown) => {
        if (!live) return;
        setError(reason);
        setAnswers((n) => n + 1);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [number, id, tick]);

  // and again, while it may still change
  useEffect(() => {
    if (answers === 0 || status === undefined) return undefined;
    const open = OPEN.includes(status);
    const limit = open ? (failedAtBank ? polling.openForMs / 6 : polling.openForMs) : status === 'CONFIRMED' ? polling.confirmedForMs : 0;
    if (limit === 0) return undefined;
    if (started.current === 0) started.current = Date.now(); // counted from the first answer
    if (Date.now() - started.current >= limit) {
      setGaveUp(true);
      return undefined;
    }
    const timer = window.setTimeout(() => setTick((n) => n + 1), polling.intervalMs);
    return () => window.clearTimeout(timer);
  }, [answers, status, failedAtBank]);

  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
  const tryAgain = `/accounts/${number}/pay?again=${id}`;

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <div className="page-narrow payment-result">
        <p>
          <Link to={`/accounts/${number}/payments`}>{t('payments.historyLink')}</Link>
        </p>
        {payment === undefined ? (
          error ? (
            <>
              <h1>{t('payments.resultTitle')}</h1>
              <ErrorPanel error={error} onRetry={notFound ? undefined : () => setTick((n) => n + 1)} />
            </>
          ) : (
            <>
              <h1>{t('payments.resultTitle')}</h1>
              <Spinner label={t('payments.checking')} />
            </>
          )
        ) : (
          <>
            <h1 data-testid="payment-result-title">{t(`payments.result.${payment.status}.title`)}</h1>
            <div className="card card__pad payment-result__card">
              <div aria-live="polite" aria-atomic="true" className="payment-result__status">
                <p>
                  {t('payments.statusLabel')} <PaymentStatusBadge status={payment.status} />
                </p>
                <p data-testid="payment-result-text">
                  {OPEN.includes(payment.status) && !gaveUp
                    ? t('payments.result.checking')
                    : OPEN.includes(payment.status)
                      ? t(failedAtBank ? 'payments.result.notFinishedFailed' : 'payments.result.notFinished')
                      : t(`payments.result.${payment.status}.text`)}
                </p>
                {payment.status === 'CONFIRMED' && gaveUp && <p>{t('payments.result.stillCrediting')}</p>}
              </div>
              {OPEN.includes(payment.status) && !gaveUp && <Spinner label={t('payments.checking')} />}
              <dl className="payments-page__details">
                <dt>{t('payments.sum')}</dt>
                <dd data-testid="payment-result-sum">{formatKopecks(payment.amountKopecks, lang)}</dd>
                {payment.lines.map((line) => (
                  <Fragment key={line.lineCode}>
                    <dt>{lineName(line.lineCode, balances.data?.lines)}</dt>
                    <dd>{formatKopecks(line.amountKopecks, lang)}</dd>
                  </Fragment>
                ))}
                <dt>{t('payments.createdAt')}</dt>
                <dd>{formatDateTime(payment.createdAt)}</dd>
                {payment.paidAt && (
                  <>
                    <dt>{t('payments.paidAt')}</dt>
                    <dd>{formatDateTime(payment.paidAt)}</dd>
                  </>
                )}
              </dl>
              {error !== undefined && <ErrorPanel error={error} />}
              <div className="payment-result__actions">
                {FAILED.includes(payment.status) && (
                  <Link className="button button--primary" to={tryAgain} data-testid="payment-try-again">
                    {t('payments.tryAgain')}
                  </Link>
                )}
                {OPEN.includes(payment.status) && gaveUp && payment.formUrl && (
                  <a className="button button--primary" href={payment.formUrl}>
                    {t('payments.backToBank')}
                  </a>
                )}
                {OPEN.includes(payment.status) && gaveUp && (
                  <Link className="button button--secondary" to={tryAgain}>
                    {t('payments.startAgain')}
                  </Link>
                )}
                <Link className="button button--ghost" to={`/accounts/${number}`}>
                  {t('payments.toAccount')}
                </Link>
              </div>
            </div>
            {(PAID.includes(payment.status) || payment.status === 'REFUNDED') && payment.channel === 'CARD' && (
              <RefundSection number={number} id={id} />
            )}
          </>
        )}
      </div>
    </Shell>
  );
}
