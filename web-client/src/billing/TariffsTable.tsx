import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { formatDate, formatKopecks, type Lang } from '../format';
import { EmptyState } from '../ui/feedback';
import type { TariffRow } from './model';

const DEFAULT_UNIT: Record<string, string> = { ELECTRICITY: 'kWh', GAS: 'm3', HOT_WATER: 'm3', COLD_WATER: 'm3', HEATING: 'Gcal' };

/** BL-4: the tariffs of the account's services per zone, changing over time (a validTo is exclusive). */
export function TariffsTable({ tariffs }: { tariffs: TariffRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  if (tariffs.length === 0) return <EmptyState title={t('billing.tariffsEmpty')} />;
  const lastDay = (exclusive: string) => {
    const day = new Date(`${exclusive}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    return formatDate(day.toISOString().slice(0, 10));
  };
  return (
    <ScrollRegion label={t('billing.tabs.tariffs')}>
      <table className="billing-table" data-testid="tariffs-table">
        <caption className="visually-hidden">{t('billing.tabs.tariffs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('billing.tariffColumns.service')}</th>
            <th scope="col">{t('billing.tariffColumns.zone')}</th>
            <th scope="col" className="num">{t('billing.tariffColumns.price')}</th>
            <th scope="col">{t('billing.tariffColumns.from')}</th>
            <th scope="col">{t('billing.tariffColumns.to')}</th>
          </tr>
        </thead>
        <tbody>
          {tariffs.map((row) => {
            const unit = row.unit ?? DEFAULT_UNIT[row.service];
            return (
              <tr key={`${row.service}-${row.scheme}-${row.zone}-${row.validFrom}`}>
                <th scope="row">
                  {t(`billing.services.${row.service}`, { defaultValue: row.service })}
                  <span className="field__hint"> · {t(`billing.schemes.${row.scheme}`, { defaultValue: row.scheme })}</span>
                </th>
                <td>{row.scheme === 'SINGLE' ? t('billing.singleZone') : t(`billing.zones.${row.zone}`, { defaultValue: row.zone })}</td>
                <td className="num">
                  {formatKopecks(row.kopecksPerUnit, lang)}
                  {unit ? ` / ${t(`billing.units.${unit}`, { defaultValue: unit })}` : ''}
                </td>
                <td>{formatDate(row.validFrom)}</td>
                <td>{row.validTo ? lastDay(row.validTo) : t('billing.inForce')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
