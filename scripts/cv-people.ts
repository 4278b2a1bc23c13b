/**
 * `npm run cv:people`: the parser's people figures cross-validated over the name tagger's five folds
 * of real wire copy (test/fixtures/corpus-gold). For each fold K the tagger is trained without that
 * fold's articles (as `npm run train:tagger -- --fold K --held-out-model` would) and the parser is
 * scored on them; the in-sample `npm run eval` flatters the tagger, this does not.
 *
 *   npm run cv:people              per-fold and total figures (the last line: the summary)
 *   npm run cv:people -- --list    also each article's misses and inventions
 *   npm run cv:people -- --sweep-cuts "pairMargin=20;extMin=-6,gluedMin=-5"   after each fold's own
 *                                  figures, its held-out articles parsed again under each setting
 *                                  of the parser's tagger cut-offs (people-ar.ts TAGGER_CUTS; `;`
 *                                  between settings, `,` between the keys one setting changes), and
 *                                  a SWEEP line per setting at the end: the cut-offs judged under
 *                                  held-out taggers in one run (the choosers' examples stay the
 *                                  shipped cut-offs')
 *   npm run cv:people -- --threshold T   every fold at span threshold T (default: each fold's best)
 *   npm run cv:people -- --hide-lexicon  also hide the lexicon people who are the held-out fold's gold
 *                                  people (the lexicon was grown reading these articles; see
 *                                  scripts/lib/hide-lexicon.ts); each fold runs in its own process,
 *                                  since the lexicon is loaded once and memoised everywhere
 *   npm run cv:people -- --hide-lexicon --hide-given   and the given names only the held-out fold's
 *                                  gold people have
 *   npm run cv:people -- --all-models  also the role ranker, speaker ranker and precedent classifier
 *                                  trained per fold without its articles (their shipped files have
 *                                  seen every dev article, so without this the role, speaker and
 *                                  prec figures are partly in-sample; scripts/lib/ranker-examples.ts).
 *                                  Their examples come from one parse of every dev article, made
 *                                  first (about 2 minutes); `--examples FILE` keeps them for the next
 *                                  run (stale after any parser change: delete FILE)
 *                                  The role models also train on each training article's head-hidden
 *                                  reading, as the shipped one does (train:roles; scripts/lib/role-hidden.ts,
 *                                  cached with it); `--plain-role-training` leaves it out (the figure
 *                                  before roles33)
 *   npm run cv:people -- --hide-heads     the hand role-head lists without the heads only the
 *                                  held-out fold's gold roles open on (scripts/lib/role-heads.ts)
 *   npm run cv:people -- --hide-everyday  the everyday-word list rebuilt from the training folds'
 *                                  texts (data/words/everyday-ar.json was built from every dev text)
 *   npm run cv:people -- --hide-lexicon --hide-lists   also the lexicon's organisations and places
 *                                  only the held-out texts write (a strict bound; not in --unseen)
 *   npm run cv:people -- --threshold 0 --unseen   THE MOST HONEST FIGURE: --hide-lexicon
 *                                  --hide-given --hide-heads --hide-everyday --all-models at once,
 *                                  the closest to an article no list or model was fitted to (about
 *                                  15-25 minutes on this shared 2-core machine; see docs/eval.md,
 *                                  round fifteen cvhonest31)
 *   npm run cv:people -- --fold K  only fold K (prints its figures as JSON on a `FIGURES` line)
 *   npm run cv:people -- --list --half even   list only the even (or odd) gold ids (the figures stay whole)
 *   npm run cv:people -- --list --causes      each invention and miss with its likely cause
 *                                  (scripts/lib/people-errors.ts), and the causes counted at the end
 *   npm run cv:people -- --list --prec        also each gold precedent missed (its anchor)
 *   npm run cv:people -- --list --quotes      also each gold quotation missed or given to the wrong speaker
 *   npm run cv:people -- --list --out FILE    the listing into FILE instead of the terminal
 *   npm run cv:people -- --parses DIR         each held-out article's people and quotations as its
 *                                  fold read them, in DIR/ID.txt
 *   npm run cv:people -- --list --roles       under each role miss or leak, the role ranker's candidates
 *                                  for that person (score, right by the eval's test / the strict one)
 */
