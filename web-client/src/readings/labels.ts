import type { TFunction } from 'i18next';
import { formatDecimal, type Lang } from '../format';

/** Short zone names for showing values: a single-rate value needs none, else День/Ночь or Пик/Ночь/Полупик. */
export function zoneShortLabel(zone: string, zoneCount: number, t: TFunction): string {
  if (zoneCount === 2) return zone === 'T1' ? t('reading.zoneShort.day') : zone === 'T2' ? t('reading.zoneShort.night') : zone;
  if (zoneCount >= 3) {
    const key = { T1: 'peak', T2: 'night', T3: 'semiPeak' }[zone];
    return key ? t(`reading.zoneShort.${key}`) : zone;
  }
  return zone;
}

/** Orders values T1, T2, T3 and pairs them with labels. */
export function zoneEntries(values: Record<string, string | undefined>, lang: Lang, t: TFunction) {
  const zones = Object.keys(values).sort();
  return zones.map((zone) => ({
    zone,
    raw: values[zone] ?? '',
    text: formatDecimal(values[zone] ?? '', lang),
    label: zones.length > 1 ? zoneShortLabel(zone, zones.length, t) : undefined,
  }));
}

export function serviceName(service: string, t: TFunction): string {
  return t(`service.${service}`, { defaultValue: service });
}

export function unitOf(service: string, t: TFunction): string {
  return t(`unit.${service}`, { defaultValue: '' });
}
