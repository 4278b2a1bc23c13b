/**
 * The sample article against its hand annotation (a copy of the project's sample gold in test/fixtures/russia-iran-partnership.gold.json):
 * every gold person with a role, every gold quote with the right speaker, every gold precedent by
 * its anchor, and the Armenia precedent's years. English names are compared tolerantly through the
 * names module's matchPeople (Nikolai Kozanov for Nikolay Kozhanov is fine; a transliteration
 * like "Kwznwf" would not match).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { matchPeople } from '../../src/names/index.ts';
import { normaliseAr } from '../../src/text/normalize.ts';
import type { Gold } from './gold.ts';

const root = join(import.meta.dirname, '../..');
const text = readFileSync(join(root, 'data/russia-iran-partnership.ar.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/russia-iran-partnership.gold.json'), 'utf8')) as Gold;
const b = parseArticle(text);
const fold = (s: string) => normaliseAr(s).replace(/\s+/g, ' ').trim();

describe('sample article (Russia–Iran partnership)', () => {
  it('is Arabic with sentences, a title and a 3–5 point summary', () => {
    expect(b.lang).toBe('ar');
    expect(b.sentences.length).toBeGreaterThan(15);
    expect(b.title.ar.length).toBeGreaterThan(10);
    expect(b.summary.ar.length).toBeGreaterThanOrEqual(3);
    expect(b.summary.ar.length).toBeLessThanOrEqual(5);
    expect(b.summary.en).toEqual([]);
  });

  for (const g of gold.people) {
    it(`finds ${g.en} with a role`, () => {
      const p = b.people.find((x) => fold(x.name.ar) === fold(g.ar!));
      expect(p, `no person named ${g.ar}`).toBeDefined();
      expect(p!.role.ar).not.toBe('');
      expect(p!.role.en, `English role of ${g.en}`).not.toBe('');
      // The English name is close enough that the gold spelling finds this very person.
      const best = matchPeople(g.en, b.people)[0];
      expect(best?.person.id, `${g.en} -> ${p!.name.en}`).toBe(p!.id);
    });
  }

  it('gives the counterpart its resolved role (President of Iran)', () => {
    const p = b.people.find((x) => fold(x.name.ar) === fold('مسعود بزشكيان'))!;
    expect(p.role.ar).toContain('نظيره الإيراني');
    expect(p.role.ar).toContain('الرئيس الإيراني');
  });

  it('links short mentions with clitics to the full person (بوتين، لبوتين، بالأسد)', () => {
    const putin = b.people.find((x) => fold(x.name.ar) === fold('فلاديمير بوتين'))!;
    const assad = b.people.find((x) => fold(x.name.ar) === fold('بشار الأسد'))!;
    expect(putin.mentions).toBeGreaterThanOrEqual(6);
    expect(assad.mentions).toBe(2);
    expect(assad.aliases.map(fold)).toContain(fold('الأسد'));
    expect(b.people.map((p) => p.id)).toEqual([...new Set(b.people.map((p) => p.id))]);
  });

  for (const g of gold.quotes) {
    it(`attributes the quote "${g.text_start}…" to ${g.speaker_en}`, () => {
      const q = b.quotes.find((x) => fold(x.text).startsWith(fold(g.text_start)));
      expect(q, 'quote not found').toBeDefined();
      expect(q!.kind).toBe('direct');
      const speaker = matchPeople(g.speaker_en, b.people)[0]?.person;
      expect(speaker).toBeDefined();
      expect(q!.speakerId).toBe(speaker!.id);
    });
  }

  it('keeps the ".." inside a quotation in one sentence', () => {
    expect(b.sentences.some((s) => s.text.includes('فرصة.. للتفكير'))).toBe(true);
  });

  for (const g of gold.precedents) {
    it(`finds the precedent "${g.anchor}"`, () => {
      expect(b.precedents.some((p) => fold(p.text.ar).includes(fold(g.anchor)))).toBe(true);
    });
  }

  it('gives the Armenia precedent the years 2020 and 2023', () => {
    const p = b.precedents.find((x) => x.text.ar.includes('أرمينيا'))!;
    expect(p.years).toEqual(expect.arrayContaining([2020, 2023]));
  });

  it('does not flag present-tense reporting as precedents', () => {
    expect(b.precedents.length).toBeLessThanOrEqual(7);
    expect(b.precedents.some((p) => p.text.ar.startsWith('وعندما التقى بوتين بكبير'))).toBe(false);
  });

  it('cites the Wall Street Journal as an outlet and the experts as analysts', () => {
    const wsj = b.sources.find((s) => s.kind === 'outlet' && s.name.ar.includes('وول ستريت'));
    expect(wsj?.mentions).toBe(2);
    expect(b.sources.filter((s) => s.kind === 'analyst').length).toBeGreaterThanOrEqual(2);
  });

  it('builds a timeline with Monday, last week and 2020 in English', () => {
    const en = b.timeline.map((t) => t.when.en);
    expect(en).toEqual(expect.arrayContaining(['Monday', 'last week', 'early this year', 'last year']));
    expect(en.some((w) => w.includes('2020'))).toBe(true);
    // Known years sort before the article's present (last year, last week, Monday).
    expect(en.findIndex((w) => w.includes('2020'))).toBeLessThan(en.indexOf('Monday'));
  });

  for (const q of (gold as Gold & { queries?: Array<{ ask: string; expect_en: string }> }).queries ?? []) {
    it(`/who ${q.ask} finds ${q.expect_en}`, () => {
      const want = matchPeople(q.expect_en, b.people)[0]?.person;
      expect(want).toBeDefined();
      expect(matchPeople(q.ask, b.people)[0]?.person.id).toBe(want!.id);
    });
  }

  it('carries the lexicon\'s Latin aliases for known people', () => {
    const putin = b.people.find((x) => x.name.en === 'Vladimir Putin')!;
    expect(putin.aliases.some((a) => /^[A-Za-z]/.test(a))).toBe(true);
  });

  it('is deterministic: same text, same briefing', () => {
    expect(parseArticle(text)).toEqual(b);
  });
});
