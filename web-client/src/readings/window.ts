/**
 * MT-2: the submission window as metering reports it (days in the utility's zone, Europe/Moscow). The
 * page never works out dates in the browser's zone: it counts down to the instants metering gives and
 * names the period from its `yyyy-MM`, so a browser in Vladivostok or UTC shows the same as one in Moscow.
 */
export interface WindowState {
  open: boolean;
  period: string;
  opensOn: string;
  closesOn: string;
  opensAt: string;
  closesAt: string;
}

export interface Countdown {
  days: number;
  hours: number;
  minutes: number;
}

/** Time left from `now` until `until` (an ISO instant), in whole minutes rounded up; zero when past. */
export function countdown(until: string, now: Date): Countdown {
  const ms = Math.max(0, Date.parse(until) - now.getTime());
  const totalMinutes = Math.ceil(ms / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/** What the banner says: open with time to close, or closed with time to open and the period readings count for. */
export type WindowPhase =
  | { phase: 'open'; left: Countdown }
  | { phase: 'closed'; untilOpen: Countdown }
  | { phase: 'ended' };

/**
 * The phase at `now`. A window metering reported as open whose close has passed (the page stayed open
 * over midnight in Moscow) is `ended`: the page reloads the window rather than guess the next one.
 */
export function phaseAt(window: WindowState, now: Date): WindowPhase {
  if (window.open) {
    if (Date.parse(window.closesAt) <= now.getTime()) return { phase: 'ended' };
    return { phase: 'open', left: countdown(window.closesAt, now) };
  }
  if (Date.parse(window.opensAt) <= now.getTime()) return { phase: 'ended' };
  return { phase: 'closed', untilOpen: countdown(window.opensAt, now) };
}

const MONTHS_RU = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2026-12" -> "декабрь 2026" (ru) or "December 2026" (en), without any time zone. */
export function periodName(period: string, lang: 'ru' | 'en' = 'ru'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const month = Number(match[2]);
  const names = lang === 'en' ? MONTHS_EN : MONTHS_RU;
  return `${names[month - 1] ?? match[2]} ${match[1]}`;
}

/** "2026-11-25" -> "25.11.2026": a day as metering names it (in the utility's zone), never shifted. */
export function dayName(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : day;
}
