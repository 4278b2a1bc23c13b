/**
 * `npx tsx scripts/build-role-words.ts [--dry]`: learns data/lexicon/role-words.json, English for the
 * Arabic words of roles and described sources that the hand tables (titles.json) do not read, from
 * the gold's paired phrases: each person's role_ar / role_en and each unnamed quote's speaker_ar /
 * speaker_en. A pair teaches a word only when it is unambiguous: exactly one Arabic word the tables
 * leave unknown (roles.ts unknownRoleWords), and the gold English holding exactly one word the
 * present rendering lacks (المنظمة الدولية للهجرة / the International Organization for Migration:
 * الهجرة -> migration). Each vote keeps its gold article id, so cross-validation drops a fold's own
 * votes (cv:people --unseen; lexicon.ts addLearnedWords). `--dry` prints the table, writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { goldDir } from './lib/gold.ts';
import type { Gold } from '../src/eval/gold-score.ts';
import { hideLexiconEntries, lexicon } from '../src/names/lexicon.ts';
import { normAr } from '../src/names/normalize.ts';
import { stripDiacritics } from '../src/text/normalize.ts';

// The tables the learned words fill in, alone: the learned file must not vouch for itself.
hideLexiconEntries({ roleWordVote: () => true });
const { isQuantifierWord, translateRole, translateSource, unknownRoleWords } = await import('../src/names/roles.ts');
const { keySimilarity, wordKey } = await import('../src/names/phonetic.ts');
await import('../src/names/index.ts'); // the name function roles use for quoted names

const root = resolve(import.meta.dirname, '..');
const fx = join(root, 'test/fixtures');
const items = [
  ...goldDir(join(fx, 'corpus-gold'), ''), ...goldDir(join(fx, 'articles'), 'articles/'),
  { id: 'sample', gold: join(fx, 'russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') },
];
// `--from even|odd`: learn from that half's gold alone (the eval's --half rule: the id's number), to
// judge the other half with a table that has not seen it
const fi = process.argv.indexOf('--from');
const from = fi > 0 ? process.argv[fi + 1] : undefined;
const inFrom = (id: string) => !from || (Number(id.replace(/\D/g, '')) % 2 === 0) === (from === 'even');

/** English content words, spelled one way (organisation / organization), with their position. */
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'to', 'and', 'or', 'with', 'from', 'by', 'al', 'el', 's', 'its', 'his', 'her', 'their']);
const norm = (w: string) => w.toLowerCase().replace(/iz(?=e|a|i)/g, 'is').replace(/yz/g, 'ys');
const enWords = (s: string) => s.replace(/\([^)]*\)/g, ' ').split(/[^A-Za-z'-]+/).map((w) => w.replace(/'s$/, '').replace(/^-+|-+$/g, '')).filter((w) => w && !STOP.has(w.toLowerCase()));

/**
 * A singular nisba (ـي، ـية) after another word of the phrase modifies it, and its English goes before
 * the noun, adjective or noun alike (الدفاع المدني: civil defence; القناة التلفزيونية: the television
 * channel); a nisba heading the phrase is the noun itself (الإعلامي: journalist).
 */
const NISBA = /.[^ا]ي(ه)?$/;

/** Particles and verbs' openings that a pair can leave unknown but that are no role word. */
const PARTICLES = new Set(['غير', 'نحو', 'حول', 'ضد', 'عبر', 'لدي', 'منذ', 'قبل', 'بعد']);

/**
 * The missing English word is a name, not vocabulary: an acronym (OCHA, HRW), or a capitalised word
 * that spells the Arabic (فيسبوك Facebook, لويدز Lloyds: brands and places have their own tables),
 * or a capitalised word outside a title-cased body's name (England's star for نجم القوي الإنكليزي:
 * the pair's alignment is off). In "the International Organization for Migration" Migration is a word.
 */
function isName(word: string, phrase: string, ar: string): boolean {
  if (/^[A-Z]{2,}/.test(word)) return true;
  if (!/^[A-Z]/.test(word)) return false;
  if (keySimilarity(wordKey(ar.replace(/^(و|ب|ل)?ال/, '')), wordKey(word), true, false) >= 0.4) return true;
  const caps = enWords(phrase).filter((w) => /^[A-Z][a-z]/.test(w));
  return caps.length < 3;
}

type Vote = { en: string; adj: boolean; id: string };
const votes = new Map<string, Vote[]>();
const lex = lexicon();
let pairs = 0;
let taught = 0;
for (const it of items.filter((i) => inFrom(i.id))) {
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const people = new Set(gold.people.flatMap((p) => [p.en, ...(p.aliases_latin ?? [])]).flatMap((n) => enWords(n)).map(norm));
  const phrases: Array<[string, string]> = [];
  for (const p of gold.people) if (p.role_ar && p.role_en) phrases.push([p.role_ar, p.role_en]);
  for (const q of gold.quotes) if (q.unnamed && q.speaker_ar && q.speaker_en) phrases.push([q.speaker_ar, q.speaker_en]);
  const seen = new Set<string>();
  for (const [ar, en] of phrases) {
    if (seen.has(ar + '|' + en)) continue;
    seen.add(ar + '|' + en);
    pairs++;
    // (a quantifier or collective before the description is translateSource's, not an unknown word;
    // particles that are no noun's or adjective's English (غير، نحو) neither)
    const unknown = unknownRoleWords(ar).filter((w) => !/^[\d.]+$/.test(w) && !isQuantifierWord(w) && !PARTICLES.has(normAr(w)));
    if (unknown.length !== 1) continue;
    const rendered = new Set(enWords(translateSource(ar) || translateRole(ar)).map(norm));
    const lack = enWords(en).filter((w) => !rendered.has(norm(w)));
    if (lack.length !== 1) continue;
    const word = lack[0]!;
    // a name (of the article's people, or capitalised where the phrase is not a title-cased body) is not vocabulary
    if (people.has(norm(word)) || isName(word, en, unknown[0]!)) continue;
    // the word bare of its clitics (و، ب، ل، لل) and as the tables key it (normAr)
    let a = normAr(stripDiacritics(unknown[0]!));
    if (/^لل/.test(a)) a = 'ال' + a.slice(2);
    else if (/^(و|ب|ل|وب|ول)ال/.test(a)) a = a.replace(/^(و|ب|ل|وب|ول)(?=ال)/, '');
    if (a.length < 3) continue;
    // a name the lexicon knows (نتنياهو) is no role word, whatever the pair's English lacks
    if (lex.tokenEn.has(a) || lex.personByAr.has(a) || lex.givenByAr.has(a)) continue;
    const first = normAr(stripDiacritics(ar)).split(/\s+/)[0] === normAr(stripDiacritics(unknown[0]!));
    const v: Vote = { en: /^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase(), adj: NISBA.test(a) && !first, id: it.id };
    (votes.get(a) ?? votes.set(a, []).get(a)!).push(v);
    taught++;
  }
}
const words = [...votes].sort((x, y) => x[0].localeCompare(y[0])).map(([ar, vs]) => ({ ar, votes: vs }));
const known = lexicon().wordByAr.size;
console.log(`${pairs} gold phrase pairs, ${taught} taught a word: ${words.length} Arabic words (hand table: ${known} keys)`);
if (process.argv.includes('--dry')) for (const w of words) console.log(`${w.ar}\t${w.votes.map((v) => `${v.en}${v.adj ? '(adj)' : ''}@${v.id}`).join(' ')}`);
else writeFileSync(join(root, 'data/lexicon/role-words.json'), JSON.stringify({ words }, null, 1) + '\n');
