/**
 * A learned choice among the possible speakers of a quotation. The rules of quotes-ar.ts read one
 * speaker from the syntax (the subject of the speech verb, the source after بحسب, the last speaker
 * for وأضاف); they go wrong when the subject is cut off, when a described source stands beside a
 * person, or when the discourse's speaker is not the nearest name. Here every plausible speaker
 * in scope is a candidate (the rules' choice, each person named in the sentence or the one before,
 * each described source or body, the last speaker, and "unattributed"), described by a few features
 * (where it stands relative to the verb and the quotation, whether it is a preposition's object,
 * what kind of speaker it is, what the rules chose), and a linear model picks the best.
 *
 * Trained by scripts/train-speaker-ranker.ts (`npm run train:speakers`) on the development gold; the
 * weights live in data/speaker-ranker.json. Deterministic and offline.
 */
import { shippedModel } from './shipped-model.ts';
import { featureNames, siteWeightsOf, type Emit } from './feature-names.ts';

export type CandidateType = 'person' | 'named' | 'described' | 'body' | 'unattributed';
export type VerbClass = 'speech' | 'continuation' | 'denial' | 'report' | 'according' | 'none';

/** Where a candidate is mentioned, relative to the quotation's cue (its verb, else its first word). */
export interface Mention {
  /** signed token distance from the cue (negative: before it) */
  dist: number;
  /** sentences back from the quotation's sentence (0: the same one) */
  sentBack: number;
  /** the first word after the cue (past adverbs): the verb's subject position */
  subjectSlot: boolean;
  /** the object of a preposition (ل، ب، مع، إلى …), hence not the one speaking */
  object: boolean;
  /** inside the quoted words themselves */
  inQuote: boolean;
  /** a comma or quotation mark stands between it and the cue */
  punctBetween: boolean;
  /** the mention opens its sentence or clause */
  clauseStart: boolean;
  /**
   * The phrase that introduces it: after بحسب/وفقا لـ/نقلا عن ('according': the original source,
   * not the outlet relaying it), after عن alone (نقلت الوكالة عن X: again the source), else none.
   */
  via?: 'according' | 'an' | null;
  /** the possessor of a title in construct (محامية إيفانز): someone else's lawyer or wife speaks */
  possessor?: boolean;
  /** inside a relative clause (الاتفاق الذي أبرمه سلفه X): describing a noun, not speaking */
  relative?: boolean;
  /** the name after «title possessor،» (محامي واينستين، بن برافمان): the title's holder */
  holder?: boolean;
  /** clause boundaries between it and the cue (commas, colons, complementisers, a sentence end): distance in clauses, not tokens */
  clauses?: number;
}

