/** Joint36: who said a quote, as person ids, and names said together in each language. */
import { describe, expect, it } from 'vitest';
import { joinNames, saidBy, speakerIdsOf } from '../../src/briefing/speakers.ts';

describe('speakerIdsOf / saidBy', () => {
  it('one speaker, persons together, or no one', () => {
    expect(speakerIdsOf({ speakerId: 'p-a' })).toEqual(['p-a']);
    expect(speakerIdsOf({ speakerId: null, speakerIds: ['p-a', 'p-b'] })).toEqual(['p-a', 'p-b']);
    expect(speakerIdsOf({ speakerId: null })).toEqual([]);
    expect(saidBy({ speakerId: null, speakerIds: ['p-a', 'p-b'] }, 'p-b')).toBe(true);
    expect(saidBy({ speakerId: 'p-a' }, 'p-b')).toBe(false);
  });

  it('a hand-edited stored quote with a malformed list reads as no one, never throws', () => {
    expect(speakerIdsOf({ speakerId: null, speakerIds: 'p-a' as unknown as string[] })).toEqual([]);
    expect(speakerIdsOf({ speakerId: null, speakerIds: ['', 7 as unknown as string, 'p-a'] })).toEqual(['p-a']);
  });
});

describe('joinNames', () => {
  it('English: "A and B", "A, B and C"', () => {
    expect(joinNames(['Sameh Shoukry', 'Ayman Safadi'], 'en')).toBe('Sameh Shoukry and Ayman Safadi');
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });

  it('Arabic: و written on each name it joins', () => {
    expect(joinNames(['سامح شكري', 'أيمن الصفدي'], 'ar')).toBe('سامح شكري وأيمن الصفدي');
    expect(joinNames(['أ', 'ب', 'ج'], 'ar')).toBe('أ وب وج');
  });

  it('empty when one name is unknown in that language (never a list that leaves a speaker out)', () => {
    expect(joinNames(['Sameh Shoukry', ''], 'en')).toBe('');
    expect(joinNames([], 'en')).toBe('');
  });
});
