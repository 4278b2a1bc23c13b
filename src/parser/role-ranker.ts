/**
 * A learned choice of a person's role among the candidate descriptions the text gives them. The
 * role rules (roles-ar.ts, people-ar.ts) read one role per mention from the heads they know and the
 * structures they were written for; on copy they were not read from they miss appositions, relative
 * clauses and indefinite descriptions, and leak a neighbour's phrase. Here every mention of a person
 * offers candidates read structurally, whatever their head word (roles-ar.ts `mentionRoleOptions`:
 * the rules' answer, the definite phrase before the name, the comma-set or bare phrase after it, a
 * relative clause), plus "no role"; each is described by which readers gave it, its shape and
 * surroundings, and a linear model picks one. The rules' merged role keeps its place unless the
 * learned evidence against it adds up to more than its prior weight (the feature `rule`).
 *
 * Trained by scripts/train-role-ranker.ts (`npm run train:roles`) on the development gold; the
 * weights live in data/role-ranker.json. Only the role string changes: which people are found
 * is decided before, on the rules' role.
 */
import { lightNormAr } from '../text/arabic.ts';
import { stripDiacritics } from '../text/normalize.ts';
import { shippedModel } from './shipped-model.ts';
import { bestCandidate, type RankerModel } from './speaker-ranker.ts';
import { hasArticle, isPlaceOrOrg, RELATIVES, roleHead, verbFrame } from './arabic-words.ts';
import { tokenize, type Token } from './tokens.ts';
import { agentShape } from './role-shape.ts';
import { memo } from '../text/memo.ts';
import { feat } from './feature-names.ts';

/** One candidate role read at one mention: its text and the features of how and where it was read. */
export interface RoleOption {
  text: string;
  /** feature names of the reading (src:READER, side, shape, length …), see roles-ar.ts */
  feats: string[];
  /** offset of the mention it was read at */
  start: number;
}

/**
 * `noneFree`: the model was trained with the rules' "no role" carrying no anchored feature
 * (`npm run train:roles -- --none-free`, roles36), so its candidates are described so when it is used.
 */
export type RoleModel = RankerModel & { noneFree?: boolean };

/**
 * The comparable form of a role: letters and digits only, one space. Memoised: each person's role
 * readings are compared by it several times over, and the same phrases recur across persons.
 */
export const plainRole = memo((s: string): string => stripDiacritics(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

const bucket = (n: number, cuts: readonly number[]): string => {
  for (const c of cuts) if (n <= c) return `${c}`;
  return 'far';
};

/**
 * What the role's words are, from the word lists and not the words themselves: a title head of the
 * lexicon at its start or anywhere in it, a place or organisation, how many words carry the
 * article. (Features of kinds of word, so what is learned carries over to copy with other words.)
 */
const wordKinds = memo(wordKindsOf, 5_000);
/** A role text's tokens, made once for wordKinds and qualityKinds (shared: never changed). */
const roleTokens = memo((text: string): readonly Token[] => (text ? tokenize(text, [{ start: 0, end: text.length, text, para: 0 }], 'ar') : []), 5_000);
function wordKindsOf(text: string): string[] {
  const toks = roleTokens(text);
  if (!toks.length) return [];
  const f: string[] = [];
  const head = roleHead(toks[0]!);
  f.push(head ? 'k:head-title' : 'k:head-other');
  if (toks.slice(1).some((t) => roleHead(t))) f.push('k:title-inside');
  if (!head && !toks.some((t) => roleHead(t))) f.push('k:no-title');
  if (toks.some((t) => isPlaceOrOrg(t))) f.push('k:place');
  const def = toks.filter((t) => hasArticle(t)).length;
  f.push(`k:def-share:${def === 0 ? '0' : def === toks.length ? 'all' : 'some'}`);
  // The first word's agent-noun template, listed or not (roles28): learned mostly from listed heads
  // (مدرب، لاعب، سفير), it is what a head no list holds (خباز، موزع، راقصة) shares with them.
  const shape = agentShape(toks[0]!.text);
  if (shape) f.push('k:agent', `k:agent:${shape}`, head ? 'k:agent|listed' : 'k:agent|unlisted');
  return f;
}

/**
 * Marks of a poor reading (roles38): what a phrase read past the description, or not a description
 * at all, looks like. A relative pronoun or a preposition opening it, an indefinite head followed at
 * once by a preposition (مدرب إلى …، لاعبين من …: a verb's complement, not a title's), a verb, a
 * figure, a place or organisation as its first word, a separate pronoun at its end (… هم، وهما).
 * Kinds of word only, so they carry over to unseen heads. Memoised like wordKinds.
 */
const PREPOSITIONS = new Set(['في', 'من', 'على', 'الى', 'عن', 'مع', 'منذ', 'خلال', 'ضد', 'حتى', 'لدى', 'نحو']);
const PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'وهو', 'وهي', 'وهم', 'وهما', 'وهن']);
const qualityKinds = memo(qualityOf, 5_000);
function qualityOf(text: string): string[] {
  const toks = roleTokens(text);
  if (!toks.length) return [];
  const f: string[] = [];
  const bare = (l: string) => l.replace(/^[وف](?=ال)/, '');
  const l0 = bare(toks[0]!.light);
  if (RELATIVES.has(l0)) f.push('q:rel-open');
  else if (toks.slice(1).some((t) => RELATIVES.has(bare(t.light)))) f.push('q:rel-inside');
  if (PREPOSITIONS.has(l0)) f.push('q:prep-open');
  if (toks.length > 1 && !hasArticle(toks[0]!) && PREPOSITIONS.has(toks[1]!.light)) f.push('q:indef-prep2');
  if (toks.some((t) => verbFrame(t))) f.push('q:verb');
  if (/\p{Nd}/u.test(text)) f.push('q:digit');
  if (isPlaceOrOrg(toks[0]!)) f.push(toks.every((t) => isPlaceOrOrg(t) || hasArticle(t) && isPlaceOrOrg({ ...t, light: t.light.slice(2) })) ? 'q:place-only' : 'q:place-open');
  if (toks.length > 1 && PRONOUNS.has(toks[toks.length - 1]!.light)) f.push('q:pron-end');
  return f;
}

