import { useTranslation } from 'react-i18next';
import type { MeterView, ReadingView } from '../api/types';
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
}

/** MT-1 meter with its last reading, and the MT-2 form to submit a new one. */
export function MeterCard({ accountNumber, meter, onSubmitted }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const zoneCount = meter.zones.length;
  const tariff = zoneCount >= 3 ? 'meters.tariff_three' : zoneCount === 2 ? 'meters.tariff_two' : 'meters.tariff_one';
  const unit = unitOf(meter.service, t);
  const last = meter.lastReading;
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
        <ul className="meter__facts">
          <li>{t(tariff)}</li>
          <li>{t('meters.format', { mask: mask(meter.digitCapacity, meter.decimals, lang) })}</li>
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
        </div>
      </div>
      <ReadingForm accountNumber={accountNumber} meter={meter} onSubmitted={onSubmitted} />
    </article>
  );
}
