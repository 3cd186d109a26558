import { useTranslation } from 'react-i18next';
import { call, meteringApi } from '../api/client';
import { formatDecimal } from '../format';
import { currentLang } from '../i18n';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { serviceName, unitOf } from './labels';
import { periodName } from './window';
import './readings.css';

/** MT-6: the house's common-house (ОДН) meters with the house's volume and the account's share per month. */
export function CommonHouseSection({ number }: { number: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const meters = useAsync(
    () =>
      call(meteringApi.GET('/v1/accounts/{number}/common-house-meters', { params: { path: { number } } })),
    [number],
  );

  return (
    <section className="section" aria-labelledby="common-house-title" data-testid="common-house">
      <h2 className="section__title" id="common-house-title">
        {t('commonHouse.title')}
      </h2>
      {meters.error ? (
        <ErrorPanel error={meters.error} onRetry={meters.reload} />
      ) : meters.data === undefined ? (
        <Spinner />
      ) : meters.data.length === 0 ? (
        <p className="card card__pad common-house__none">{t('commonHouse.none')}</p>
      ) : (
        meters.data.map((meter) => {
          const unit = unitOf(meter.service, t);
          const captionId = `common-house-${meter.id}`;
          return (
            <div
              className="card card__pad common-house history-table__wrap"
              key={meter.id}
              role="region"
              aria-labelledby={captionId}
              tabIndex={0}
            >
              <table className="history-table" aria-labelledby={captionId}>
                <caption id={captionId}>
                  {serviceName(meter.service, t)} · {t('meters.serial', { serial: meter.serialNumber })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('commonHouse.period')}</th>
                    <th scope="col">{t('commonHouse.houseVolume')}</th>
                    <th scope="col">{t('commonHouse.accountShare')}</th>
                  </tr>
                </thead>
                <tbody>
                  {meter.volumes.map((v) => (
                    <tr key={v.period}>
                      <td>{periodName(v.period, lang)}</td>
                      <td>
                        {formatDecimal(v.houseVolume, lang)}
                        {unit && ` ${unit}`}
                      </td>
                      <td>
                        {formatDecimal(v.accountShare, lang)}
                        {unit && ` ${unit}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })
      )}
    </section>
  );
}