/**
 * Features of a role's own words, whoever read it. Memoised (the list is shared: callers copy
 * it, never change it).
 */
const textFeats = memo(textFeatsOf, 5_000);
function textFeatsOf(text: string): string[] {
  const ws = plainRole(text).split(' ').filter(Boolean);
  const f = [`nw:${bucket(ws.length, [1, 2, 3, 5, 8])}`];
  const first = lightNormAr(ws[0] ?? '');
  if (/^(و|ف)?(ال|لل)/.test(first)) f.push('def');
  if (/(ه|ها|هم|هما)$/.test(first)) f.push('poss1');
  if (/[،,]/.test(text)) f.push('parts');
  if (/["«»“”]/.test(text)) f.push('quoted');
  if (ws.some((w) => /^(ال)?\S{3,}(ي|ية)$/.test(lightNormAr(w)) && lightNormAr(w).startsWith('ال'))) f.push('nisba-shape');
  const last = lightNormAr(ws[ws.length - 1] ?? '');
  if (last.length <= 2 || /^(في|من|على|الى|عن|مع|ان|او)$/.test(last)) f.push('open-end');
  return f;
}

export interface RoleChoice { text: string; feats: string[] }

/**
 * Whether a reading is cut inside a phrase or a clause (role-fragments.ts): such a reading is offered
 * only as the rules' own role. The Arabic finder registers its test when it loads (people-ar.ts): the
 * test reads the finder's word classes, and the finder imports this file, so it cannot be imported here.
 */
let fragmentTest: (text: string) => boolean = () => false;
export function useFragmentTest(test: (text: string) => boolean): void {
  fragmentTest = test;
}

/**
 * The candidates of one person: the rules' merged role first (or "no role" when it has none), then
 * every other distinct reading of any mention, then "no role". A reading given by several readers
 * or mentions is one candidate with all their features, and counts how many gave it.
 */
export function roleCandidates(ruleRole: string, options: readonly RoleOption[], shared: ReadonlySet<string> = new Set(), { cap = 24, noneFree = false }: { cap?: number; noneFree?: boolean } = {}): RoleChoice[] {
  const starts = [...new Set(options.map((o) => o.start))].sort((a, b) => a - b);
  const byText = new Map<string, { text: string; feats: Set<string>; mentions: Set<number>; srcs: Set<string> }>();
  const rulePlain = plainRole(ruleRole);
  const order: string[] = [];
  const add = (text: string, feats: readonly string[], start: number | null) => {
    const key = plainRole(text);
    if (!key) return;
    let e = byText.get(key);
    if (!e) {
      if (order.length >= cap) return;
      e = { text, feats: new Set(), mentions: new Set(), srcs: new Set() };
      byText.set(key, e);
      order.push(key);
    }
    for (const x of feats) { e.feats.add(x); if (x.startsWith('src:')) e.srcs.add(x); }
    if (start !== null) {
      e.mentions.add(start);
      e.feats.add(feat`m:${bucket(starts.indexOf(start), [0, 1, 2])}`);
    }
  };
  if (rulePlain) add(ruleRole, [], null);
  for (const o of options) if (plainRole(o.text) === rulePlain || !fragmentTest(o.text)) add(o.text, o.feats, o.start);
  const out: RoleChoice[] = [];
  if (!rulePlain) out.push({ text: '', feats: noneFeats(true, order.length, noneFree) });
  // (each reading's length in words, and the longest and shortest, counted once for all readings)
  const lens = order.map((o) => o.split(' ').length);
  const longest = Math.max(...lens), shortest = Math.min(...lens);
  for (let at = 0; at < order.length; at++) {
    const key = order[at]!;
    const e = byText.get(key)!;
    const own = [...e.feats];
    const srcs = [...e.srcs].sort();
    const f = ['bias', ...own, ...textFeats(e.text), feat`agree:${bucket(e.mentions.size, [1, 2])}`, feat`srcs:${bucket(srcs.length, [1, 2])}`];
    {
      const kinds = wordKinds(e.text);
      f.push(...kinds);
      f.push(...qualityKinds(e.text));
      // First mention that gave it (the first mention usually carries the role), by reader.
      const firstM = e.mentions.size ? Math.min(...[...e.mentions].map((m) => starts.indexOf(m))) : -1;
      const firstB = firstM < 0 ? 'none' : bucket(firstM, [0, 1]);
      f.push(feat`first:${firstB}`);
      for (const s of srcs) f.push(feat`${s}|first:${firstB}`);
      // Read for another person too: a phrase between two names, or a title shared by a list.
      if (shared.has(key)) { f.push('shared'); for (const s of srcs) f.push(feat`shared|${s}`); for (const k of kinds) f.push(feat`shared|${k}`); }
      // Its place among the other readings: inside a longer one, holding a shorter one.
      if (order.some((o) => o !== key && o.includes(key))) f.push('nest:inside');
      if (order.some((o) => o !== key && key.includes(o))) f.push('nest:holds');
      if (order.length > 1 && lens[at] === longest) f.push('len:longest');
      if (order.length > 1 && lens[at] === shortest) f.push('len:shortest');
      // Agreement across mentions, by the share of the person's mentions that read it.
      if (starts.length > 1) f.push(e.mentions.size / starts.length >= 0.5 ? 'agree-share:half' : 'agree-share:less');
      for (const s of srcs) for (const k of kinds) f.push(feat`${s}|${k}`);
    }
    // Which readers agree on it (the pair says more than either: the rules and a generic reader).
    if (srcs.length > 1) f.push(`pair:${srcs.join('+')}`);
    // What a reader's phrase is worth depends on whether the rules read a role at all.
    const state = rulePlain ? 'rh' : 'rn';
    for (const s of srcs) {
      const ss = feat`${state}|${s}`;
      f.push(ss);
      for (const x of own) if (x.startsWith('head:') || x.startsWith('len:')) f.push(feat`${ss}|${x}`);
    }
    if (key === rulePlain) f.push('rule', feat`rule|${textFeats(e.text)[0]}`);
    else if (rulePlain) {
      // Longer or shorter than the rules' role, and whether it contains it or is contained.
      f.push(key.includes(rulePlain) ? 'alt|extends-rule' : rulePlain.includes(key) ? 'alt|inside-rule' : 'alt|other');
    } else f.push('alt|rule-none');
    out.push({ text: e.text, feats: f });
  }
  if (rulePlain) out.push({ text: '', feats: noneFeats(false, order.length, noneFree) });
  return out;
}

/**
 * The rules' "no role" carries its own anchored feature, `rule-none`, apart from `rule` (the rules'
 * role): the trainer penalises it toward a lower prior (ROLE_NONE_PRIOR in scripts/lib/ranker-examples.ts, below the rules' role's), so how far
 * to trust a "no role" is learnt, and the head-hidden training copies, where a right reading is there
 * and the rules read none because its head is in no list, pull it down a little (roles37).
 * `noneFree`: for training experiments, the "no role" with no anchored feature at all (its trust
 * learnt from 0 as `rule|none`; roles36's `--none-free`); a model so trained says so (RoleModel).
 */
function noneFeats(isRule: boolean, options: number, noneFree: boolean): string[] {
  const f = ['none', feat`none|opts:${bucket(options, [0, 1, 2, 4])}`];
  if (isRule) f.push(...(noneFree ? [] : ['rule-none']), 'rule|none');
  return f;
}

const shipped = shippedModel<RoleModel>('role-ranker.json');
/** The shipped model; null when the data file is absent (the rules alone then decide). */
export const roleRankerModel = (): RoleModel | null => shipped.get();
/** For training and cross-validation only: parse with another model (null: the rules alone). */
export const useRoleRanker = (m: RoleModel | null | undefined): void => shipped.use(m);

/**
 * What the chooser is given for one person: the rules' role, the readings of its mentions, and
 * which of those readings (in plainRole form) were also read at another person's mentions.
 */
export interface RoleInput { ruleRole: string; options: RoleOption[]; shared: string[] }
/** One person's inputs as the trainer sees them, keyed by the person's id. */
export type RoleCollector = (personId: string, input: RoleInput) => void;
let collector: RoleCollector | null = null;
/** For training only: every ranked person is passed to `c` (null: stop collecting). */
export function collectRoleChoices(c: RoleCollector | null): void {
  collector = c;
}

/** Whether roles are ranked (a model is in use or a trainer collects): only then are options read. */
export const roleRankerActive = (): boolean => !!collector || !!roleRankerModel();

/** The role the model picks for a person whose rules gave `ruleRole`; the rules' role without a model. */
export function chooseRole(personId: string, ruleRole: string, options: readonly RoleOption[], shared: readonly string[] = []): string {
  const model = roleRankerModel();
  if (!model && !collector) return ruleRole;
  collector?.(personId, { ruleRole, options: [...options], shared: [...shared] });
  const choices = roleCandidates(ruleRole, options, new Set(shared), { noneFree: !!model?.noneFree });
  if (!model || choices.length < 2) return ruleRole;
  return choices[bestCandidate(choices.map((c) => c.feats), model.weights, model.margin ?? 0)]!.text;
}
