import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { accountApi, billingApi, call, meteringApi, paymentApi, type BffUser } from '../api/client';
import { currentLang } from '../i18n';
import { Shell } from '../layout/Shell';
import '../preferences/preferences.css';
import { localPhone } from '../preferences/validation';
import { MeterCard } from '../readings/MeterCard';
import { withLatestReading } from '../readings/latest';
import { AccountGate } from '../session/AccountGate';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { kopecksToInput } from './money';
import { UTILITY, type LineBalance, type PaymentView } from './model';
import { PaymentForm } from './PaymentForm';
import type { PaymentInput } from './validation';
import './payments.css';

/** `/accounts/:number/pay` (PY-1, PY-2, MT-8); `?again=<payment id>` starts with the sums of a payment that failed. */
export function PayPage() {
  return <AccountGate>{(me, number) => <Pay me={me} number={number} />}</AccountGate>;
}

function Pay({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('payments.payTitle'));
  const [search] = useSearchParams();
  const again = search.get('again');
  const path = { params: { path: { number } } };
  const balances = useAsync(() => call(billingApi.GET('/v1/accounts/{number}/balances', path)), [number]);
  const account = useAsync(() => call(accountApi.GET('/v1/accounts/{number}', path)), [number]);
  const previous = useAsync(
    () =>
      again
        ? call(paymentApi.GET('/v1/accounts/{number}/payments/{id}', { params: { path: { number, id: again } } }))
        : Promise.resolve(undefined),
    [number, again],
  );

  const ready = balances.data !== undefined && (account.data !== undefined || account.error) && !previous.loading;

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number} wide>
      <div className="payments-page">
        <p>
          <Link to={`/accounts/${number}`}>{t('preferences.back')}</Link>
        </p>
        <h1>{t('payments.payTitle')}</h1>
        <p className="field__hint">{t('payments.payLead', { number })}</p>
        {balances.error ? (
          <ErrorPanel error={balances.error} onRetry={balances.reload} />
        ) : !ready ? (
          <Spinner />
        ) : balances.data!.lines.length === 0 ? (
          <EmptyState title={t('payments.noLines')} hint={t('payments.noLinesHint')} />
        ) : (
          <div className="payments-page__layout">
            <div className="payments-page__main">
              <PaymentForm
                key={`${number}-${again ?? ''}`}
                accountNumber={number}
                lines={balances.data!.lines}
                initial={initialInput(balances.data!.lines, account.data, previous.data ?? undefined)}
              />
              <Readings number={number} />
            </div>
            <Conditions />
          </div>
        )}
        <p className="payments-page__history">
          <Link to={`/accounts/${number}/payments`}>{t('payments.historyLink')}</Link>
        </p>
      </div>
    </Shell>
  );
}

interface AccountRecord {
  ownerName?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Each line's debt (or the failed payment's sums) and the payer as the utility's record has them. */
export function initialInput(lines: LineBalance[], account: AccountRecord | undefined, previous?: PaymentView): PaymentInput {
  const lang = currentLang();
  const amounts: Record<string, string> = {};
  for (const line of lines) {
    const before = previous?.lines.find((l) => l.lineCode === line.code);
    const kopecks = previous ? (before?.amountKopecks ?? 0) : line.debtKopecks;
    amounts[line.code] = kopecks > 0 ? kopecksToInput(kopecks, lang) : '';
  }
  return {
    amounts,
    name: account?.ownerName ?? '',
    email: account?.email ?? '',
    phone: localPhone(account?.phone),
    consent: false,
  };
}

/** PY-2, PY-3/PY-4: the utility's bank details, no commission, how long crediting takes, the bank's page. */
function Conditions() {
  const { t } = useTranslation();
  return (
    <aside className="payments-page__aside" aria-labelledby="payment-conditions">
      <section className="card card__pad">
        <h2 className="section__title" id="payment-conditions">
          {t('payments.conditionsTitle')}
        </h2>
        <ul className="payments-page__conditions">
          <li>{t('payments.noCommission')}</li>
          <li>{t('payments.crediting')}</li>
          <li>{t('payments.bankPage')}</li>
          <li>{t('payments.cards')}</li>
          <li>{t('payments.receipt')}</li>
        </ul>
      </section>
      <section className="card card__pad" aria-labelledby="payment-recipient">
        <h2 className="section__title" id="payment-recipient">
          {t('payments.recipientTitle')}
        </h2>
        <dl className="payments-page__details" data-testid="utility-details">
          <dt>{t('payments.recipient')}</dt>
          <dd>{UTILITY.name}</dd>
          <dt>{t('payments.inn')}</dt>
          <dd>{UTILITY.inn}</dd>
          <dt>{t('payments.kpp')}</dt>
          <dd>{UTILITY.kpp}</dd>
          <dt>{t('payments.settlementAccount')}</dt>
          <dd>{UTILITY.account}</dd>
          <dt>{t('payments.bank')}</dt>
          <dd>{UTILITY.bank}</dd>
          <dt>{t('payments.bik')}</dt>
          <dd>{UTILITY.bik}</dd>
          <dt>{t('payments.correspondentAccount')}</dt>
          <dd>{UTILITY.correspondent}</dd>
        </dl>
      </section>
    </aside>
  );
}

/** MT-8: readings may be given while paying; the meters' own forms, folded away, reporting the channel PAYMENT. */
function Readings({ number }: { number: string }) {
  const { t } = useTranslation();
  const path = { params: { path: { number } } };
  const meters = useAsync(() => call(meteringApi.GET('/v1/accounts/{number}/meters', path)), [number]);
  const readings = useAsync(() => call(meteringApi.GET('/v1/accounts/{number}/readings', path)), [number]);
  const working = (meters.data ?? []).filter((m) => !m.retired);
  if (meters.error || working.length === 0) return null;
  return (
    <details className="card card__pad payments-page__readings">
      <summary className="section__title">{t('payments.readingsTitle')}</summary>
      <p className="field__hint">{t('payments.readingsHint')}</p>
      <div className="meters">
        {working.map((meter) => (
          <MeterCard
            key={meter.id}
            accountNumber={number}
            meter={withLatestReading(meter, readings.data)}
            onSubmitted={() => readings.reload()}
            channel="PAYMENT"
          />
        ))}
      </div>
    </details>
  );
}
