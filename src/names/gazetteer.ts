/**
 * Person-name gazetteer for the parser, from the same real pairs as the transliteration model:
 * whether an Arabic word is attested as a token of people's names, and how strongly.
 *
 * It is evidence, never a verdict: the data hold every token of every Wikidata person, so
 * common words that are also names (أمل, سلطان), regnal ordinals (الأول "I", الثاني "II"),
 * titles (الأميرة "princess") and places in names (النمسا "Austria") are in it too. Use it to
 * tip a decision the parser already has reasons for (a capitalised-looking sequence after a
 * speech verb, a given name before it), never to make a name alone. The data do not say
 * whether a token was a given or a family name, so neither does this.
 */
import { cliticVariants, normAr } from './normalize.ts';
import { model } from './translit/model.ts';
import { arModelForm } from './translit/forms.ts';

export interface NameTokenEvidence {
  /** Wikidata people whose name has this token (any Latin spelling) plus Google name pairs */
  count: number;
  /** distinct Latin spellings on record */
  spellings: number;
  /** the most common Latin spelling (lower-case) */
  latin: string;
  /** the matching form that was found: the word itself, or the word without a clitic */
  form: string;
  /** found only after removing a clitic or the article (و، ب، ل، ف، ك، ال): weaker */
  viaClitic: boolean;
  /** the token's commonest spelling is a Roman numeral: a regnal ordinal (الثاني), not a name */
  ordinal: boolean;
}

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Evidence that an Arabic word is a person-name token, or null when the data never saw it. */
export function nameTokenEvidence(word: string): NameTokenEvidence | null {
  const key = normAr(word.slice(0, 60));
  if (!key || key.includes(' ')) return null;
  const { ar2en } = model();
  for (const form of cliticVariants(key)) {
    const list = ar2en.get(form);
    if (!list?.length) continue;
    let count = 0;
    let top = list[0]!;
    for (const e of list) {
      count += e.wikidata + e.google;
      if (e.wikidata + e.google > top.wikidata + top.google) top = e;
    }
    return { count, spellings: list.length, latin: top.text, form, viaClitic: form !== key, ordinal: ROMAN.test(top.text) };
  }
  return null;
}

/**
 * How much an Arabic word is spelled like a person's name: the mean log-probability per letter
 * (end of word included) under the character model of the names data's Arabic spellings. Names
 * never seen (تشالهانوغلو، أكسينير) still read as names here (about -2.1 to -2.9); common words and
 * verbs (باستخدام، يتحرك، احتجاجا) mostly lower (-3 to -4). Evidence for a learned model, like
 * nameTokenEvidence; null for a word with no Arabic letters.
 */
export function nameSpellingScore(word: string): number | null {
  const f = arModelForm(word);
  if (!f) return null;
  return model().arLM.score(f) / ([...f].length + 1);
}