export interface SpeakerCandidate {
  type: CandidateType;
  /** the rules' own choice */
  rule: boolean;
  /** the speaker of the previous attributed quotation */
  last: boolean;
  /** nearest mention in scope, when the candidate is named in the text near the quotation */
  mention: Mention | null;
  /** how often the person is named in the article (persons only) */
  mentions: number;
  hasRole: boolean;
  /** the phrase opens with a means of speaking (بيان، تقرير، تعبيره), not a speaker */
  medium: boolean;
  /** words in the speaker's name or description */
  words: number;
  /**
   * Whether the gender the verb of saying marks (قالت / قال) and the candidate's (a person's as the
   * article marks it, a description's by its title: المتحدثة) agree; null when either is unmarked.
   */
  gender?: 'agree' | 'clash' | null;
  /** the candidate already spoke in the article (an earlier quotation was given to it) */
  spoke?: boolean;
  /** how recently it spoke among the article's speakers (1: the latest), when among the last three */
  recent?: number;
  /**
   * What a described source's, body's or bare name's first word is: a title (المتحدث), an unnamed
   * source's head (مسؤول، الوزارة), an outlet (صحيفة), a place or body, a known name, or none of
   * these (آنذاك، تقديرات: a phrase read wrongly as a speaker).
   */
  head?: 'role' | 'unnamed' | 'outlet' | 'place' | 'name' | 'other';
  /** the person its paragraph names most often (twice at least) */
  topic?: boolean;
  /** the statement or report phrase itself (بيان للحكومة) whose issuer the rules chose */
  issued?: boolean;
  /** the body that issued, sentences before, the statement the quotation's «البيان» refers back to */
  stmtBack?: boolean;
  /** a crowd or quantity of people (البعض، العشرات، النواب، العديد من الخبراء، نحو 300 شخص) */
  group?: boolean;
  /** the crowd stands right beside the verb of saying (البعض يرى، قال العشرات): its subject */
  groupSubj?: boolean;
  /** the rules' choice (a title, a description, another spelling) may refer to this candidate */
  coref?: boolean;
  /**
   * The written shape of a phrase's first word (non-persons): a preposition glued on (بالقول، لنص),
   * a pronoun suffix (خلالها، سيادته، محاميه), a present-tense verb's prefix (ويعرف، تقول), the
   * article (الشركة), or bare. Misread phrases (a verb, an adverb) take the first three shapes.
   */
  shape?: 'prep' | 'pron' | 'verb' | 'def' | 'bare';
  /**
   * The nearest person named before the quotation's cue, up to three sentences back, who is no
   * preposition's object, not inside quoted words and not of the other gender than the verb: what
   * an unstated or pronoun subject (وأضاف، لكنه قال، وقال الرجل) refers back to.
   */
  ante?: boolean;
  /** the person the article names most often (three times at least, alone at the top) */
  protagonist?: boolean;
  /**
   * The nearest person before the cue, up to six sentences back, who opens a sentence as its
   * subject (وفازت X …، X قال) and is not of the other gender than the verb: the topic a paragraph's
   * unstated subjects go on with.
   */
  tsubj?: boolean;
  /**
   * The mention stands right after a verb that opens an earlier clause of the quotation's sentence
   * (وأكدت السلطات … وأوضحت، نشرت السفارة … تقول فيها): the subject the later verb of saying goes on
   * from. 'agree' / 'clash': that verb's gender mark (ت) against the verb of saying's; 'open' when
   * either is unmarked.
   */
  vsubj?: 'agree' | 'clash' | 'open';
  /** the mention is inside another verb's reported clause (after أن/إن) before the cue: not its speaker */
  compl?: boolean;
  /** the mention stands right after a verb of relaying (نقلت صحيفة X تصريح Y الذي قال): its subject carries another's words */
  relay?: boolean;
  /**
   * A body's or described source's grammatical gender by its head (-ة, plural -ات: feminine, as
   * السلطات، الوزارة take قالت) against the verb of saying's; null when unmarked.
   */
  bodyGender?: 'agree' | 'clash' | null;
  /** the last speaker's quotation stood in the same paragraph */
  lastPara?: boolean;
  /**
   * The verb of saying has no subject of its own after it (وأوضحت أنه، مؤكدة، وتعتبر) and this is
   * the one candidate standing after an earlier clause's verb of the sentence (not of the other
   * gender): the subject the unstated one goes on from.
   */
  vonly?: boolean;
  /**
   * A body or place written where the rules read a person it stands for (أعلنت الأمم المتحدة → her
   * envoy named elsewhere): the phrase as written, offered beside that person.
   */
  standin?: boolean;
  /** a name closing the verb's subject in apposition (… إيان إيغلاند، إن), which the people list lacks */
  appos?: boolean;
  /** the antecedent of a relative pronoun right before the verb of saying (سيول التي أكدت): its subject */
  relsubj?: boolean;
  /** a bare name in a subject's place (وينفي غولن، أن السبسي أوضح) the people list lacks, as written */
  bare?: boolean;
  /** persons joined by و in the verb's subject place (قال X وY، X وY قد عبرا), offered as one speaker as written */
  joint?: boolean;
  /**
   * The rules' choice is a description of a person (وقال الوزير الإيراني، وأضافت المتحدثة، وأضاف لاعب
   * برشلونة السابق) and this person, named earlier, carries a title of the same head (the article's
   * title before the name or the person's role; المتحدث and الناطق one head): the description's
   * antecedent as the titles allow. What else agrees is told apart so the model weighs it.
   */
  dref?: DescriptionLink;
}

