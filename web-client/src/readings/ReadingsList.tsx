import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeterView, ReadingView } from '../api/types';
import { formatDateTime } from '../format';
import { currentLang } from '../i18n';
import { EmptyState } from '../ui/feedback';
import { ListIcon } from '../ui/icons';
import { ChargePreviewText } from './ChargePreviewText';
import { unitOf, zoneEntries } from './labels';
import { isFresh, watchPreview } from './previewStore';
import { DeleteReading } from './DeleteReading';
import { StatusBadge } from './StatusBadge';

interface Props {
  accountNumber: string;
  readings: ReadingView[];
  meters: MeterView[];
  limit?: number;
  /** MT-4: a reading the resident deleted; without it the table offers no deletion. */
  onDeleted?: (readingId: string) => void;
  /** MT-4: a deletion found the reading decided meanwhile: reload the list. */
  onChanged?: () => void;
}

/** MT-4: only a reading the resident gave (portal, payment) and still in processing may be deleted. */
const deletable = (reading: ReadingView) =>
  reading.status === 'IN_PROCESSING' && (reading.channel === 'PORTAL' || reading.channel === 'PAYMENT');

/** MT-3 / MT-7: the latest readings with their status, channel and preview charge. */
export function ReadingsList({ accountNumber, readings, meters, limit = 10, onDeleted, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const shown = readings.slice(0, limit);
  const meterById = new Map(meters.map((m) => [m.id, m]));
  // MT-4: why a deletion was refused (decided meanwhile), kept in the row once the reload has removed «Удалить»
  const [refused, setRefused] = useState<Record<string, string>>({});

  useEffect(() => {
    for (const reading of shown) {
      watchPreview(accountNumber, reading.id, reading.status === 'IN_PROCESSING' && isFresh(reading.submittedAt));
    }
  }, [accountNumber, shown.map((r) => r.id).join()]); // eslint-disable-line react-hooks/exhaustive-deps

  if (shown.length === 0) {
    return <EmptyState icon={<ListIcon />} title={t('readings.empty')} hint={t('readings.emptyHint')} />;
  }

  return (
    <>
      {onDeleted && <p className="readings__note">{t('readings.delete.note')}</p>}
      <ol className="readings" aria-label={t('readings.title')}>
        <li className="readings__head" aria-hidden="true">
          <span>{t('readings.submittedAt')}</span>
          <span>{t('readings.meter')}</span>
          <span>{t('readings.values')}</span>
          <span>{t('readings.status')}</span>
          <span>{t('readings.charge')}</span>
        </li>
        {shown.map((reading) => {
          const meter = meterById.get(reading.meterId);
          const unit = meter ? unitOf(meter.service, t) : '';
          return (
            <li
              className="readings__row"
              key={reading.id}
              data-testid="reading-row"
              data-reading-id={reading.id}
              data-meter-id={reading.meterId}
            >
              <span className="readings__cell readings__date">
                <time dateTime={reading.submittedAt}>{formatDateTime(reading.submittedAt)}</time>
                <span className="readings__channel">
                  {t(`reading.channel.${reading.channel}`, { defaultValue: reading.channel })}
                </span>
              </span>
              <span className="readings__cell readings__meter">{meter?.serialNumber ?? `#${reading.meterId}`}</span>
              <span className="readings__cell readings__values">
                {zoneEntries(reading.values, lang, t).map(({ zone, raw, text, label }) => (
                  <span key={zone} className="readings__value" data-zone={zone} data-value={raw}>
                    {label && <span className="readings__zone">{label} </span>}
                    {text}
                    {unit && <span className="unit"> {unit}</span>}
                  </span>
                ))}
              </span>
              <span className="readings__cell readings__status">
                <StatusBadge status={reading.status} />
                {reading.status === 'REJECTED' && reading.rejectionReason && (
                  <span className="readings__reason" data-testid="rejection-reason">
                    {t('readings.reasonLabel')} {reading.rejectionReason}
                  </span>
                )}
                {onDeleted && deletable(reading) && (
                  <DeleteReading
                    accountNumber={accountNumber}
                    readingId={reading.id}
                    onDeleted={onDeleted}
                    onChanged={(message) => {
                      setRefused((r) => ({ ...r, [reading.id]: message }));
                      onChanged?.();
                    }}
                  />
                )}
                {refused[reading.id] && !deletable(reading) && (
                  <span className="reading-delete__error" role="alert" data-testid="delete-refused">
                    {refused[reading.id]}
                  </span>
                )}
              </span>
              <span className="readings__cell readings__charge">
                {/* the column head is hidden from screen readers and on phones: the cell names itself there */}
                <span className="readings__label">{t('readings.chargeLabel')} </span>
                <ChargePreviewText readingId={reading.id} inTable />
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
