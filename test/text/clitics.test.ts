import { describe, expect, it } from 'vitest';
import { cliticReadings, knownReading, stripCliticsGreedy } from '../../src/text/clitics.ts';
import { normaliseAr } from '../../src/text/normalize.ts';

const known = (...forms: string[]) => { const s = new Set(forms.map(normaliseAr)); return (w: string) => s.has(w); };

describe('clitic stripping', () => {
  it('lists every reading, the unstripped word first', () => {
    const stems = cliticReadings(normaliseAr('وبالأسد')).map((r) => r.stem);
    expect(stems[0]).toBe('وبالاسد');
    expect(stems).toEqual(expect.arrayContaining(['بالاسد', 'الاسد', 'اسد']));
  });

  it('reads لل as ل + ال', () => {
    const r = cliticReadings('للرئيس');
    expect(r.map((x) => x.stem)).toEqual(expect.arrayContaining(['الرئيس', 'رئيس']));
  });

  it('prefers the longest known form: the ب of بوتين is part of the name', () => {
    const isKnown = known('بوتين');
    expect(knownReading('بوتين', isKnown)?.stem).toBe('بوتين');
    expect(knownReading('لبوتين', isKnown)?.stem).toBe('بوتين');
    expect(knownReading('وبوتين', isKnown)?.prefix).toBe('و');
  });

  it('finds الأسد in بالأسد and عراقجي in لعراقجي', () => {
    expect(knownReading(normaliseAr('بالأسد'), known('الأسد'))?.stem).toBe('الاسد');
    expect(knownReading('لعراقجي', known('عراقجي'))?.stem).toBe('عراقجي');
    expect(knownReading('فالعالم', known('عراقجي'))).toBeNull();
  });

  it('never leaves a stem shorter than two letters', () => {
    for (const r of cliticReadings('وبل')) expect(r.stem.length).toBeGreaterThanOrEqual(2);
  });

  it('strips greedily for ranking words', () => {
    expect(stripCliticsGreedy('والشراكة')).toBe('شراكة');
  });
});