export interface DescriptionLink {
  /** the latest person named before the cue whose title has the description's head */
  latest: boolean;
  /** the description's nationality or organisation adjectives (الإيراني، الأمريكية) among the person's title words, or not; null when it has none */
  nat: 'agree' | 'clash' | null;
  /** the description's gender (المتحدثة) against the person's; null when either is unmarked */
  gender: 'agree' | 'clash' | null;
  /** sentences back to the person's last mention before the cue */
  back: number;
  /** its other words (past adjectives and links) all among the person's title words */
  full: boolean;
}

export interface QuoteContext {
  verb: VerbClass;
  kind: 'direct' | 'indirect' | 'denial';
  /** the rules' choice is of this type */
  ruleType: CandidateType;
  /** the quotation opens its sentence (no cue before it) */
  opensSentence: boolean;
  /** persons named in scope besides this candidate (a crowded sentence) */
  crowd: number;
  /** the rules' choice is a means of speaking (بيان، تعبيره), a sign they read the wrong phrase */
  ruleMedium: boolean;
  /** the rules' choice is a bare description of a person (الرجل، الأخير، السيدة، الشاب): it refers back */
  ruleGeneric?: boolean;
  /** the rules' choice is a definite description of a person (المتحدثة باسم …، الظهير الأيمن): it may refer back */
  ruleDesc?: boolean;
  /** the verb of saying is plural (قالوا، يؤكدون): one person is seldom its subject */
  plural?: boolean;
}

export interface RankerModel {
  note?: string;
  weights: Record<string, number>;
  /** another candidate replaces the rules' choice only when it scores this much higher */
  margin?: number;
  crossValidated?: Record<string, number>;
}

/** The first cut at or above n, else 'far' (a part of a feature name). */
const bucket = (n: number, cuts: readonly number[]): number | 'far' => {
  for (const c of cuts) {
    if (n > c) continue;
    return c;
  }
  return 'far';
};

/**
 * The features of one candidate of one quotation, each emitted at its template site (f`…`: the
 * name as the plain template would write it; feature-names.ts). The model is a weight per name:
 * the trainer collects the names (candidateFeatures), the parser sums their weights without
 * building them (candidateScore). The order of emission is the order of the names.
 */
