import { describe, expect, it } from 'vitest';
import { nameSpellingScore, nameTokenEvidence } from '../../src/names/index.ts';

describe('nameTokenEvidence', () => {
  it('counts the people who carry a name token', () => {
    const e = nameTokenEvidence('محمد')!;
    expect(e.count).toBeGreaterThan(100);
    expect(e.spellings).toBeGreaterThan(3);
    expect(e.latin).toBe('mohammed');
    expect(e.viaClitic).toBe(false);
  });

  it('finds a token behind a clitic, marked as weaker evidence', () => {
    const e = nameTokenEvidence('وخاشقجي')!;
    expect(e).toMatchObject({ form: 'خاشقجي', viaClitic: true });
  });

  it('marks regnal ordinals and knows nothing of function words', () => {
    expect(nameTokenEvidence('الثاني')?.ordinal).toBe(true);
    expect(nameTokenEvidence('الذي')).toBeNull();
    expect(nameTokenEvidence('')).toBeNull();
    expect(nameTokenEvidence('محمد علي')).toBeNull();
  });
});

describe('nameSpellingScore', () => {
  it('scores an unseen foreign name above verbs and verbal nouns', () => {
    const name = nameSpellingScore('تشالهانوغلو')!;
    for (const w of ['باستخدام', 'يتحرك', 'احتجاجا']) expect(name).toBeGreaterThan(nameSpellingScore(w)!);
    expect(nameSpellingScore('abc')).toBeNull();
  });
});