import { inHalfOf } from './lib/unseen-fold.ts';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArticle } from '../src/parser/index.ts';
import { TAGGER_CUTS } from '../src/parser/people-ar.ts';
import { useTaggerModel } from '../src/parser/name-tagger.ts';
import { chooseThreshold, heldOutSplit, trainTagger } from '../src/parser/name-tagger-train.ts';
import { addFigures, emptyFigures, evaluate, share, type Figures } from '../src/eval/evaluate.ts';
import { f1, precision, recall, type Gold } from '../src/eval/gold-score.ts';
import { hideLexiconEntries } from '../src/names/lexicon.ts';
import { devItems, taggerGold, taggerGoldSegmented, withFeatures, type GoldExample } from './lib/tagger-examples.ts';
import { articleExamples, trainChoosers, type ArticleExamples } from './lib/ranker-examples.ts';
import { hideHeldHeads } from './lib/role-heads.ts';
import { hiddenRoleReadings, ROLE_FOLDS } from './lib/role-hidden.ts';
import { foldOf } from '../src/parser/speaker-ranker-train.ts';
import { everydayWordsOf } from './lib/everyday-words.ts';
import { useEverydayWords } from '../src/parser/everyday-words.ts';
import { collectRoleChoices, roleCandidates, roleRankerModel, useRoleRanker, type RoleInput } from '../src/parser/role-ranker.ts';
import { roleRawOf } from './lib/ranker-examples.ts';
import { bestCandidate } from '../src/parser/speaker-ranker.ts';
import { roleOverlap, strictRoleRight } from '../src/eval/gold-score.ts';
import { speakerRankerModel, useSpeakerRanker } from '../src/parser/speaker-ranker.ts';
import { precedentModel, usePrecedentModel } from '../src/parser/precedent-classifier.ts';
import { hidingFor, listHidingFor } from './lib/hide-lexicon.ts';
import { causeCounts, peopleErrors, type PeopleError } from './lib/people-errors.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
// `--unseen`: every hiding below and --all-models at once, the closest figure to an article no list or model has read.
if (args.includes('--unseen')) for (const a of ['--hide-lexicon', '--hide-given', '--hide-heads', '--hide-everyday', '--all-models']) if (!args.includes(a)) args.push(a);
const hide = args.includes('--hide-lexicon');
const hideGiven = args.includes('--hide-given');
// `--hide-lists` (with --hide-lexicon): also the lexicon's organisations and places only the held-out texts write.
const hideLists = hide && args.includes('--hide-lists');
// `--all-models`: the role ranker, speaker ranker and precedent classifier also trained without the fold.
const allModels = args.includes('--all-models');
// `--hide-heads`: the hand role-head lists without the heads only the held-out fold's gold roles open on.
const hideHeads = args.includes('--hide-heads');
// `--hide-everyday`: the everyday-word list rebuilt from the training folds' texts only.
const hideEveryday = args.includes('--hide-everyday');
// Each fold in its own process when a memoised list (lexicon, head lists, everyday words) is hidden by fold.
const perProcess = hide || hideHeads || hideEveryday;
const xo = args.indexOf('--examples');
// `--examples FILE`: the choosers' training examples kept in FILE and read back when it exists (stale after a parser change).
const examplesFile = xo >= 0 ? args[xo + 1] : undefined;
const th = args.indexOf('--threshold');
// `--threshold T`: one span threshold for every fold (as shipped) instead of each fold's best on its own articles.
const fixed = th >= 0 ? Number(args[th + 1]) : undefined;
const fo = args.indexOf('--fold');
const only = fo >= 0 ? Number(args[fo + 1]) : undefined;
const ha = args.indexOf('--half');
// `--half even|odd`: the listing holds only those gold ids (the eval's --half rule: the id's number).
const half = ha >= 0 ? args[ha + 1] : undefined;
const inHalf = inHalfOf(half);
const causes = args.includes('--causes');
// --prec: the listing also names each gold precedent the held-out parse missed (by its anchor)
const listPrecedents = args.includes('--prec');
// --quotes: the listing also names each gold quotation the held-out parse missed or gave to the wrong speaker
const listQuotes = args.includes('--quotes');
const quoteLines = (r: { misses: string[]; wrongSpeakers: string[] }) => [
  ...r.misses.filter((m) => /^quote/.test(m)).map((m) => `   miss   ${m}`), ...r.wrongSpeakers.map((w) => `   wrong  ${w}`),
];
const sw = args.indexOf('--sweep-cuts');
// `--sweep-cuts`: settings of TAGGER_CUTS, each parsed over the fold's held-out articles after its own figures.
const CUT_DEFAULTS = { ...TAGGER_CUTS };
const sweeps: Partial<typeof TAGGER_CUTS>[] = sw < 0 ? [] : args[sw + 1]!.split(';').map((set) => Object.fromEntries(set.split(',').map((kv) => {
  const [k, v] = kv.split('=');
  if (!k || !(k.trim() in CUT_DEFAULTS) || !Number.isFinite(Number(v))) throw new Error(`--sweep-cuts: "${kv}" is not key=number (${Object.keys(CUT_DEFAULTS).join(', ')})`);
  return [k.trim(), Number(v)];
})));
const sweepName = (o: Partial<typeof TAGGER_CUTS>) => Object.entries(o).map(([k, v]) => `${k}=${v}`).join(',');
let sweepTotals = sweeps.map(() => emptyFigures());
// `--roles` (with --list): the role ranker's candidates under each listed role miss or leak.
const roleCands = args.includes('--roles');
// `--parses DIR`: each held-out article's people and quotations as its fold's models read them, one
// file per article (DIR/ID.txt), to see why a listed miss happened without rebuilding the fold by hand.
const po = args.indexOf('--parses');
const parsesDir = po >= 0 ? resolve(args[po + 1]!) : undefined;
if (parsesDir) mkdirSync(parsesDir, { recursive: true });
const oo = args.indexOf('--out');
const outFile = oo >= 0 ? args[oo + 1] : undefined;
/** The listing: into --out's file when given (a fold's own process always prints, its parent collects). */
const listing: string[] = [];
const emit = (l: string) => { if (outFile && only === undefined) listing.push(l); else console.log(l); };
const errors: PeopleError[] = [];
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (f: Figures) => `people P ${pct(precision(f.people))} R ${pct(recall(f.people))} F1 ${pct(f1(f.people))} | role ${pct(share(f.roles))} | role-strict ${pct(share(f.rolesStrict))} | quote-R ${pct(share(f.quotes))} | speaker ${pct(share(f.speakers))} | prec R ${pct(recall(f.precedents))} P ${pct(f.precedents.predicted ? f.precedentHits / f.precedents.predicted : 1)} | speaker-en ${pct(share(f.speakersEn))} | speaker-en-strict ${pct(share(f.speakersEnStrict))}`;

