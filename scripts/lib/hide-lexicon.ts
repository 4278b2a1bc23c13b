/**
 * Lexicon entries to hide while scoring held-out articles (`npm run cv:people -- --hide-lexicon`).
 * data/lexicon/people.json and given-names.json were grown while reading the development articles,
 * so a held-out article's people may be in them: cross-validation that holds out only the tagger
 * still lets the lexicon remember them. Hidden here:
 *   - every lexicon person who is (by the eval's own matcher, Arabic or English) a gold person of the
 *     held-out articles;
 *   - with `given`, every given name (any spelling) that is a word of a held-out gold person's Arabic
 *     name and of no gold person of the training articles (a name the training copy never showed
 *     could only have been added from the held-out copy; محمد stays, seen everywhere).
 */
import type { LexiconHiding } from '../../src/names/lexicon.ts';
import { normAr } from '../../src/names/normalize.ts';
import { sameName, type Gold } from '../../src/eval/gold-score.ts';

const arWords = (s: string) => normAr(s).split(' ').filter(Boolean);

export function hidingFor(heldOut: readonly Gold[], training: readonly Gold[], given: boolean): LexiconHiding {
  const held = heldOut.flatMap((g) => g.people);
  const person = (p: { ar: string; arVariants: string[]; en: string; aliases: string[] }) =>
    held.some((g) =>
      (g.ar && [p.ar, ...p.arVariants].some((f) => sameName(f, g.ar!))) ||
      (!!g.en && [p.en, ...p.aliases].some((l) => sameName(l, g.en))));
  if (!given) return { person };
  const seen = new Set(training.flatMap((g) => g.people.flatMap((p) => (p.ar ? arWords(p.ar) : []))));
  const heldWords = new Set(held.flatMap((p) => (p.ar ? arWords(p.ar) : [])).filter((w) => !seen.has(w)));
  return { person, given: (g) => [g.ar, ...g.arVariants].some((f) => heldWords.has(normAr(f))) };
}
