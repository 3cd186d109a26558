import { useTranslation } from 'react-i18next';
import type { MeterView, ReadingView } from '../api/types';
import type { TariffRow } from '../billing/model';
import { formatDate } from '../format';
import { currentLang } from '../i18n';
import { BoltIcon, GaugeIcon } from '../ui/icons';
import { serviceName, unitOf, zoneEntries } from './labels';
import { mask, ReadingForm } from './ReadingForm';
import { StatusBadge } from './StatusBadge';

interface Props {
  accountNumber: string;
  meter: MeterView;
  onSubmitted: (reading: ReadingView) => void;
  /** Billing's tariffs of the account, for the form's price (MT-2); see {@link ReadingForm}. */
  tariffs?: TariffRow[] | null;
  /** MT-8: the channel the form reports (the pay page's `PAYMENT`); see {@link ReadingForm}. */
  channel?: 'PORTAL' | 'PAYMENT';
}

/**
 * MT-1 meter with its facts (zones, digit capacity, decimals, verification date), its last reading
 * and its last accepted one, and the MT-2 form to submit a new one — or, when it takes none, why.
 */
export function MeterCard({ accountNumber, meter, onSubmitted, tariffs, channel }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const zoneCount = meter.zones.length;
  const tariff = zoneCount >= 3 ? 'meters.tariff_three' : zoneCount === 2 ? 'meters.tariff_two' : 'meters.tariff_one';
  const unit = unitOf(meter.service, t);
  const last = meter.lastReading;
  const accepted = meter.lastAccepted;
  // MT-1: a retired, remotely read or overdue meter is marked and offers no form (metering refuses one too)
  const refusal = meter.manualReadingRefusal ?? undefined;
  const headingId = `meter-${meter.id}-title`;

  return (
    <article className="card meter" data-testid={`meter-${meter.id}`} aria-labelledby={headingId}>
      <div className="meter__info">
        <header className="meter__header">
          <span className="meter__icon" aria-hidden="true">
            {meter.service === 'ELECTRICITY' ? <BoltIcon /> : <GaugeIcon />}
          </span>
          <div>
            <h3 className="meter__title" id={headingId}>
              {serviceName(meter.service, t)}
            </h3>
            <p className="meter__serial">{t('meters.serial', { serial: meter.serialNumber })}</p>
          </div>
        </header>
        {refusal && (
          <p className="badge badge--danger meter__mark" data-testid={`meter-mark-${meter.id}`} data-refusal={refusal}>
            {t(`meters.mark.${refusal}`)}
          </p>
        )}
        <ul className="meter__facts">
          <li>{t(tariff)}</li>
          <li>{t('meters.format', { mask: mask(meter.digitCapacity, meter.decimals, lang) })}</li>
          <li>{t('meters.digits', { digits: meter.digitCapacity, decimals: meter.decimals })}</li>
          <li data-testid={`meter-verification-${meter.id}`}>
            {meter.verificationDue
              ? t('meters.verification', { date: formatDate(meter.verificationDue) })
              : t('meters.verificationNone')}
          </li>
        </ul>
        <div className="meter__last">
          <p className="meter__last-label">{t('meters.last')}</p>
          {last ? (
            <>
              <dl className="meter__last-values">
                {zoneEntries(last.values, lang, t).map(({ zone, raw, text, label }) => (
                  <div key={zone} className="meter__last-value">
                    {label && <dt>{label}</dt>}
                    <dd data-testid={`meter-last-${zone}`} data-value={raw}>
                      {text}
                      {unit && <span className="unit"> {unit}</span>}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="meter__last-meta">
                {formatDate(last.submittedAt)} · <StatusBadge status={last.status} />
              </p>
            </>
          ) : (
            <p className="meter__last-none">{t('meters.lastNone')}</p>
          )}
          <p className="meter__last-label">{t('meters.lastAccepted')}</p>
          {accepted ? (
            <p className="meter__accepted" data-testid={`meter-accepted-${meter.id}`}>
              {zoneEntries(accepted.values, lang, t)
                .map(({ text, label }) => (label ? `${label} ${text}` : text) + (unit ? ` ${unit}` : ''))
                .join(' · ')}{' '}
              · {formatDate(accepted.submittedAt)}
            </p>
          ) : (
            <p className="meter__last-none">{t('meters.lastAcceptedNone')}</p>
          )}
        </div>
      </div>
      {refusal ? (
        <p className="notice notice--warning meter__no-form" data-testid={`meter-no-form-${meter.id}`}>
          {t(`meters.noForm.${refusal}`, { date: meter.verificationDue ? formatDate(meter.verificationDue) : '' })}
        </p>
      ) : (
        <ReadingForm accountNumber={accountNumber} meter={meter} onSubmitted={onSubmitted} tariffs={tariffs} channel={channel} />
      )}
    </article>
  );
}