export function describeCandidate(c: SpeakerCandidate, x: QuoteContext, f: Emit): void {
  const t = c.type;
  f`bias:${t}`; f`t:${t}|v:${x.verb}`; f`t:${t}|k:${x.kind}`; f`t:${t}|rt:${x.ruleType}`;
  if (c.rule) { f`rule`; f`rule|t:${t}`; f`rule|v:${x.verb}`; f`rule|rt:${x.ruleType}|v:${x.verb}`; }
  if (c.last) { f`last`; f`last|v:${x.verb}`; f`last|t:${t}`; f`last|rt:${x.ruleType}`; }
  if (c.rule && c.last) f`rule+last`;
  if (!c.rule) {
    f`alt|t:${t}|rt:${x.ruleType}`;
    if (x.ruleMedium) { f`alt|rm`; f`alt|rm|t:${t}`; }
    if (c.last) f`alt|last|rt:${x.ruleType}`;
  }
  if (x.opensSentence) { f`open|t:${t}`; if (c.last) f`open|last`; }
  if (c.medium) { f`medium`; f`medium|rule:${c.rule}`; }
  if (t === 'described' || t === 'named') f`w:${bucket(c.words, [2, 3, 5])}`;
  if (c.gender) { f`g:${c.gender}`; f`g:${c.gender}|rule:${c.rule}`; f`g:${c.gender}|t:${t}`; }
  if (c.spoke) { f`spoke`; f`spoke|t:${t}`; f`spoke|rule:${c.rule}`; }
  if (c.recent) {
    f`recent:${c.recent}`; f`recent:${c.recent}|v:${x.verb}`;
    if (x.opensSentence) f`recent:${c.recent}|open`;
    if (!c.mention) f`recent|nomention|v:${x.verb}`;
  }
  if (c.head) { f`head:${c.head}`; f`head:${c.head}|rule:${c.rule}`; }
  if (c.topic) { f`topic`; f`topic|rule:${c.rule}`; f`topic|v:${x.verb}`; }
  if (c.coref) { f`coref`; f`coref|t:${t}`; f`coref|rt:${x.ruleType}`; }
  if (c.shape) { f`shape:${c.shape}`; f`shape:${c.shape}|rule:${c.rule}`; f`shape:${c.shape}|t:${t}`; }
  if (c.ante) {
    f`ante`; f`ante|v:${x.verb}`; f`ante|rt:${x.ruleType}`; f`ante|rule:${c.rule}`;
    if (x.ruleGeneric) f`ante|gen`;
    if (!c.mention) f`ante|far`;
  }
  if (c.tsubj) { f`tsubj`; f`tsubj|v:${x.verb}`; f`tsubj|rule:${c.rule}`; if (!c.mention) f`tsubj|far`; }
  if (c.protagonist) { f`prot`; f`prot|v:${x.verb}`; f`prot|rt:${x.ruleType}`; if (!c.mention) f`prot|far`; }
  if (c.coref && !c.mention) f`coref|far`;
  if (c.issued) { f`issued`; f`issued|v:${x.verb}`; f`issued|rt:${x.ruleType}`; }
  if (c.stmtBack) f`stmtback`;
  if (x.plural) f`pl|t:${t}`;
  if (c.group) {
    f`group`; f`group|v:${x.verb}`; f`group|rt:${x.ruleType}`; f`group|rule:${c.rule}`;
    if (c.mention?.subjectSlot) f`group|subj`;
    if (c.mention && c.mention.dist < 0) f`group|before`;
  }
  if (c.groupSubj) { f`gsubj`; f`gsubj|rt:${x.ruleType}`; f`gsubj|rule:${c.rule}`; }
  if (x.ruleGeneric && !c.rule) f`gen|alt|t:${t}`;
  if (c.vsubj) { f`vsubj`; f`vsubj:${c.vsubj}`; f`vsubj|rule:${c.rule}`; f`vsubj|t:${t}`; f`vsubj|v:${x.verb}`; }
  if (c.vonly) f`vonly`;
  if (c.standin) { f`standin`; f`standin|v:${x.verb}`; if (c.mention?.subjectSlot) f`standin|subj`; }
  if (c.appos) { f`appos`; f`appos|t:${t}`; }
  if (c.relsubj) { f`relsubj`; f`relsubj|t:${t}`; }
  if (c.bare) { f`bare`; f`bare|v:${x.verb}`; if (c.mention?.subjectSlot) f`bare|subj`; }
  if (c.joint) {
    f`joint`; f`joint|v:${x.verb}`;
    if (c.mention?.subjectSlot) f`joint|subj`;
    else f`joint|before`;
    if (x.plural) f`joint|pl`;
  }
  if (c.compl) { f`compl`; f`compl|rule:${c.rule}`; f`compl|t:${t}`; }
  if (c.relay) { f`relay`; f`relay|rule:${c.rule}`; }
  if (c.bodyGender) { f`bg:${c.bodyGender}`; f`bg:${c.bodyGender}|rule:${c.rule}`; }
  if (c.last) { f`last|para:${!!c.lastPara}`; f`last|para:${!!c.lastPara}|v:${x.verb}`; }
  if (x.ruleDesc && t === 'person') {
    f`desc|alt`;
    if (c.ante) f`desc|ante`;
    if (c.last) f`desc|last`;
    if (c.recent === 1) f`desc|recent1`;
    if (c.gender) f`desc|g:${c.gender}`;
    if (c.coref) f`desc|coref`;
  }
  const dr = c.dref;
  if (dr) {
    f`dref`; f`dref|v:${x.verb}`; f`dref|latest:${dr.latest}`; f`dref|back:${bucket(dr.back, [0, 1, 3])}`; f`dref|full:${dr.full}`;
    if (dr.nat) f`dref|nat:${dr.nat}`;
    if (dr.gender) f`dref|g:${dr.gender}`;
    if (dr.latest && dr.nat !== 'clash' && dr.gender !== 'clash') { f`dref|best`; if (!c.mention) f`dref|best|far`; }
  }
  if (t === 'person') {
    f`n:${bucket(c.mentions, [1, 2, 4, 8])}`;
    if (c.hasRole) f`role`;
  }
  const m = c.mention;
  if (!m) {
    f`nomention|t:${t}`;
    if (t !== 'unattributed') f`nomention|v:${x.verb}`;
    return;
  }
  const side = m.dist < 0 ? 'before' : 'after';
  const d = bucket(Math.abs(m.dist), [1, 2, 4, 8, 16, 32]);
  f`side:${side}`; f`side:${side}|d:${d}`; f`side:${side}|v:${x.verb}`; f`sent:${Math.min(m.sentBack, 2)}`; f`t:${t}|side:${side}`;
  if (m.subjectSlot) { f`subj`; f`subj|t:${t}`; f`subj|v:${x.verb}`; }
  if (m.object) { f`obj`; f`obj|side:${side}`; }
  if (m.possessor) { f`poss`; f`poss|side:${side}`; }
  if (m.relative) { f`rel`; f`rel|t:${t}`; }
  if (m.holder) f`holder`;
  if (m.inQuote) f`inquote`;
  if (m.punctBetween) f`punct|side:${side}`;
  if (m.clauseStart) { f`clause-start`; f`clause-start|v:${x.verb}`; }
  f`crowd:${Math.min(x.crowd, 3)}|side:${side}`;
  if (m.clauses !== undefined) {
    const cl = Math.min(m.clauses, 3);
    f`cl:${cl}|side:${side}`; f`cl:${cl}|t:${t}`; f`cl:${cl}|v:${x.verb}`;
  }
  if (m.via) { f`via:${m.via}`; f`via:${m.via}|t:${t}`; f`via:${m.via}|rule:${c.rule}`; }
}

