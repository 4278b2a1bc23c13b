/**
 * Sources the article cites: outlets and agencies (بحسب صحيفة "وول ستريت جورنال"، وكالة رويترز،
 * ونقلت "رويترز" عن ...), unnamed groups it leans on (وفقاً لمحللين), and analysts quoted by name.
 */
import type { Person, SourceRef } from '../briefing/types.ts';
import { normaliseAr, stripDiacritics } from '../text/normalize.ts';
import { wordCount } from '../text/quotes.ts';
import { lightNormAr } from '../text/arabic.ts';
import type { Token } from './tokens.ts';
import { delimAfter } from './tokens.ts';
import { ACCORDING_TO, STRONG_OUTLET_HEADS } from './cues-ar.ts';
import { isBreaker, isOutletHead, isSpeechVerb, isStop, nameLike } from './arabic-words.ts';
import { englishName, knownOrg, orgFirstWords } from './names-adapter.ts';
import { cliticReadings } from '../text/clitics.ts';
import { knownNormReading, readingsOf } from './word-info.ts';

const AGENCY_WORDS = /وكال|agency|press|reuters|afp|associated/i;
// Experts and analysts; advisers only as "كبير المستشارين" or "مستشار في/لـ" (المستشارة الألمانية is a chancellor).
const ANALYST_ROLE = /خبير|خبيرة|محلل|محللة|باحث|باحثة|استاذ|أستاذ|ناقد|المستشارين|مستشار (في|ل)|analyst|expert|researcher|professor|economist|fellow/i;

/** Groups cited after بحسب/وفقاً لـ that are sources without a name. */
const GROUPS: Record<string, { en: string; kind: SourceRef['kind'] }> = {
  'محللين': { en: 'analysts', kind: 'analyst' }, 'محللون': { en: 'analysts', kind: 'analyst' },
  'خبراء': { en: 'experts', kind: 'analyst' }, 'مراقبين': { en: 'observers', kind: 'analyst' },
  'مسؤولين': { en: 'officials', kind: 'official' }, 'مسؤولون': { en: 'officials', kind: 'official' },
  'مصادر': { en: 'sources', kind: 'other' }, 'دبلوماسيين': { en: 'diplomats', kind: 'official' },
  'شهود': { en: 'witnesses', kind: 'other' }, 'مصدر': { en: 'a source', kind: 'other' },
};

const TRANSMIT = new Set(['نقلت', 'ونقلت', 'ذكرت', 'وذكرت', 'افادت', 'وافادت', 'اوردت', 'واوردت', 'نشرت', 'ونشرت', 'قالت', 'وقالت', 'كشفت', 'وكشفت']);

class Collector {
  private byKey = new Map<string, SourceRef>();
  private seenAt = new Set<number>();
  /** `at`: offset of the mention, so that two rules finding the same words count it once. */
  add(ar: string, en: string, kind: SourceRef['kind'], at = -1): void {
    if (at >= 0) {
      if (this.seenAt.has(at)) return;
      this.seenAt.add(at);
    }
    const key = normaliseAr(en || ar).replace(/^(ال|the )/, '');
    const prev = this.byKey.get(key);
    if (prev) { prev.mentions++; return; }
    this.byKey.set(key, { id: `s${this.byKey.size + 1}`, name: { ar, en }, kind, mentions: 1 });
  }
  list(): SourceRef[] {
    return [...this.byKey.values()];
  }
}

function outletName(ar: string, kind: SourceRef['kind']): { en: string; kind: SourceRef['kind'] } {
  const known = knownOrg(ar);
  if (known) return { en: known.en, kind: known.kind === 'agency' ? 'agency' : known.kind === 'outlet' ? 'outlet' : kind };
  return { en: englishName(ar).en, kind };
}

