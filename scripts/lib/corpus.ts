/**
 * Reading an ANT-style corpus folder (NNN.txt: headline line then body; NNN.abstract.txt: the
 * outlet's abstract) for the summary scripts. Scripts only: tests and the product never read
 * the shared corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sentences } from '../../src/text/segment.ts';
import { rouge, tokens } from './rouge.ts';

export interface CorpusArticle {
  id: string;
  text: string;
  abstract: string | null;
}

/** `../shared/<rel>` beside the checkout (a worktree may sit one level deeper: look upwards). */
export function findShared(rel: string): string {
  let d = join(import.meta.dirname, '../..');
  for (let i = 0; i < 4; i++) {
    const p = join(d, '..', 'shared', rel);
    if (existsSync(p)) return p;
    d = dirname(d);
  }
  throw new Error(`no ../shared/${rel} found: give the corpus folder as an argument`);
}

export function loadCorpus(dir: string): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const ab = join(dir, `${id}.abstract.txt`);
      const abstract = existsSync(ab) ? readFileSync(ab, 'utf8').trim() : '';
      return { id, text: readFileSync(join(dir, f), 'utf8'), abstract: abstract || null };
    });
}

/** The body's sentences as written (headline line dropped), for the Lead-N baselines. */
export function leadSentences(text: string): string[] {
  const body = text.replace(/\r\n?/g, '\n').replace(/^[^\n]*\n/, '');
  return sentences(body, 'ar').map((s) => s.text);
}

/** The abstract copies the lead sentence: the same words, or the lead cut off part-way. */
export function isLeadCopy(abstract: string, lead: string): boolean {
  const a = tokens(abstract);
  const l = tokens(lead);
  if (!a.length || !l.length) return false;
  const prefix = a.length <= l.length && a.every((w, i) => w === l[i] || (i === a.length - 1 && l[i]!.startsWith(w)));
  return prefix || rouge(lead, abstract).r1.f >= 0.9;
}

/** The blind slice: every 5th article. */
export function isBlind(id: string): boolean {
  return Number(id) % 5 === 0;
}