/** One fold, in this process: the lexicon hidden first when asked (before any word class is read). */
let shared: { corpus: GoldExample[]; extra: GoldExample[] } | undefined;
function runFold(k: number): Figures {
  let train: GoldExample[], test: GoldExample[], extra: GoldExample[];
  // Before any parse or word class: the fold's ids from the listing alone (the tagger's split, by sorted id).
  const items = devItems();
  const held = new Set(heldOutSplit(items.corpus, k).test.map((x) => x.id));
  if (hideEveryday) useEverydayWords(new Set(everydayWordsOf(items.corpus.filter((it) => !held.has(it.id)))));
  if (hideHeads) {
    const goldRoles = new Map([...items.corpus, ...items.extra].map((it) => [it.id, (JSON.parse(readFileSync(it.gold, 'utf8')) as Gold).people.map((p) => p.role_ar ?? '').filter(Boolean)]));
    hideHeldHeads(goldRoles, (id) => held.has(id));
  }
  if (hide) {
    const seg = taggerGoldSegmented();
    const split = heldOutSplit(seg.corpus, k);
    const lists = hideLists ? listHidingFor(split.test.map((x) => readFileSync(x.item.text, 'utf8')), [...split.train, ...seg.extra].map((x) => readFileSync(x.item.text, 'utf8'))) : {};
    hideLexiconEntries({ ...hidingFor(split.test.map((x) => x.gold), [...split.train, ...seg.extra].map((x) => x.gold), hideGiven), ...lists });
    [train, test, extra] = [withFeatures(split.train), withFeatures(split.test), withFeatures(seg.extra)];
  } else {
    shared ??= taggerGold();
    ({ train, test } = heldOutSplit(shared.corpus, k));
    extra = shared.extra;
  }
  const weights = trainTagger([...train, ...extra]);
  useTaggerModel({ weights, threshold: fixed ?? chooseThreshold(test, weights) });
  if (allModels) {
    const m = trainChoosers(choosersExamples().filter((a) => !held.has(a.id)), { role: roleRankerModel(), speaker: speakerRankerModel(), precedent: precedentModel() });
    useRoleRanker(m.role); useSpeakerRanker(m.speaker); usePrecedentModel(m.precedent);
  }
  let fold = emptyFigures();
  for (const ex of test) {
    const gold = JSON.parse(readFileSync(ex.item.gold, 'utf8')) as Gold;
    // dated as `npm run eval` parses (the precedent figures need it)
    const seen = new Map<string, RoleInput>();
    const watch = roleCands && list && inHalf(ex.id);
    if (watch) collectRoleChoices((id, input) => seen.set(id, input));
    let b;
    try { b = parseArticle(readFileSync(ex.item.text, 'utf8'), gold.date ? { meta: { publishedAt: gold.date } } : {}); } finally { if (watch) collectRoleChoices(null); }
    const r = evaluate(ex.id, b, gold);
    fold = addFigures(fold, r);
    if (parsesDir) writeFileSync(join(parsesDir, `${ex.id}.txt`), parseLines(b).join('\n') + '\n');
    if (!list || !inHalf(ex.id)) continue;
    emit(`\n== ${ex.id} (fold ${k}): ${line(r)}`);
    if (causes) {
      const raw = readFileSync(ex.item.text, 'utf8');
      const es = peopleErrors(raw, parseArticle(raw), gold);
      for (const e of es) emit(`   ${e.kind === 'miss' ? 'miss ' : 'extra'}  person ${e.name}  — ${e.cause} (${e.note})`);
      errors.push(...es);
      for (const m of r.misses) if (/^role/.test(m) || (listPrecedents && /^precedent/.test(m))) emit(`   miss   ${m}`);
      if (listQuotes) for (const l of quoteLines(r)) emit(l);
      continue;
    }
    for (const m of r.misses) if (/^(person|role)/.test(m) || (listPrecedents && /^precedent/.test(m))) emit(`   miss   ${m}`);
    // roles right by the lenient test but not the strict one (role-strict's misses)
    for (const l of r.roleLeaks) emit(`   role+  ${l}`);
    if (watch) for (const l of roleCandidateLines(gold, b, seen)) emit(l);
    for (const m of r.inventions) if (/^person/.test(m)) emit(`   extra  ${m}`);
    if (listQuotes) for (const l of quoteLines(r)) emit(l);
  }
  sweeps.forEach((o, i) => {
    Object.assign(TAGGER_CUTS, CUT_DEFAULTS, o);
    try {
      for (const ex of test) {
        const gold = JSON.parse(readFileSync(ex.item.gold, 'utf8')) as Gold;
        sweepTotals[i] = addFigures(sweepTotals[i]!, evaluate(ex.id, parseArticle(readFileSync(ex.item.text, 'utf8'), gold.date ? { meta: { publishedAt: gold.date } } : {}), gold));
      }
    } finally { Object.assign(TAGGER_CUTS, CUT_DEFAULTS); }
  });
  useTaggerModel(null);
  useRoleRanker(undefined); useSpeakerRanker(undefined); usePrecedentModel(undefined);
  return fold;
}