/** The features of one candidate as names (for training and for reading a model's choices). */
export const candidateFeatures = (c: SpeakerCandidate, x: QuoteContext): string[] => featureNames((f) => describeCandidate(c, x, f));

/** The candidate's score under `w`: the sum of its features' weights, the names never built. */
export function candidateScore(c: SpeakerCandidate, x: QuoteContext, w: RankerModel['weights']): number {
  const sw = siteWeightsOf(w).reset();
  describeCandidate(c, x, sw.emit);
  return sw.sum;
}

export function scoreCandidate(feats: readonly string[], w: RankerModel['weights']): number {
  let s = 0;
  for (const x of feats) s += w[x] ?? 0;
  return s;
}

/**
 * Index of the best-scoring of n candidates (score(i): the i-th's score); the first (the rules'
 * choice) keeps its place unless another beats it by more than `margin`.
 */
function bestOf(n: number, score: (i: number) => number, margin: number): number {
  let best = 0;
  let top = n ? score(0) + margin : -Infinity;
  // (the first is scored once, above)
  for (let i = 1; i < n; i++) {
    const s = score(i);
    if (s > top + 1e-9) { top = s; best = i; }
  }
  return best;
}

/**
 * Index of the best-scoring candidate by its feature names; the first (the rules' choice) keeps
 * its place unless another beats it by more than `margin`.
 */
export const bestCandidate = (feats: readonly (readonly string[])[], w: RankerModel['weights'], margin = 0): number =>
  bestOf(feats.length, (i) => scoreCandidate(feats[i]!, w), margin);

/** The same choice among a quotation's candidates scored where they are described (candidateScore). */
export const bestSpeaker = (cands: readonly SpeakerCandidate[], ctx: (c: SpeakerCandidate) => QuoteContext, model: RankerModel): number =>
  bestOf(cands.length, (i) => candidateScore(cands[i]!, ctx(cands[i]!), model.weights), model.margin ?? 0);

const shipped = shippedModel<RankerModel>('speaker-ranker.json');
/** The shipped model; null when the data file is absent (the rules alone then decide). */
export const speakerRankerModel = (): RankerModel | null => shipped.get();
/** For training and cross-validation only: parse with another model (null: the rules alone). */
export const useSpeakerRanker = (m: RankerModel | null | undefined): void => shipped.use(m);

/** One quotation's candidates as the trainer sees them. */
export interface RankedOption { speaker: { ar: string; en: string }; speakerId: string | null; /** the persons who would say it together */ speakerIds?: string[]; feats: string[] }
export type RankCollector = (quote: object, options: RankedOption[], chosen: number) => void;

let collector: RankCollector | null = null;
/** For training only: every ranked quotation is passed to `c` (null: stop collecting). */
export function collectRankings(c: RankCollector | null): void {
  collector = c;
}
export function rankCollector(): RankCollector | null {
  return collector;
}
