/**
 * The shape of a word that may name what a person does, read from Arabic morphology rather than from
 * a list of words (roles28, issue 11): on unseen copy about half the roles open on a head in no hand
 * list (ROLE_HEADS, DESCRIBER_HEADS), and the hand lists were fitted to the development articles.
 * Agent and occupation nouns are built on a few templates whatever the root: the participles with
 * م (مُفعِّل مدرب، مُفعِل مدير، مُفاعِل مهاجم، مُتفعِّل متحدث، مُتفاعِل متسابق، مُستفعِل مستثمر، مُنفعِل),
 * فاعِل (لاعب، حارس، خادم), فعيل (سفير، زعيم) and فعّال (خباز، رسام), each also feminine (ـة),
 * plural (ـون/ـين/ـات, ـو/ـي in construct), with the article and with a possessive ending.
 *
 * Unvowelled, the templates also fit many other nouns (مجلس، مكتب، كتاب، كبير): the shape is a
 * feature the role ranker weighs (role-ranker.ts), never a rule that makes a role by itself.
 */
import { lightNormAr } from '../text/arabic.ts';
import { memo } from '../text/memo.ts';

export type AgentShape = 'mu' | 'mut' | 'must' | 'fa3il' | 'fa3iil' | 'fa33al';

// A letter of the root: any Arabic letter (weak radicals و ي and hamza seats included).
const C = '[\\u0621-\\u064A]';
const TEMPLATES: readonly [AgentShape, RegExp][] = [
  // مستفعِل، مستفعال (مستثمر، مستشار)
  ['must', new RegExp(`^مست${C}{3}$|^مست${C}{2}ا${C}$`)],
  // متفعِّل، متفاعِل (متحدث، متسابق، متطوع)
  ['mut', new RegExp(`^مت${C}{3}$|^مت${C}ا${C}{2}$`)],
  // مفعِّل، مفعِل، مفاعِل، مفعلِل، منفعِل (مدرب، مدير، مهاجم، مهندس، منسق)
  ['mu', new RegExp(`^م${C}{3}$|^م${C}ا${C}{2}$|^م${C}{4}$`)],
  // فاعِل (لاعب، حارس، قاضي)
  ['fa3il', new RegExp(`^${C}ا${C}{2}$`)],
  // فعيل (سفير، زعيم، رئيس)
  ['fa3iil', new RegExp(`^${C}{2}ي${C}$`)],
  // فعّال (خباز، رسام)
  ['fa33al', new RegExp(`^${C}{2}ا${C}$`)],
];

/** Endings of number, gender and case that an agent noun takes, longest first (ة is ت before a pronoun). */
const ENDINGS = ['تان', 'تين', 'ات', 'ون', 'ين', 'ان', 'ة', 'ت', 'و', 'ي', ''];
const POSSESSIVE = /(ه|ها|هم|هما|هن|ي)$/;

function templateOf(stem: string): AgentShape | null {
  // ا as the first letter after م is no template here (مالي، ماليزيا), nor a final ا.
  if (stem.length < 4 || stem.length > 6 || stem.endsWith('ا') || stem.startsWith('ما')) return null;
  for (const [name, re] of TEMPLATES) if (re.test(stem)) return name;
  return null;
}

/**
 * The agent-noun template a word fits (after و/ف, the article or لل, a possessive ending and an
 * ending of number or gender), or null. Tried from the fewest letters taken off to the most, so a
 * word that fits as written is not cut further.
 */
export const agentShape: (word: string) => AgentShape | null = memo((word: string): AgentShape | null => {
  let w = lightNormAr(word).replace(/[^\u0621-\u064A]/g, '');
  if (/^[وف]/.test(w) && w.length > 4) w = w.slice(1);
  if (w.startsWith('لل') && w.length > 5) w = w.slice(2);
  else if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  const bases = [w];
  const m = POSSESSIVE.exec(w);
  if (m && w.length - m[0].length >= 4) bases.push(w.slice(0, w.length - m[0].length));
  for (const b of bases) {
    for (const e of ENDINGS) {
      if (e && !b.endsWith(e)) continue;
      // ت is the feminine ending only before a possessive; ي the construct plural only after a consonant-final stem
      if (e === 'ت' && b === w) continue;
      const s = b.slice(0, b.length - e.length);
      const t = templateOf(s);
      if (t) return t;
    }
  }
  return null;
}, 20_000);
