import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, meteringApi } from '../api/client';
import { currentLang } from '../i18n';
import { useAsync } from '../ui/useAsync';
import { dayName, periodName, phaseAt, type Countdown } from './window';
import './readings.css';

/**
 * MT-2: the utility's submission window with a countdown. The days are Moscow's as metering states
 * them; the countdown runs to metering's instants, so the browser's own zone plays no part.
 */
export function SubmissionWindowBanner() {
  const { t } = useTranslation();
  const lang = currentLang();
  const window = useAsync(() => call(meteringApi.GET('/v1/submission-window')), []);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  if (!window.data) return null; // the form works without it: metering dates every reading itself
  const state = window.data;
  const phase = phaseAt(state, now);
  const time = (c: Countdown) =>
    [
      c.days > 0 ? t('readingWindow.days', { count: c.days }) : '',
      c.days > 0 || c.hours > 0 ? t('readingWindow.hours', { count: c.hours }) : '',
      t('readingWindow.minutes', { count: c.minutes }),
    ]
      .filter(Boolean)
      .join(' ');

  return (
    <div
      className={`notice ${phase.phase === 'open' ? 'notice--success' : 'notice--warning'} reading-window`}
      data-testid="reading-window"
      data-open={state.open}
      data-period={state.period}
    >
      <div className="notice__body">
        {phase.phase === 'open' && (
          <>
            <p>{t('readingWindow.open', { date: dayName(state.closesOn) })}</p>
            <p className="notice__meta" data-testid="reading-window-countdown">
              {t('readingWindow.left', { time: time(phase.left) })}
            </p>
          </>
        )}
        {phase.phase === 'closed' && (
          <>
            <p>
              {t('readingWindow.closed', { date: dayName(state.opensOn), period: periodName(state.period, lang) })}
            </p>
            <p className="notice__meta" data-testid="reading-window-countdown">
              {t('readingWindow.untilOpen', { time: time(phase.untilOpen) })}
            </p>
          </>
        )}
        {phase.phase === 'ended' && <p>{t('readingWindow.ended')}</p>}
        <p className="notice__meta">{t('reading.late')}</p>
      </div>
    </div>
  );
}
