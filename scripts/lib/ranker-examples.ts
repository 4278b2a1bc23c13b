/**
 * The training examples of the three learned choosers (role ranker, speaker ranker, precedent
 * classifier) from one gold article's parse, and their training settings. Shared by their trainers
 * (scripts/train-role-ranker.ts, train-speaker-ranker.ts) and by `npm run cv:people -- --all-models`,
 * which trains all three without each held-out fold, so its role, speaker and precedent figures are
 * out of sample like its people figure.
 */
import { readFileSync } from 'node:fs';
import type { Briefing, Person } from '../../src/briefing/types.ts';
import { fold, personFor, roleOverlap, strictRoleRight, type Gold, type GoldPerson } from '../../src/eval/gold-score.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { precedentFeatures, usePrecedentModel, type PrecedentModel } from '../../src/parser/precedent-classifier.ts';
import { trainLogistic, type SentenceExample } from '../../src/parser/precedent-classifier-train.ts';
import { readSentences } from '../../src/parser/precedents.ts';
import { collectRoleChoices, roleCandidates, useRoleRanker, type RoleInput, type RoleModel } from '../../src/parser/role-ranker.ts';
import { collectRankings, useSpeakerRanker, type RankedOption, type RankerModel } from '../../src/parser/speaker-ranker.ts';
import { RULE_PRIOR, trainSoftmax, type RankExample } from '../../src/parser/speaker-ranker-train.ts';
import { referenceMonth, referenceYear } from '../../src/parser/years.ts';
import type { Item } from './gold.ts';
import { matchedRankings, speakerExample } from './ranked-quotes.ts';

/** The trainers' defaults (each trainer's --l2/--prior override them for its own runs). */
// 60 since the shipped role ranker also trains on head-hidden readings (roles31); so do cv:people
// --all-models's fold models since roles33 (ArticleExamples.hiddenRoles).
export const ROLE_L2 = 60;
export const ROLE_PRIOR = 2;
// The rules' "no role" (role-ranker.ts `rule-none`) anchored apart and lower (roles37): 1.5–1.75 gain
// two odd-half people with the cross-validation held; 1.25 and below lose in CV, 2 is the old model.
// roles41: with the rules reading more unlisted heads (roles-ar.ts shaped rules), a "no role" left is
// less often the rules' blind spot, and at 1.75 the even-trained model stopped overriding it on the
// odd half (+3, was +7); 1.25 keeps CV (86.7, hidden 85.7) and the odd half (+7) (docs/eval.md).
export const ROLE_NONE_PRIOR = 1.25;
/** The anchored features of the role ranker and their priors (trainSoftmax's `prior`). */
export const rolePriors = (prior = ROLE_PRIOR, none = ROLE_NONE_PRIOR): Record<string, number> => ({ rule: prior, 'rule-none': none });
export const SPEAKER_L2 = 10;
export const PRECEDENT_L2 = 2;
export const PRECEDENT_MIN = 3;

/**
 * One gold person's role inputs as the parser gave them (raw: the features are recomputed when trained).
 * `others` and `own`: the names the eval's strict role test reads (the article's other gold and found
 * people; the person's own gold and found name), for the trainers' role-strict figures only.
 */
export interface RoleRaw { id: string; input: RoleInput; want: string; others?: string[]; own?: string }
/** `strictRight`: each candidate right by the eval's strict role test (strictRoleRight), for the figures only. */
export interface RoleExample extends RankExample { evalRight: boolean[]; strictRight: boolean[]; texts: string[]; want: string }

/**
 * The gold people of an Arabic article matched to the parse's people (the eval's matching: each gold
 * person to at most one found person), with the role inputs the collector saw for them.
 */
export function roleRawOf(id: string, gold: Gold, b: Briefing, seen: ReadonlyMap<string, RoleInput>): RoleRaw[] {
  const raw: RoleRaw[] = [];
  if (b.lang !== 'ar') return raw;
  const taken = new Set<Person>();
  for (const g of gold.people as GoldPerson[]) {
    const p = personFor(g, b.people.filter((x) => !taken.has(x)));
    if (!p) continue;
    taken.add(p);
    const input = seen.get(p.id);
    if (!input) continue;
    // the names evaluate() gives the strict role test
    const others = [...gold.people.filter((x) => x !== g).map((x) => x.ar ?? ''), ...b.people.filter((x) => x !== p).map((x) => x.name.ar)];
    raw.push({ id, input, want: g.role_ar ?? '', others, own: `${g.ar ?? ''} ${p.name.ar}` });
  }
  return raw;
}

/**
 * The candidates of one gold person, each right or wrong. `evalRight` is the eval's test (for the
 * figures); `right` with `strict` also asks at least half the candidate's words in the gold (the eval
 * asks only the reverse, so learning from it would teach the model to pick long phrases).
 * `noneFree`: the rules' "no role" without its anchored feature (train:roles --none-free).
 */
