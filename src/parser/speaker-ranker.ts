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
import { kept1, kept2 } from './feature-names.ts';

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
   * The mention stands right after a verb that opens an earlier clause of the quotation's sentence
   * (وأكدت السلطات … وأوضحت، نشرت السفارة … تقول فيها): the subject the later verb of saying goes on
   * from. 'agree' / 'clash': that verb's gender mark (ت) against the verb of saying's; 'open' when
   * either is unmarked.
   */
  vsubj?: 'agree' | 'clash' | 'open';
  /** the mention is inside another verb's reported clause (after أن/إن) before the cue: not its speaker */
  compl?: boolean;
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

// (a cut's text kept, not built afresh per candidate: names are put together from it with `cat`)
const cutText = new Map<number, string>();
const bucket = (n: number, cuts: readonly number[]): string => {
  for (const c of cuts) {
    if (n > c) continue;
    let s = cutText.get(c);
    if (s === undefined) cutText.set(c, (s = `${c}`));
    return s;
  }
  return 'far';
};
const SENT = [0, 1, 2].map((n) => `sent:${n}`);

const CROWD = [0, 1, 2, 3].map((n) => `crowd:${n}|side:`);
// (each feature's name kept per value of its variable parts: one or two map look-ups a name)
const K0 = kept1('bias:', '');
const K1 = kept2('t:', '|v:', '');
const K2 = kept2('t:', '|k:', '');
const K3 = kept2('t:', '|rt:', '');
const K4 = kept1('rule|t:', '');
const K5 = kept1('rule|v:', '');
const K6 = kept2('rule|rt:', '|v:', '');
const K7 = kept1('last|v:', '');
const K8 = kept1('last|t:', '');
const K9 = kept1('last|rt:', '');
const K10 = kept2('alt|t:', '|rt:', '');
const K11 = kept1('alt|rm|t:', '');
const K12 = kept1('alt|last|rt:', '');
const K13 = kept1('open|t:', '');
const K14 = kept1('medium|rule:', '');
const K15 = kept1('w:', '');
const K16 = kept1('g:', '');
const K17 = kept2('g:', '|rule:', '');
const K18 = kept2('g:', '|t:', '');
const K19 = kept1('spoke|t:', '');
const K20 = kept1('spoke|rule:', '');
const K21 = kept1('recent:', '');
const K22 = kept2('recent:', '|v:', '');
const K23 = kept1('recent:', '|open');
const K24 = kept1('recent|nomention|v:', '');
const K25 = kept1('head:', '');
const K26 = kept2('head:', '|rule:', '');
const K27 = kept1('topic|rule:', '');
const K28 = kept1('topic|v:', '');
const K29 = kept1('coref|t:', '');
const K30 = kept1('coref|rt:', '');
const K31 = kept1('shape:', '');
const K32 = kept2('shape:', '|rule:', '');
const K33 = kept2('shape:', '|t:', '');
const K34 = kept1('ante|v:', '');
const K35 = kept1('ante|rt:', '');
const K36 = kept1('ante|rule:', '');
const K37 = kept1('prot|v:', '');
const K38 = kept1('prot|rt:', '');
const K39 = kept1('issued|v:', '');
const K40 = kept1('issued|rt:', '');
const K41 = kept1('pl|t:', '');
const K42 = kept1('group|v:', '');
const K43 = kept1('group|rt:', '');
const K44 = kept1('group|rule:', '');
const K45 = kept1('gsubj|rt:', '');
const K46 = kept1('gsubj|rule:', '');
const K47 = kept1('gen|alt|t:', '');
const K48 = kept1('vsubj:', '');
const K49 = kept1('vsubj|rule:', '');
const K50 = kept1('vsubj|t:', '');
const K51 = kept1('vsubj|v:', '');
const K52 = kept1('standin|v:', '');
const K53 = kept1('appos|t:', '');
const K54 = kept1('relsubj|t:', '');
const K55 = kept1('bare|v:', '');
const K56 = kept1('joint|v:', '');
const K57 = kept1('compl|rule:', '');
const K58 = kept1('compl|t:', '');
const K59 = kept1('bg:', '');
const K60 = kept2('bg:', '|rule:', '');
const K61 = kept1('last|para:', '');
const K62 = kept2('last|para:', '|v:', '');
const K63 = kept1('n:', '');
const K64 = kept1('nomention|t:', '');
const K65 = kept1('nomention|v:', '');
const K66 = kept1('side:', '');
const K67 = kept2('side:', '|d:', '');
const K68 = kept2('side:', '|v:', '');
const K69 = kept2('t:', '|side:', '');
const K70 = kept1('subj|t:', '');
const K71 = kept1('subj|v:', '');
const K72 = kept1('obj|side:', '');
const K73 = kept1('poss|side:', '');
const K74 = kept1('rel|t:', '');
const K75 = kept1('punct|side:', '');
const K76 = kept1('clause-start|v:', '');
const K77 = kept2('', '', '');
const K78 = kept2('cl:', '|side:', '');
const K79 = kept2('cl:', '|t:', '');
const K80 = kept2('cl:', '|v:', '');
const K81 = kept1('via:', '');
const K82 = kept2('via:', '|t:', '');
const K83 = kept2('via:', '|rule:', '');
/** The features of one candidate of one quotation; each is a name (the model is a weight per name). */
export function candidateFeatures(c: SpeakerCandidate, x: QuoteContext): string[] {
  const t = c.type;
  // (built through the kept names K… from parts of closed sets: the same strings as the templates
  // `bias:${t}`, `t:${t}|v:${x.verb}` …, without a fresh string per candidate for the weights to hash)
  const f = [K0(t), K1(t, x.verb), K2(t, x.kind), K3(t, x.ruleType)];
  if (c.rule) f.push('rule', K4(t), K5(x.verb), K6(x.ruleType, x.verb));
  if (c.last) f.push('last', K7(x.verb), K8(t), K9(x.ruleType));
  if (c.rule && c.last) f.push('rule+last');
  if (!c.rule) f.push(K10(t, x.ruleType), ...(x.ruleMedium ? ['alt|rm', K11(t)] : []), ...(c.last ? [K12(x.ruleType)] : []));
  if (x.opensSentence) f.push(K13(t), ...(c.last ? ['open|last'] : []));
  if (c.medium) f.push('medium', K14(String(c.rule)));
  if (t === 'described' || t === 'named') f.push(K15(bucket(c.words, [2, 3, 5])));
  if (c.gender) f.push(K16(c.gender), K17(c.gender, String(c.rule)), K18(c.gender, t));
  if (c.spoke) f.push('spoke', K19(t), K20(String(c.rule)));
  if (c.recent) f.push(K21(String(c.recent)), K22(String(c.recent), x.verb), ...(x.opensSentence ? [K23(String(c.recent))] : []), ...(c.mention ? [] : [K24(x.verb)]));
  if (c.head) f.push(K25(c.head), K26(c.head, String(c.rule)));
  if (c.topic) f.push('topic', K27(String(c.rule)), K28(x.verb));
  if (c.coref) f.push('coref', K29(t), K30(x.ruleType));
  if (c.shape) f.push(K31(c.shape), K32(c.shape, String(c.rule)), K33(c.shape, t));
  if (c.ante) f.push('ante', K34(x.verb), K35(x.ruleType), K36(String(c.rule)), ...(x.ruleGeneric ? ['ante|gen'] : []), ...(c.mention ? [] : ['ante|far']));
  if (c.protagonist) f.push('prot', K37(x.verb), K38(x.ruleType), ...(c.mention ? [] : ['prot|far']));
  if (c.coref && !c.mention) f.push('coref|far');
  if (c.issued) f.push('issued', K39(x.verb), K40(x.ruleType));
  if (c.stmtBack) f.push('stmtback');
  if (x.plural) f.push(K41(t));
  if (c.group) f.push('group', K42(x.verb), K43(x.ruleType), K44(String(c.rule)), ...(c.mention?.subjectSlot ? ['group|subj'] : []), ...(c.mention && c.mention.dist < 0 ? ['group|before'] : []));
  if (c.groupSubj) f.push('gsubj', K45(x.ruleType), K46(String(c.rule)));
  if (x.ruleGeneric && !c.rule) f.push(K47(t));
  if (c.vsubj) f.push('vsubj', K48(c.vsubj), K49(String(c.rule)), K50(t), K51(x.verb));
  if (c.vonly) f.push('vonly');
  if (c.standin) f.push('standin', K52(x.verb), ...(c.mention?.subjectSlot ? ['standin|subj'] : []));
  if (c.appos) f.push('appos', K53(t));
  if (c.relsubj) f.push('relsubj', K54(t));
  if (c.bare) f.push('bare', K55(x.verb), ...(c.mention?.subjectSlot ? ['bare|subj'] : []));
  if (c.joint) f.push('joint', K56(x.verb), ...(c.mention?.subjectSlot ? ['joint|subj'] : ['joint|before']), ...(x.plural ? ['joint|pl'] : []));
  if (c.compl) f.push('compl', K57(String(c.rule)), K58(t));
  if (c.bodyGender) f.push(K59(c.bodyGender), K60(c.bodyGender, String(c.rule)));
  if (c.last) f.push(K61(String(!!c.lastPara)), K62(String(!!c.lastPara), x.verb));
  if (x.ruleDesc && t === 'person') f.push('desc|alt', ...(c.ante ? ['desc|ante'] : []), ...(c.last ? ['desc|last'] : []), ...(c.recent === 1 ? ['desc|recent1'] : []), ...(c.gender ? [`desc|g:${c.gender}`] : []), ...(c.coref ? ['desc|coref'] : []));
  const dr = c.dref;
  if (dr) {
    f.push('dref', `dref|v:${x.verb}`, `dref|latest:${dr.latest}`, `dref|back:${bucket(dr.back, [0, 1, 3])}`, `dref|full:${dr.full}`);
    if (dr.nat) f.push(`dref|nat:${dr.nat}`);
    if (dr.gender) f.push(`dref|g:${dr.gender}`);
    if (dr.latest && dr.nat !== 'clash' && dr.gender !== 'clash') f.push('dref|best', ...(c.mention ? [] : ['dref|best|far']));
  }
  if (t === 'person') {
    f.push(K63(bucket(c.mentions, [1, 2, 4, 8])));
    if (c.hasRole) f.push('role');
  }
  const m = c.mention;
  if (!m) {
    f.push(K64(t));
    if (t !== 'unattributed') f.push(K65(x.verb));
    return f;
  }
  const side = m.dist < 0 ? 'before' : 'after';
  const d = bucket(Math.abs(m.dist), [1, 2, 4, 8, 16, 32]);
  f.push(K66(side), K67(side, d), K68(side, x.verb), (m.sentBack >= 0 ? SENT[Math.min(m.sentBack, 2)]! : `sent:${m.sentBack}`), K69(t, side));
  if (m.subjectSlot) f.push('subj', K70(t), K71(x.verb));
  if (m.object) f.push('obj', K72(side));
  if (m.possessor) f.push('poss', K73(side));
  if (m.relative) f.push('rel', K74(t));
  if (m.holder) f.push('holder');
  if (m.inQuote) f.push('inquote');
  if (m.punctBetween) f.push(K75(side));
  if (m.clauseStart) f.push('clause-start', K76(x.verb));
  f.push(K77(CROWD[Math.min(x.crowd, 3)]!, side));
  if (m.clauses !== undefined) {
    f.push(K78(String(Math.min(m.clauses, 3)), side), K79(String(Math.min(m.clauses, 3)), t), K80(String(Math.min(m.clauses, 3)), x.verb));
  }
  if (m.via) f.push(K81(m.via), K82(m.via, t), K83(m.via, String(c.rule)));
  return f;
}

export function scoreCandidate(feats: readonly string[], w: RankerModel['weights']): number {
  let s = 0;
  for (const x of feats) s += w[x] ?? 0;
  return s;
}

/**
 * Index of the best-scoring candidate; the first (the rules' choice) keeps its place unless another
 * beats it by more than `margin`.
 */
export function bestCandidate(feats: readonly (readonly string[])[], w: RankerModel['weights'], margin = 0): number {
  let best = 0;
  let top = feats.length ? scoreCandidate(feats[0]!, w) + margin : -Infinity;
  // (the first is scored once, above)
  for (let i = 1; i < feats.length; i++) {
    const s = scoreCandidate(feats[i]!, w);
    if (s > top + 1e-9) { top = s; best = i; }
  }
  return best;
}

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
