import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../api/types';
import { formatDate } from '../format';
import { currentLang } from '../i18n';
import { serviceName } from '../readings/labels';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { describeProperty, formatArea, formatPhone } from './details';

/**
 * AC-1: everything the account record holds — a description list of the details, a notice when the account
 * is closed, and a side panel with a short description of the property (stacked below on narrow screens).
 */
export function AccountSummary({
  number,
  account,
  loading,
  error,
  onRetry,
  titled = true,
}: {
  number: string;
  /** false on the home page (AC-2), whose own h1 names the account: the details then head themselves with an h2 */
  titled?: boolean;
  account?: AccountView;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="summary" aria-labelledby={titled ? 'account-title' : 'account-details'}>
      {titled ? (
        <div className="summary__head">
          <h1 className="summary__title" id="account-title">
            {t('account.title', { number })}
          </h1>
        </div>
      ) : (
        <h2 className="section__title" id="account-details">
          {t('account.details')}
        </h2>
      )}
      {error ? (
        <ErrorPanel error={error} onRetry={onRetry} />
      ) : loading || !account ? (
        <Spinner />
      ) : (
        <AccountDetails account={account} titled={titled} />
      )}
    </section>
  );
}

function AccountDetails({ account, titled }: { account: AccountView; titled: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const closedOn = account.closedOn ? formatDate(account.closedOn) : null;
  const services = account.services ?? [];
  return (
    <>
      {account.closed && (
        <div className="notice notice--warning summary__closed" data-testid="account-closed">
          <div className="notice__body">
            <p className="notice__title">
              {closedOn ? t('account.closedTitle', { date: closedOn }) : t('account.closedTitleNoDate')}
            </p>
            <p>{t('account.closedText')}</p>
          </div>
        </div>
      )}
      <div className="summary__body">
        <div className="summary__main">
          {titled && (
            <h2 className="visually-hidden" id="account-details">
              {t('account.details')}
            </h2>
          )}
          <dl className="summary__facts" aria-labelledby="account-details">
            <Fact label={t('account.address')} wide testId="account-address">
              {account.address}
            </Fact>
            <Fact label={t('account.owner')} testId="account-owner">
              {account.ownerName}
            </Fact>
            <Fact label={t('account.flatNumber')} testId="account-flat">
              {account.flatNumber}
            </Fact>
            <Fact label={t('account.totalArea')} testId="account-total-area">
              {formatArea(account.totalArea, lang)}
            </Fact>
            <Fact label={t('account.houseArea')} testId="account-house-area">
              {formatArea(account.houseArea, lang)}
            </Fact>
            <Fact label={t('account.rooms')} testId="account-rooms">
              {account.rooms ?? null}
            </Fact>
            <Fact label={t('account.residents')} testId="account-residents">
              {account.residents === null || account.residents === undefined
                ? null
                : t('account.residentsCount', { count: account.residents })}
            </Fact>
            <Fact label={t('account.phone')} testId="account-phone">
              {account.phone ? <a href={`tel:${account.phone}`}>{formatPhone(account.phone)}</a> : null}
            </Fact>
            <Fact label={t('account.email')} testId="account-email">
              {account.email ? <a href={`mailto:${account.email}`}>{account.email}</a> : null}
            </Fact>
            <Fact label={t('account.status')} testId="account-status">
              {account.closed
                ? closedOn
                  ? t('account.closedSince', { date: closedOn })
                  : t('account.closedNoDate')
                : t('account.open')}
            </Fact>
            <Fact label={t('account.services')} full testId="account-services" className="chips">
              {services.length === 0
                ? null
                : services.map((s) => (
                    <span key={s} className="chip">
                      {serviceName(s, t)}
                    </span>
                  ))}
            </Fact>
          </dl>
        </div>
        <aside className="summary__aside" aria-labelledby="property-title">
          <h2 className="summary__aside-title" id="property-title">
            {t('account.property')}
          </h2>
          <p data-testid="property-description">{describeProperty(account, lang, t)}</p>
          <a className="summary__more" href="#account-details">
            {t('account.more')}
          </a>
        </aside>
      </div>
    </>
  );
}

/** One term and its value; an empty value reads «не указано» instead of a blank. */
function Fact({
  label,
  wide,
  full,
  testId,
  className,
  children,
}: {
  label: string;
  wide?: boolean;
  full?: boolean;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className={full ? 'summary__fact summary__fact--full' : wide ? 'summary__fact summary__fact--wide' : 'summary__fact'}>
      <dt>{label}</dt>
      <dd data-testid={testId} className={empty ? 'summary__empty' : className}>
        {empty ? t('account.notSpecified') : children}
      </dd>
    </div>
  );
}