export function roleExampleOf(r: RoleRaw, strict = true, noneFree = false): RoleExample {
  const choices = roleCandidates(r.input.ruleRole, r.input.options, new Set(r.input.shared), { noneFree });
  const want = r.want;
  const evalRight = choices.map((c) => (want ? !!c.text && roleOverlap(c.text, want) >= 0.5 : !c.text));
  const right = strict ? choices.map((c, i) => evalRight[i]! && (!c.text || roleOverlap(want, c.text) >= 0.5)) : evalRight;
  const strictRight = choices.map((c) => strictRoleRight(c.text, want, r.others ?? [], r.own ?? ''));
  return { id: r.id, feats: choices.map((c) => c.feats), right, evalRight, strictRight, texts: choices.map((c) => c.text), want };
}

/** The speaker examples of one parse: each gold quote the eval matches, with the candidates ranked for it. */
export function speakerExamplesOf(id: string, gold: Gold, b: Briefing, seen: ReadonlyMap<object, RankedOption[]>): RankExample[] {
  return matchedRankings(gold, b.quotes, seen).map((r) => speakerExample(id, gold, r));
}

/** Every sentence of an Arabic parse as a precedent example (does it hold a gold precedent's anchor). */
export function precedentRowsOf(id: string, gold: Gold, b: Briefing, publishedAt?: string): SentenceExample[] {
  if (b.lang !== 'ar') return [];
  const readings = readSentences(b.sentences, 'ar', referenceYear(publishedAt), referenceMonth(publishedAt));
  const anchors = gold.precedents.map((g) => fold(g.anchor));
  return b.sentences.map((s, i) => ({ id, feats: precedentFeatures(readings, b.sentences, i), gold: anchors.some((a) => fold(s.text).includes(a)) }));
}

/**
 * The three choosers' examples of one article. `hiddenRoles`: the same article's role inputs read with
 * the head lists hidden by its fold (scripts/lib/role-hidden.ts), a second training copy as
 * `train:roles` uses (absent: the role model trains on the plain reading only).
 */
export interface ArticleExamples { id: string; roles: RoleRaw[]; hiddenRoles?: RoleRaw[]; speakers: RankExample[]; precedents: SentenceExample[] }

/**
 * One gold article parsed once with the rules alone deciding (no role, speaker or precedent model),
 * every chooser's candidates recorded. (Each trainer parses with the other choosers' shipped models
 * on; here none is on, since the shipped ones have seen every article: a small difference, see
 * docs/eval.md round fifteen cvhonest31.)
 */
export function articleExamples(it: Item): ArticleExamples {
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const publishedAt = gold.date ?? undefined;
  const roleSeen = new Map<string, RoleInput>();
  const quoteSeen = new Map<object, RankedOption[]>();
  useRoleRanker(null); useSpeakerRanker(null); usePrecedentModel(null);
  collectRoleChoices((id, input) => roleSeen.set(id, input));
  collectRankings((q, options) => quoteSeen.set(q, options));
  let b: Briefing;
  try {
    b = parseArticle(readFileSync(it.text, 'utf8'), publishedAt ? { meta: { publishedAt } } : {});
  } finally {
    collectRoleChoices(null); collectRankings(null);
    useRoleRanker(undefined); useSpeakerRanker(undefined); usePrecedentModel(undefined);
  }
  return { id: it.id, roles: roleRawOf(it.id, gold, b, roleSeen), speakers: speakerExamplesOf(it.id, gold, b, quoteSeen), precedents: precedentRowsOf(it.id, gold, b, publishedAt) };
}

/** The three choosers trained on `train` with the trainers' defaults; the shipped files give margins and thresholds. */
export function trainChoosers(train: readonly ArticleExamples[], shipped: { role: RoleModel | null; speaker: RankerModel | null; precedent: PrecedentModel | null }): { role: RoleModel; speaker: RankerModel; precedent: PrecedentModel } {
  // (each article's plain reading, then its head-hidden one: the order train:roles gives after its sort by id)
  const role = trainSoftmax(train.flatMap((a) => [...a.roles, ...(a.hiddenRoles ?? [])].map((r) => roleExampleOf(r))), ROLE_L2, 300, rolePriors());
  const speaker = trainSoftmax(train.flatMap((a) => a.speakers), SPEAKER_L2, 300, RULE_PRIOR);
  const precedent = trainLogistic(train.flatMap((a) => a.precedents), PRECEDENT_L2, 200, PRECEDENT_MIN);
  const p = shipped.precedent;
  return {
    role: { margin: shipped.role?.margin ?? 0, weights: role },
    speaker: { margin: shipped.speaker?.margin ?? 0, weights: speaker },
    precedent: { keep: p?.keep ?? 0.1, add: p?.add ?? 0.35, ...(p?.run === undefined ? {} : { run: p.run }), weights: precedent },
  };
}