/**
 * For each gold person whose role is wrong by the strict test: the role ranker's candidates (the
 * fold's model in use), each with its score and whether it is right by the eval's test (=) and
 * the strict one (!), the chosen one marked with >.
 */
/** A briefing's people (name, English, role) and quotations (kind, speaker, opening words), one per line. */
function parseLines(b: ReturnType<typeof parseArticle>): string[] {
  return [
    ...b.people.map((p) => `P ${p.name.ar} | ${p.name.en} | ${p.role.ar}`),
    ...b.quotes.map((q) => `Q ${q.kind} | ${q.speaker.ar} | ${q.speaker.en} | ${q.text.slice(0, 60)}`),
  ];
}

function roleCandidateLines(gold: Gold, b: ReturnType<typeof parseArticle>, seen: ReadonlyMap<string, RoleInput>): string[] {
  const out: string[] = [];
  const model = roleRankerModel();
  for (const raw of roleRawOf('', gold, b, seen)) {
    const cs = roleCandidates(raw.input.ruleRole, raw.input.options, new Set(raw.input.shared));
    const score = (f: readonly string[]) => f.reduce((s, x) => s + (model?.weights[x] ?? 0), 0);
    const scores = cs.map((c) => score(c.feats));
    const best = model && cs.length > 1 ? bestCandidate(cs.map((c) => c.feats), model.weights, model.margin ?? 0) : 0;
    const strict = cs.map((c) => strictRoleRight(c.text, raw.want, raw.others ?? [], raw.own ?? ''));
    if (strict[best]) continue;
    out.push(`     cands of ${raw.own?.split(' ').slice(0, 3).join(' ')} (want "${raw.want}"; rule "${raw.input.ruleRole}"):`);
    cs.forEach((c, i) => {
      const lenient = raw.want ? !!c.text && roleOverlap(c.text, raw.want) >= 0.5 : !c.text;
      out.push(`       ${i === best ? '>' : ' '} ${scores[i]!.toFixed(2).padStart(6)} ${lenient ? '=' : ' '}${strict[i] ? '!' : ' '} "${c.text}" [${c.feats.filter((x) => x.startsWith('src:') || x === 'rule' || x === 'rule|none').join(' ')}]`);
    });
  }
  return out;
}

