import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { lexicon, loadLexiconFile, personSchema, LexiconError } from '../../src/names/lexicon.ts';
import { normAr } from '../../src/names/normalize.ts';

describe('lexicon', () => {
  it('loads every data file and indexes the world figures of the sample', () => {
    const lex = lexicon();
    expect(lex.people.length).toBeGreaterThan(150);
    expect(lex.orgs.length).toBeGreaterThan(60);
    expect(lex.givenNames.length).toBeGreaterThan(300);
    for (const ar of ['فلاديمير بوتين', 'مسعود بزشكيان', 'عباس عراقجي', 'بشار الأسد', 'دونالد ترامب', 'رجب طيب أردوغان', 'علي خامنئي']) {
      expect(lex.personByAr.get(normAr(ar)), ar).toBeDefined();
    }
    expect(lex.orgByAr.get(normAr('حلف شمال الأطلسي'))?.en).toBe('NATO');
    expect(lex.orgByAr.get(normAr('وول ستريت جورنال'))?.kind).toBe('outlet');
    expect(lex.placeByAr.get(normAr('ناغورنو كاراباخ'))?.en).toBe('Nagorno-Karabakh');
  });

  it('is loaded once', () => {
    expect(lexicon()).toBe(lexicon());
  });

  it('finds spelling variants (hamza seats, ى/ي, diacritics, tatweel)', () => {
    const lex = lexicon();
    expect(lex.personByAr.get(normAr('اردوغان'))?.en).toBe('Recep Tayyip Erdogan');
    expect(lex.personByAr.get(normAr('ترمب'))?.en).toBe('Donald Trump');
    expect(lex.personByAr.get(normAr('فلاديمـير بُوتين'))?.en).toBe('Vladimir Putin');
    expect(lex.personByAr.get(normAr('بشار الاسد'))?.en).toBe('Bashar al-Assad');
  });

  it('does not hold the sample analysts: they must be found by romanisation', () => {
    const lex = lexicon();
    expect(lex.personByAr.get(normAr('نيكولاي كوزانوف'))).toBeUndefined();
    expect(lex.personByAr.get(normAr('فابريس بوثييه'))).toBeUndefined();
  });

  it('names the file and the entry when data is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-'));
    writeFileSync(join(dir, 'people.json'), JSON.stringify([{ ar: 'بوتين', en: 'Putin' }, { ar: 'x', en: '' }]));
    expect(() => loadLexiconFile('people.json', z.array(personSchema), dir)).toThrowError(LexiconError);
    expect(() => loadLexiconFile('people.json', z.array(personSchema), dir)).toThrowError(/people\.json.*1\.en/);
    writeFileSync(join(dir, 'bad.json'), '{not json');
    expect(() => loadLexiconFile('bad.json', z.array(personSchema), dir)).toThrowError(/bad\.json: cannot read or parse JSON/);
  });

  it('holds no single-word name that is an Arabic function word', () => {
    const require = createRequire(import.meta.url);
    const stop = new Set((require('stopwords-iso').ar as string[]).map(normAr));
    const lex = lexicon();
    // علي is both "on" (على) and the commonest given name; the parser decides by context
    const allowed = new Set(['علي']);
    const bad: string[] = [];
    for (const m of [lex.personByAr, lex.orgByAr, lex.placeByAr, lex.givenByAr]) {
      for (const k of m.keys()) if (!k.includes(' ') && stop.has(k) && !allowed.has(k)) bad.push(k);
    }
    expect(bad).toEqual([]);
  });
});
