/*
 * First blind scores (2026-11-25, before any parser change): fixtures 13-16 were written and annotated
 * by a helper who had not read src/parser, committed (203cdd4), then scored on their own:
 *   people P 1.00 R 0.81 F1 0.90 (13 of 16) · roles P 1.00 R 0.87 (13 of 15)
 *   quote-speaker P 0.50 R 0.54 F1 0.52 (15 right of 30 predicted, 28 gold) · precedent recall 1.00 (9 of 9)
 *   (one gold quote was missing from 13 — «مشيراً إلى أن البيوت …», found later and added; the parser
 *   had it right, so against the corrected gold the first score is P 0.53 R 0.55 F1 0.54, 16/30/29)
 * Misses then: names after «بحسب X، ROLE» and «يدعى X», three-word foreign names (دي سانتيس), indirect
 * quotes after «يرى/أكد ... أن» and «قال X إن Y "..."», speaker taken from «لبي بي سي»/«للصحفيين»,
 * «“...”، هكذا كتب X», unnamed «مسؤولاً في ...» not kept.
 * After general fixes (tested on sentences of their own in blind-rules.test.ts, implicit-speaker.test.ts):
 *   13-16: people 1.00/1.00, roles 1.00/1.00, quote-speaker P 0.91 R 1.00 F1 0.95, precedents 1.00 —
 *   now tuned on, so no longer blind.
 * Second blind round, fixtures 17-18 (written after those fixes, before running the parser on them):
 *   people P 0.88 R 0.88 · roles P 0.88 R 0.88 · quote-speaker P 0.86 R 0.80 F1 0.83 · precedent recall 1.00
 *   (misses: عالم المصريات as a role, a company name after «في شركة …» taken for a person, «أنها» cut
 *   from the quote, «وبحسب X، فإن …»); after fixing those, 1.00 everywhere — tuned on too.
 *   The honest figure for unseen copy is the blind one: roughly people F1 0.9, quote-speaker F1 0.5-0.85.
 */
/**
 * Scores the parser on hand-annotated articles it has never seen (test/fixtures/articles: written for
 * these tests in the style of Arabic wire copy, plus two English ones; names invented, so no lexicon
 * holds them) and fails below the quality bar of issue 3: people F1 0.9, quote-speaker F1 0.85,
 * precedent recall 0.8 (micro-averaged over all articles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { add, f1, precision, recall, score, zero, type Gold, type Score } from './gold.ts';

const dir = join(import.meta.dirname, '../fixtures/articles');
const articles = readdirSync(dir).filter((f) => /\.(ar|en)\.txt$/.test(f)).sort();

describe('parser quality on unseen annotated articles', () => {
  it('has at least 8 Arabic and 1 English fixture', () => {
    expect(articles.filter((f) => f.endsWith('.ar.txt')).length).toBeGreaterThanOrEqual(8);
    expect(articles.filter((f) => f.endsWith('.en.txt')).length).toBeGreaterThanOrEqual(1);
  });

  it('meets the bar: people F1 >= 0.9, quote-speaker F1 >= 0.85, precedent recall >= 0.8', () => {
    let total = { people: zero(), roles: zero(), quotes: zero(), precedents: zero() };
    const rows: string[] = [];
    const fmt = (x: number) => x.toFixed(2).padStart(5);
    for (const f of articles) {
      const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.(ar|en)\.txt$/, '.gold.json')), 'utf8')) as Gold;
      const s: Score = score(parseArticle(readFileSync(join(dir, f), 'utf8')), gold);
      total = { people: add(total.people, s.people), roles: add(total.roles, s.roles), quotes: add(total.quotes, s.quotes), precedents: add(total.precedents, s.precedents) };
      rows.push(`${f.padEnd(22)} ${fmt(precision(s.people))} ${fmt(recall(s.people))} ${fmt(precision(s.roles))} ${fmt(recall(s.roles))} ${fmt(precision(s.quotes))} ${fmt(recall(s.quotes))} ${fmt(precision(s.precedents))} ${fmt(recall(s.precedents))}`);
      for (const m of s.misses) rows.push(`    - ${m}`);
    }
    const t = total;
    rows.push(`${'ALL'.padEnd(22)} ${fmt(precision(t.people))} ${fmt(recall(t.people))} ${fmt(precision(t.roles))} ${fmt(recall(t.roles))} ${fmt(precision(t.quotes))} ${fmt(recall(t.quotes))} ${fmt(precision(t.precedents))} ${fmt(recall(t.precedents))}`);
    rows.push(`F1: people ${f1(t.people).toFixed(3)}, roles ${f1(t.roles).toFixed(3)}, quote-speaker ${f1(t.quotes).toFixed(3)}, precedents ${f1(t.precedents).toFixed(3)}`);
    console.log(`${'article'.padEnd(22)} ppl-P ppl-R rol-P rol-R quo-P quo-R pre-P pre-R\n` + rows.join('\n'));
    expect(f1(t.people)).toBeGreaterThanOrEqual(0.9);
    expect(f1(t.quotes)).toBeGreaterThanOrEqual(0.85);
    expect(recall(t.precedents)).toBeGreaterThanOrEqual(0.8);
  });
});