/**
 * The choosers' examples of every development article, from one parse each with the shipped tagger
 * and lexicon and no chooser (articleExamples): read from --examples FILE when given and there,
 * else parsed here (and written to FILE). A fold trains on those of the articles it does not hold out.
 */
let examples: ArticleExamples[] | undefined;
function choosersExamples(): ArticleExamples[] {
  if (examples) return examples;
  const items = devItems();
  const kept = !!examplesFile && existsSync(examplesFile);
  examples = kept ? JSON.parse(readFileSync(examplesFile!, 'utf8')) as ArticleExamples[] : [...items.corpus, ...items.extra].map(articleExamples);
  if (args.includes('--plain-role-training')) for (const a of examples) delete a.hiddenRoles;
  else if (examples.some((a) => !a.hiddenRoles)) attachHiddenRoles(examples, items.corpus);
  if (examplesFile && !kept) writeFileSync(examplesFile, JSON.stringify(examples));
  return examples;
}

/**
 * Each corpus article's head-hidden role reading (train:roles's, from its cache) as `hiddenRoles`,
 * so the fold role models train as the shipped one does. train:roles names the corpus articles
 * corpus/ID; here they are ID, and each hidden example takes its article's id here, so the trainer's
 * sort by id keeps each article's plain examples next to its hidden ones (as in train:roles).
 */
