/**
 * Lexicon entries to hide while scoring held-out articles (`npm run cv:people -- --hide-lexicon`).
 * data/lexicon/people.json and given-names.json were grown while reading the development articles,
 * so a held-out article's people may be in them: cross-validation that holds out only the tagger
 * still lets the lexicon remember them. Hidden here:
 *   - every lexicon person who is (by the eval's own matcher, Arabic or English) a gold person of the
 *     held-out articles;
 *   - with `given`, every given name (any spelling) that is a word of a held-out gold person's Arabic
 *     name and of no gold person of the training articles (a name the training copy never showed
 *     could only have been added from the held-out copy; محمد stays, seen everywhere);
 *   - with `listHidingFor` (`--hide-lists`), every organisation and place whose Arabic forms the
 *     held-out texts write and no training text does (the same bound for entries no gold lists).
 */
import type { LexiconHiding, LexOrg, LexPlace } from '../../src/names/lexicon.ts';
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

/**
 * Organisations and places only the held-out texts write (any Arabic form, normalised, anywhere in
 * the text: a prefix such as و or ب still holds it). An entry no training text shows could only
 * have been added while reading the held-out copy, or from knowledge a reader of unseen copy has
 * too: a strict bound, as `given` is.
 */
export function listHidingFor(heldTexts: readonly string[], trainTexts: readonly string[]): Pick<LexiconHiding, 'org' | 'place'> {
  const held = heldTexts.map((t) => ` ${normAr(t)} `);
  const train = trainTexts.map((t) => ` ${normAr(t)} `);
  const only = (e: LexOrg | LexPlace) => {
    const forms = [e.ar, ...e.arVariants].map(normAr).filter(Boolean);
    return forms.some((f) => held.some((t) => t.includes(f))) && !forms.some((f) => train.some((t) => t.includes(f)));
  };
  return { org: only, place: only };
}
