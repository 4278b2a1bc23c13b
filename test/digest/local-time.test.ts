import { describe, expect, it } from 'vitest';
import { canonicalZone, daysBefore, formatClock, localParts, nextDate, parseClock } from '../../src/digest/local-time.ts';

describe('local time in a zone', () => {
  it('gives the local date and minutes', () => {
    expect(localParts(new Date('2026-06-10T05:00:00Z'), 'Asia/Riyadh')).toEqual({ date: '2026-06-10', minutes: 8 * 60 });
    expect(localParts(new Date('2026-06-10T02:00:00Z'), 'America/New_York')).toEqual({ date: '2026-06-09', minutes: 22 * 60 });
    expect(localParts(new Date('2026-06-10T00:00:00Z'), 'UTC')).toEqual({ date: '2026-06-10', minutes: 0 });
    expect(localParts(new Date('2026-06-10T03:45:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-06-10', minutes: 9 * 60 + 15 });
  });

  it('follows daylight saving: New York jumps from 01:59 to 03:00 on 2026-03-08', () => {
    expect(localParts(new Date('2026-03-08T06:59:00Z'), 'America/New_York').minutes).toBe(1 * 60 + 59);
    expect(localParts(new Date('2026-03-08T07:00:00Z'), 'America/New_York').minutes).toBe(3 * 60);
  });

  it('validates and canonicalises IANA zones', () => {
    expect(canonicalZone('Asia/Riyadh')).toBe('Asia/Riyadh');
    expect(canonicalZone('asia/riyadh')).toBe('Asia/Riyadh');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('Mars/Olympus')).toBeNull();
    expect(canonicalZone('')).toBeNull();
    expect(canonicalZone('../../etc/passwd')).toBeNull();
  });

  it('parses 24-hour times, Arabic digits included', () => {
    expect(parseClock('08:00')).toBe(480);
    expect(parseClock('8:05')).toBe(485);
    expect(parseClock('٠٨:٣٠')).toBe(510);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('12:60')).toBeNull();
    expect(parseClock('noon')).toBeNull();
    expect(formatClock(485)).toBe('08:05');
  });

  it('steps calendar dates across months and years', () => {
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});
