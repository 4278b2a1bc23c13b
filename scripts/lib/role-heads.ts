/**
 * Which hand-listed head words the gold's roles open on, and in how many articles (for
 * scripts/role-heads-study.ts): a head the gold meets in one development article only was most
 * likely listed while that article was studied, so an unseen article would not have had it.
 */
import { roleHead } from '../../src/parser/arabic-words.ts';
import { DESCRIBER_HEADS } from '../../src/parser/roles-ar.ts';
import { CONSTRUCT_ONLY_HEADS, ROLE_HEADS } from '../../src/parser/cues-ar.ts';
import { lightNormAr } from '../../src/text/arabic.ts';
import { stripDiacritics } from '../../src/text/normalize.ts';
import type { Token } from '../../src/parser/tokens.ts';

/** The listed head (ROLE_HEADS through roleHead, else DESCRIBER_HEADS with و and ال off) a word is, or null. */
export function listedHead(word: string): string | null {
  const light = lightNormAr(stripDiacritics(word).replace(/[^\u0621-\u064A]/g, ''));
  if (!light) return null;
  const h = roleHead({ light } as Token)?.head;
  if (h) return h;
  const bare = light.replace(/^و(?=ال)/, '').replace(/^ال/, '');
  return DESCRIBER_HEADS.has(bare) ? bare : null;
}

/** The first word of each comma-set description of a gold role (السناتور، ديمقراطي بارز … → both). */
export function openingWords(role: string): string[] {
  return role.split(/[،,؛;]/).map((p) => p.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** Per listed head, the articles whose gold roles open on it. */
export function headArticles(golds: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [id, roles] of golds) for (const role of roles) for (const w of openingWords(role)) {
    const h = listedHead(w);
    if (!h) continue;
    if (!out.has(h)) out.set(h, new Set());
    out.get(h)!.add(id);
  }
  return out;
}

/** The heads met in one article only. */
export function singletonHeads(golds: ReadonlyMap<string, readonly string[]>): string[] {
  return [...headArticles(golds)].filter(([, s]) => s.size === 1).map(([h]) => h).sort();
}

/**
 * Takes out of the hand lists (ROLE_HEADS, DESCRIBER_HEADS, CONSTRUCT_ONLY_HEADS) every listed head
 * the gold's roles open on only in held-out articles, so the lists behave as if those articles had
 * never been read (roles28's honest measure). Must run before any parse: word classes are memoised.
 * Returns the heads taken out.
 */
export function hideHeldHeads(golds: ReadonlyMap<string, readonly string[]>, held: (id: string) => boolean, atMost = Infinity): string[] {
  const hidden = [...headArticles(golds)].filter(([, arts]) => arts.size <= atMost && [...arts].every(held)).map(([h]) => h).sort();
  for (const h of hidden) for (const s of [ROLE_HEADS, DESCRIBER_HEADS, CONSTRUCT_ONLY_HEADS]) (s as Set<string>).delete(h);
  return hidden;
}
