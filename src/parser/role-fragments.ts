/**
 * Fragment readings (roles57): a candidate role whose words start or end inside a phrase or a clause
 * is no description, and the role ranker (role-ranker.ts) is not offered it. roles56 found the ranker
 * cannot learn to trust a right alternative while the same readers also offer fragments that look like
 * it (a verb and its subject, a phrase cut on a particle or a figure); without them it can.
 *
 * The shapes were counted on the even ids (`scripts/role-option-shapes.ts`): over every gold person,
 * each reading whose first, last or only word is of one kind, right or wrong by the eval's role test.
 * A shape is a fragment when no reading of it was ever right there. Kinds of word only, never the
 * words of the failures: a reading
 * - of one word that carries neither the article nor a describing head (a verb, a particle, a bare noun),
 *   or is a function word or a weekday even with the article;
 * - opening on a complementiser, a verb of saying or a figure;
 * - ending on a figure, a listed verb, a weekday, a complementiser, a relative or a preposition (the
 *   phrase runs on past it);
 * - holding a verb of saying inside.
 * (Also filtering the shapes that are right only beside a cleaner right reading, a clause particle or a
 * listed verb at the start, a particle or a separate pronoun at the end, a particle inside: the trainer's
 * held-out figures rose, odd role fell 87.3 → 87.0; docs/eval.md roles57.)
 */
import { hasArticle, isComplementiser, isPlaceOrOrg, isSpeechVerb, isTimeWord, RELATIVES, roleHead, verbFrame } from './arabic-words.ts';
import { FREE_PREPOSITIONS } from './cues-ar.ts';
import { tokenize, type Token } from './tokens.ts';
import { lightNormAr } from '../text/arabic.ts';
import { memo } from '../text/memo.ts';

/**
 * The word tests of the Arabic person finder and role reader that the shapes read. They are handed
 * in by people-ar.ts, which marks its readings, rather than imported: the role ranker sits below the
 * finder, and a file the finder imports may not import the finder back (test/import-cycles.test.ts).
 */
export interface WordTests {
  clauseParticle(light: string): boolean;
  verbShaped(t: Token): boolean;
  describerHead(t: Token): boolean;
  isNisba(t: Token): boolean;
}

/** Particles and auxiliaries that open or close a clause, beside people-ar.ts CLAUSE_PARTICLES. */
const PARTICLES = new Set(['فيما', 'حيث', 'لكن', 'ولكن', 'ثم', 'قد', 'وقد', 'فقد', 'لا', 'ولا', 'الا', 'سوى', 'كما', 'بل', 'اما', 'لقد', 'وما', 'ما', 'او', 'ام', 'اذ', 'مما', 'بعد', 'قبل', 'منذ', 'خلال', 'عند', 'حتى', 'وفيما', 'وحيث', 'كان', 'وكان', 'وكانت', 'كانت'].map(lightNormAr));
const PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'وهو', 'وهي', 'وهم', 'وهما', 'وهن'].map(lightNormAr));

/** The kinds of one word (several may hold). */
function kinds(t: Token, w: WordTests): string[] {
  const k: string[] = [];
  const l = t.light;
  if (FREE_PREPOSITIONS.has(l)) k.push('prep');
  if (w.clauseParticle(l) || PARTICLES.has(l)) k.push('particle');
  if (isComplementiser(t)) k.push('comp');
  // (a verb of saying that is also a title, طالب "student" / "demanded", is read as the title)
  if (isSpeechVerb(t) && !w.describerHead(t) && !roleHead(t)) k.push('say');
  if (w.verbShaped(t)) k.push('verbshape');
  if (verbFrame(t)) k.push('verbframe');
  if (RELATIVES.has(l.replace(/^[وف](?=ال)/, ''))) k.push('rel');
  if (/\p{Nd}/u.test(t.text)) k.push('digit');
  if (isTimeWord(t)) k.push('time');
  if (PRONOUNS.has(l)) k.push('pron');
  if (isPlaceOrOrg(t)) k.push('place');
  const art = hasArticle(t);
  if (w.describerHead(t) || roleHead(t)) k.push('describer');
  else if (art && w.isNisba(t)) k.push('nisba');
  else if (art) k.push('def');
  else if (/^[وف]/.test(l)) k.push('w-bare');
  else k.push('bare');
  return k;
}

/**
 * The shape tags of a reading: `one:KIND` for a one-word reading, else `first:KIND`, `last:KIND` and
 * `inner:KIND` (verbs, particles, complementisers only), and `inner:comp-norel`.
 */
export function fragmentShapes(text: string, w: WordTests): string[] {
  const toks = text ? tokenize(text, [{ start: 0, end: text.length, text, para: 0 }], 'ar') : [];
  if (!toks.length) return [];
  const out: string[] = [];
  const f = kinds(toks[0]!, w);
  if (toks.length === 1) return f.map((x) => `one:${x}`);
  for (const x of f) out.push(`first:${x}`);
  for (const x of kinds(toks[toks.length - 1]!, w)) out.push(`last:${x}`);
  for (const t of toks.slice(1, -1)) for (const x of kinds(t, w)) if (/^(verb|say|particle|comp)/.test(x)) out.push(`inner:${x}`);
  if (out.includes('inner:comp') && !f.includes('rel')) out.push('inner:comp-norel');
  return [...new Set(out)];
}

const ONE_OK = new Set(['describer', 'nisba', 'def', 'place']);
const ONE_BAD = new Set(['particle', 'comp', 'say', 'verbframe', 'verbshape', 'time', 'prep', 'rel', 'pron', 'digit']);
const FRAGMENTS = new Set([
  'first:comp', 'first:say', 'first:digit',
  'last:digit', 'last:verbframe', 'last:time', 'last:comp', 'last:rel', 'last:prep',
  'inner:say',
]);

/** The test whether a candidate reading is a fragment (see above), over the finder's word tests. Memoised: readings recur across a person's mentions. */
export function fragmentReader(w: WordTests): (text: string) => boolean {
  return memo((text: string): boolean => {
    const s = fragmentShapes(text, w);
    if (s[0]?.startsWith('one:')) {
      const k = s.map((x) => x.slice(4));
      return k.some((x) => ONE_BAD.has(x)) || !k.some((x) => ONE_OK.has(x));
    }
    return s.some((x) => FRAGMENTS.has(x));
  }, 5_000);
}
