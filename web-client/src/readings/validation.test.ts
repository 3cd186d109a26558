import { describe, expect, it } from 'vitest';
import {
  readingRequest,
  validateReading,
  validateReadingForm,
  zoneFields,
} from './validation';

const singleZone = { zones: ['T1'], digitCapacity: 6, decimals: 1, lastReading: { values: { T1: '12345.6' } } };
const dayNight = { zones: ['T1', 'T2'], digitCapacity: 6, decimals: 1, lastReading: { values: { T1: '5000.0', T2: '2000.0' } } };
const wholeNumbers = { zones: ['T1'], digitCapacity: 5, decimals: 0, lastReading: null };

describe('MT-2 one field per zone', () => {
  it('gives a single-rate meter one field', () => {
    expect(zoneFields(singleZone)).toEqual([{ zone: 'T1', field: 'values.T1', labelKey: 'reading.zone.single' }]);
  });

  it('gives a day/night meter a day and a night field', () => {
    expect(zoneFields(dayNight).map((f) => [f.zone, f.labelKey])).toEqual([
      ['T1', 'reading.zone.day'],
      ['T2', 'reading.zone.night'],
    ]);
  });

  it('gives a three-zone meter peak, night and semi-peak fields', () => {
    expect(zoneFields({ zones: ['T1', 'T2', 'T3'] }).map((f) => [f.field, f.labelKey])).toEqual([
      ['values.T1', 'reading.zone.peak'],
      ['values.T2', 'reading.zone.night'],
      ['values.T3', 'reading.zone.semiPeak'],
    ]);
  });
});

describe('MT-2 format hints at once', () => {
  it('accepts a value within capacity with a decimal comma or point', () => {
    expect(validateReading('12346,6', singleZone)).toBeNull();
    expect(validateReading('12346.6', singleZone)).toBeNull();
    expect(validateReading(' 12 346 ', singleZone)).toBeNull();
    expect(validateReading('999999,9', singleZone)).toBeNull();
  });

  it('asks for a value when the field is empty', () => {
    expect(validateReading('  ', singleZone)).toEqual({ key: 'reading.error.required' });
  });

  it('refuses letters, signs and two separators', () => {
    expect(validateReading('12a45', singleZone)).toEqual({ key: 'reading.error.format' });
    expect(validateReading('-5', singleZone)).toEqual({ key: 'reading.error.format' });
    expect(validateReading('1,2,3', singleZone)).toEqual({ key: 'reading.error.format' });
    expect(validateReading(',5', singleZone)).toEqual({ key: 'reading.error.format' });
  });

  it('refuses a reading wider than the digit capacity', () => {
    expect(validateReading('1234567', singleZone)).toEqual({ key: 'reading.error.tooManyDigits', count: 6 });
    expect(validateReading('123456', wholeNumbers)).toEqual({ key: 'reading.error.tooManyDigits', count: 5 });
    // leading zeros are not digits of the drum
    expect(validateReading('0012345', wholeNumbers)).toBeNull();
  });

  it('refuses more decimals than the meter shows', () => {
    expect(validateReading('12346,65', singleZone)).toEqual({ key: 'reading.error.tooManyDecimals', count: 1 });
    expect(validateReading('4322,5', wholeNumbers)).toEqual({ key: 'reading.error.noDecimals' });
  });

  it('takes trailing zeros beyond the meter decimals as the same number, as metering does', () => {
    expect(validateReading('12346,60', singleZone)).toBeNull();
    expect(validateReading('4322,0', wholeNumbers)).toBeNull();
    expect(validateReading('4322,', wholeNumbers)).toBeNull();
  });

  it('does not block a value lower than the last reading: the previous accepted one and a rollover are the server\'s to judge (#5)', () => {
    // lower than the meter's last reading (12345.6): a rollover past 999999.9 or a correction of a rejected reading
    expect(validateReading('12345,5', singleZone)).toBeNull();
    expect(validateReading('0,4', singleZone)).toBeNull();
    expect(validateReadingForm({ T1: '12,3' }, singleZone)).toEqual({});
    expect(validateReadingForm({ T1: '1', T2: '1999' }, dayNight)).toEqual({});
  });

  it('validates every zone of a day/night form and reports only the failing ones', () => {
    expect(validateReadingForm({ T1: '5001,0', T2: '19a9' }, dayNight)).toEqual({
      T2: { key: 'reading.error.format' },
    });
    expect(validateReadingForm({ T1: '5001' }, dayNight)).toEqual({ T2: { key: 'reading.error.required' } });
    expect(validateReadingForm({ T1: '5001', T2: '2001' }, dayNight)).toEqual({});
  });

  it('builds the request body with one normalized value per zone, padded to the meter decimals', () => {
    expect(readingRequest({ T1: '5 001,5', T2: '2001.', T3: 'ignored' }, dayNight)).toEqual({
      values: { T1: '5001.5', T2: '2001.0' },
    });
    expect(readingRequest({ T1: '4322' }, wholeNumbers)).toEqual({ values: { T1: '4322' } });
    expect(readingRequest({ T1: '4322,00' }, wholeNumbers)).toEqual({ values: { T1: '4322' } });
    expect(readingRequest({ T1: '12346,60' }, singleZone)).toEqual({ values: { T1: '12346.6' } });
  });
});