export function findSourcesAr(text: string, toks: readonly Token[], people: readonly Person[]): SourceRef[] {
  const col = new Collector();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // صحيفة "X" / وكالة X / قناة X
    if (isOutletHead(t)) {
      const head = stripDiacritics(t.text).replace(/^(و|ف|ب|ل|ك)+(?=[صجموقشإاتل])/, '');
      const kind: SourceRef['kind'] = AGENCY_WORDS.test(head) ? 'agency' : 'outlet';
      const after = text.slice(t.end, t.end + 80);
      const q = /^\s*["“«]([^"”»\n]{2,40})["”»]/.exec(after);
      let name = '';
      if (q) name = q[1]!.trim();
      else {
        const strong = readingsOf(t).some((r) => STRONG_OUTLET_HEADS.has(r.stem) || (r.stem.startsWith('ال') && STRONG_OUTLET_HEADS.has(r.stem.slice(2))));
        let e = i;
        while (e + 1 < toks.length && toks[e + 1]!.sent === t.sent && e - i < 3 && !delimAfter(toks[e]!, toks) && !isBreaker(toks[e + 1]!) && !isStop(toks[e + 1]!) && !/^(ال|لل|بال|وال)/.test(toks[e + 1]!.light)) e++;
        // "وكالة الأنباء الرسمية" and the like have no proper name: skip them. An unquoted name
        // must read as one (or be known, or be in Latin letters), and follow a strong head.
        if (e > i) {
          const cand = text.slice(toks[i + 1]!.start, toks[e]!.end);
          const words = toks.slice(i + 1, e + 1);
          const known = !!knownOrg(cand) || /[A-Za-z]/.test(cand);
          if (known || (strong && words.every((w) => nameLike(w) && !isOutletHead(w) && !isSpeechVerb(w)))) name = cand;
        }
      }
      if (name && wordCount(name) <= 5) {
        const o = outletName(name, kind);
        col.add(stripDiacritics(name), o.en, o.kind, text.indexOf(name, t.end));
        // The name's own words are this mention: skip them.
        while (i + 1 < toks.length && toks[i + 1]!.start < t.end + (q ? q[0].length : name.length + 1)) i++;
      }
      continue;
    }
    // بحسب "X" / وفق تقدير "X" / ونقلت "X" عن
    // (the word without a leading و, built only for words that have one: this runs for every token)
    const according = ACCORDING_TO.has(t.light) || (t.light.startsWith('و') && ACCORDING_TO.has(t.light.slice(1)));
    if (according || TRANSMIT.has(t.light)) {
      const after = text.slice(t.end, t.end + 40);
      const q = /^\s*(?:[\u0621-\u064A\u064B-\u065F]+\s)?["“«]([^"”»\n]{2,40})["”»]/.exec(after);
      if (q && wordCount(q[1]!) <= 4) {
        const o = outletName(q[1]!.trim(), 'outlet');
        col.add(q[1]!.trim(), o.en, o.kind, t.end + q[0].indexOf(q[1]!));
        while (i + 1 < toks.length && toks[i + 1]!.start < t.end + q[0].length) i++;
        continue;
      }
      const nx = toks[i + 1];
      if (nx && nx.sent === t.sent && according) {
        const g = lightNormAr(nx.text).replace(/^(ل|ال|لل)/, '');
        const grp = GROUPS[g] ?? GROUPS[lightNormAr(nx.text).replace(/^ل/, '')];
        if (grp) col.add(stripDiacritics(nx.text).replace(/^ل(?!ل)/, ''), grp.en, grp.kind);
      }
    }
    // Organisations the lexicon knows as outlets or agencies, anywhere (رويترز، فرانس برس).
    const first = orgFirstWords();
    if (first && !knownNormReading(t, first)) continue;
    for (let n = 3; n >= 1; n--) {
      const last = toks[i + n - 1];
      if (!last || last.sent !== t.sent) continue;
      const phrase = text.slice(t.start, last.end);
      const o = knownOrg(phrase) ?? knownOrg(phrase.replace(/^[وبل](?=[\u0621-\u064A]{3})/, ''));
      if (o && (o.kind === 'outlet' || o.kind === 'agency')) {
        col.add(stripDiacritics(phrase).replace(/^[وبل](?=[\u0621-\u064A]{3})/, ''), o.en, o.kind, t.start);
        i += n - 1;
        break;
      }
    }
  }
  for (const p of people) if (ANALYST_ROLE.test(p.role.ar) || ANALYST_ROLE.test(p.role.en)) col.add(p.name.ar, p.name.en, 'analyst');
  return col.list();
}

const EN_OUTLET = /\b(?:according to|told|reported by|said in an interview with|quoted by|cited by)\s+(?:the\s+)?([A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})/g;
const EN_HEADED = /\b(?:the\s+)?((?:[A-Z][\w&.'-]*\s){0,3}(?:Times|Post|Journal|News|Agency|Press|Reuters|Bloomberg|Guardian|Telegraph|Herald|Tribune|Gazette|Television|TV|Radio|Network))\b/g;

export function findSourcesEn(text: string, people: readonly Person[]): SourceRef[] {
  const col = new Collector();
  const personNames = new Set(people.flatMap((p) => p.name.en.split(' ')));
  for (const m of text.matchAll(EN_HEADED)) {
    const name = m[1]!.trim();
    col.add('', name, AGENCY_WORDS.test(name) ? 'agency' : 'outlet');
  }
  for (const m of text.matchAll(EN_OUTLET)) {
    const name = m[1]!.trim().replace(/\s+(said|says|reported)$/, '');
    if (!name || name.split(' ').some((w) => personNames.has(w))) continue;
    if (/^(Reuters|AFP|AP|Bloomberg|Tass|TASS|Xinhua|Interfax|IRNA)$/.test(name)) col.add('', name, 'agency');
  }
  for (const p of people) if (ANALYST_ROLE.test(p.role.en)) col.add('', p.name.en, 'analyst');
  return col.list();
}