function attachHiddenRoles(ex: ArticleExamples[], corpus: readonly { id: string }[]): void {
  // The readings hide by train:roles's folds: the same split as this script's (asserted).
  const roleFolds = foldOf(corpus.map((it) => it.id), ROLE_FOLDS);
  for (let k = 0; k < ROLE_FOLDS; k++) for (const it of heldOutSplit(corpus, k).test) if (roleFolds.get(it.id) !== k) throw new Error(`fold of ${it.id} differs from train:roles's`);
  const hidden = new Map(hiddenRoleReadings(resolve(import.meta.dirname, '..')).folds.map((a) => [a.id.replace(/^corpus\//, ''), a.raw]));
  let n = 0;
  for (const a of ex) { const h = hidden.get(a.id); if (h) { a.hiddenRoles = h.map((r) => ({ ...r, id: a.id })); n++; } }
  if (n !== corpus.length) throw new Error(`head-hidden role readings for ${n} of ${corpus.length} corpus articles`);
}

if (only !== undefined) {
  const fold = runFold(only);
  console.log(`fold ${only}: ${line(fold)}`);
  if (causes) console.log(`ERRORS ${JSON.stringify(errors)}`);
  console.log(`FIGURES ${JSON.stringify(fold)}`);
  if (sweeps.length) console.log(`SWEEPS ${JSON.stringify(sweepTotals)}`);
} else {
  let tmp: string | undefined;
  if (allModels && perProcess && !examplesFile) {
    // parsed once here (nothing hidden yet), handed to each fold's process
    tmp = mkdtempSync(join(tmpdir(), 'cv-people-'));
    args.push('--examples', join(tmp, 'examples.json'));
    writeFileSync(join(tmp, 'examples.json'), JSON.stringify(choosersExamples()));
  } else if (allModels && examplesFile) choosersExamples();
  let total = emptyFigures();
  const foldF1: number[] = [];
  for (let k = 0; k < 5; k++) {
    let fold: Figures;
    if (perProcess) {
      // a fresh process per fold: the hidden lexicon (or head lists) differs by fold
      const tsx = join(resolve(import.meta.dirname, '..'), 'node_modules/.bin/tsx');
      const r = spawnSync(tsx, [import.meta.filename, ...args, '--fold', String(k)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
      if (r.status !== 0) throw new Error(`fold ${k} failed (${r.status})`);
      const out = r.stdout.split('\n');
      for (const l of out) if (l && !l.startsWith('FIGURES ') && !l.startsWith('SWEEPS ') && !l.startsWith('ERRORS ') && !l.startsWith('fold ')) emit(l);
      const es = out.find((l) => l.startsWith('ERRORS '));
      if (es) errors.push(...(JSON.parse(es.slice(7)) as PeopleError[]));
      fold = JSON.parse(out.find((l) => l.startsWith('FIGURES '))!.slice(8)) as Figures;
      const sl = out.find((l) => l.startsWith('SWEEPS '));
      if (sl) { const got = JSON.parse(sl.slice(7)) as Figures[]; sweepTotals = sweepTotals.map((t, i) => addFigures(t, got[i]!)); }
    } else {
      fold = runFold(k);
    }
    foldF1.push(f1(fold.people));
    console.log(`fold ${k}: ${line(fold)}`);
    total = addFigures(total, fold);
  }
  const mean = foldF1.reduce((a, b) => a + b, 0) / foldF1.length;
  if (causes) {
    emit(`\nCAUSES (${half ?? 'all'} ids, ${errors.filter((e) => e.kind === 'extra').length} inventions, ${errors.filter((e) => e.kind === 'miss').length} misses):`);
    for (const [c, n] of causeCounts(errors)) emit(`${String(n).padStart(5)}  ${c}`);
  }
  if (outFile) writeFileSync(outFile, listing.join('\n') + '\n');
  if (tmp) rmSync(tmp, { recursive: true });
  const hidden = [hide && 'lexicon people', hide && hideGiven && 'given names', hideLists && 'orgs and places', hideHeads && 'role heads', hideEveryday && 'everyday words'].filter(Boolean).join(', ');
  const how = [hidden && `${hidden} hidden`, allModels && 'all models out of fold'].filter(Boolean).join('; ');
  sweeps.forEach((o, i) => console.log(`SWEEP ${sweepName(o)}: ${line(sweepTotals[i]!)}`));
  console.log(`SUMMARY cv${how ? ` (${how})` : ''}: ${line(total)} | mean fold F1 ${pct(mean)}`);
}
