import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/types.ts';
import { applyOverlay, staleEntries } from '../../src/overlay/apply.ts';
import { itemKeys } from '../../src/overlay/ids.ts';
import type { Overlay } from '../../src/overlay/schema.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { quoteText, summaryPoints } from '../../src/views/briefing-views.ts';

const SAMPLE = readFileSync('data/russia-iran-partnership.ar.txt', 'utf8');
const parse = (t = SAMPLE) => parseArticle(t, { meta: { file: 'sample' } });
const quoteKey = (b: Briefing, start: string) => itemKeys(b).quotes[b.quotes.findIndex((q) => q.text.startsWith(start))]!;

describe('overlay keys', () => {
  it('are the same for the same text, parse after parse', () => {
    const a = parse();
    const b = parse();
    expect(b.id).toBe(a.id);
    expect(itemKeys(b)).toEqual(itemKeys(a));
    // Keys do not depend on surrounding whitespace either.
    expect(itemKeys(parse(`${SAMPLE}\n\n`))).toEqual(itemKeys(a));
  });

  it('follow the text, not the position: items found before others keep their keys', () => {
    const a = parse();
    // An extra quote ahead of the others shifts the parser's positional ids (q1, q2...).
    const b = parse(`وقال المتحدث باسم الكرملين ديمتري بيسكوف: "لا تعليق لدينا على هذه التقارير".\n${SAMPLE}`);
    const ka = itemKeys(a).quotes;
    const kb = itemKeys(b).quotes;
    expect(b.quotes.length).toBeGreaterThan(a.quotes.length);
    for (const k of ka) expect(kb).toContain(k);
    const overlay: Overlay = { quotes: { [quoteKey(a, 'ليس هناك ما يمكن')]: { en: 'There is really nothing to talk about' } } };
    const out = applyOverlay(b, overlay);
    const q = out.quotes.find((x) => x.textEn)!;
    expect(q.text).toMatch(/^ليس هناك ما يمكن/);
    expect(out.quotes.filter((x) => x.textEn)).toHaveLength(1);
  });

  it('give repeated texts distinct keys', () => {
    const b = parse();
    const twice: Briefing = { ...b, quotes: [b.quotes[0]!, { ...b.quotes[0]!, id: 'qx' }] };
    const [k1, k2] = itemKeys(twice).quotes;
    expect(k1).not.toBe(k2);
    expect(k2).toBe(`${k1}-2`);
  });
});

describe('applyOverlay', () => {
  it('never changes the briefing it is given', () => {
    const b = parse();
    const before = JSON.stringify(b);
    applyOverlay(b, { title: { en: 'T' }, quotes: { [itemKeys(b).quotes[0]!]: { en: 'Q' } } });
    expect(JSON.stringify(b)).toBe(before);
  });

  it('wins over machine text and clears its mark; leaves other machine text marked', () => {
    const b = parse();
    const k = itemKeys(b);
    const machine: Briefing = {
      ...b,
      quotes: b.quotes.map((q) => ({ ...q, textEn: `machine ${q.id}`, machine: 'en' as const })),
      precedents: b.precedents.map((p) => ({ ...p, text: { ...p.text, en: `machine ${p.id}`, machine: 'en' as const } })),
      summary: { ...b.summary, en: ['m1', 'm2', 'm3'], machine: 'en' },
    };
    const out = applyOverlay(machine, {
      quotes: { [k.quotes[0]!]: { en: 'editor quote' } },
      precedents: { [k.precedents[0]!]: { en: 'editor precedent' } },
    });
    expect(quoteText(out, out.quotes[0]!)).toEqual({ ar: b.quotes[0]!.text, en: 'editor quote' });
    expect(out.quotes[1]!.machine).toBe('en');
    expect(out.precedents[0]!.text).toEqual({ ar: b.precedents[0]!.text.ar, en: 'editor precedent' });
    expect(out.precedents[1]!.text.machine).toBe('en');
    // No summary entries: the machine summary stands.
    expect(out.summary.en).toEqual(['m1', 'm2', 'm3']);
  });

  it('puts point-by-point summary English over a machine summary, the rest falling back to the original', () => {
    const b = parse();
    const k = itemKeys(b);
    const machine: Briefing = { ...b, summary: { ...b.summary, en: ['m1', 'm2'], machine: 'en' } };
    const out = applyOverlay(machine, { summary: { [k.summary[1]!]: { en: 'Point two in English.' } } });
    expect(out.summary.machine).toBeUndefined();
    expect(out.summary.en[1]).toBe('Point two in English.');
    const shown = summaryPoints(out, 'en');
    expect(shown.points[1]).toBe('Point two in English.');
    expect(shown.points[0]).toBe(b.summary.ar[0]);
    expect(shown.original).toBe(true);
    expect(shown.machine).toBe(false);
  });

  it('carries a corrected name to quotes, sources and /who aliases', () => {
    const b = parse();
    const k = itemKeys(b);
    const i = b.people.findIndex((p) => p.name.ar === 'فابريس بوثييه');
    const before = b.people[i]!;
    const out = applyOverlay(b, { people: { [k.people[i]!]: { name: { en: 'Fabrice Pothier' }, role: { en: 'former NATO adviser' } } } });
    const p = out.people[i]!;
    expect(p.name).toEqual({ ar: 'فابريس بوثييه', en: 'Fabrice Pothier' });
    expect(p.role.en).toBe('former NATO adviser');
    expect(p.nameOrigin).toBe('overlay');
    expect(p.aliases).toContain('Fabrice Pothier');
    if (before.name.en !== 'Fabrice Pothier') expect(p.aliases).toContain(before.name.en);
    for (const q of out.quotes.filter((q) => q.speakerId === p.id)) expect(q.speaker.en).toBe('Fabrice Pothier');
    const src = out.sources.find((s) => s.name.ar === 'فابريس بوثييه');
    if (src) expect(src.name.en).toBe('Fabrice Pothier');
  });

  it('re-attributes a quote to another person of the briefing', () => {
    const b = parse();
    const k = itemKeys(b);
    const putin = b.people.findIndex((p) => p.name.ar === 'فلاديمير بوتين');
    const kozhanov = b.people.findIndex((p) => p.name.ar === 'نيكولاي كوزانوف');
    const qi = b.quotes.findIndex((q) => q.speakerId === b.people[putin]!.id);
    const out = applyOverlay(b, { quotes: { [k.quotes[qi]!]: { person: k.people[kozhanov]! } } });
    expect(out.quotes[qi]!.speakerId).toBe(b.people[kozhanov]!.id);
    expect(out.quotes[qi]!.speaker.ar).toBe('نيكولاي كوزانوف');
    expect(staleEntries(b, { quotes: { [k.quotes[qi]!]: { person: 'p-00000000' } } })).toEqual([`quotes.${k.quotes[qi]}.person (p-00000000)`]);
  });

  describe('a quote said together (speakerIds, joint36)', () => {
    const JOINT = [
      'عنوان تجريبي',
      '',
      'استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة يوم الأحد.',
      'وقال شكري والصفدي في مؤتمر صحفي مشترك إن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة في المنطقة.',
    ].join('\n');
    const joint = (b: Briefing) => b.quotes.findIndex((q) => q.speakerIds?.length === 2);

    it('a corrected name of one speaker is carried into the names joined', () => {
      const b = parse(JOINT);
      const k = itemKeys(b);
      const qi = joint(b);
      expect(qi).toBeGreaterThanOrEqual(0);
      const i = b.people.findIndex((p) => p.id === b.quotes[qi]!.speakerIds![1]);
      const out = applyOverlay(b, { people: { [k.people[i]!]: { name: { en: 'Ayman al-Safadi' } } } });
      expect(out.quotes[qi]!.speaker.en).toBe(`${b.people.find((p) => p.id === b.quotes[qi]!.speakerIds![0])!.name.en} and Ayman al-Safadi`);
      // (the Arabic, not corrected, stays as written)
      expect(out.quotes[qi]!.speaker.ar).toBe(b.quotes[qi]!.speaker.ar);
      expect(out.quotes[qi]!.speakerIds).toEqual(b.quotes[qi]!.speakerIds);
    });

    it('re-attributed to one person, it is theirs alone', () => {
      const b = parse(JOINT);
      const k = itemKeys(b);
      const qi = joint(b);
      const out = applyOverlay(b, { quotes: { [k.quotes[qi]!]: { person: k.people[0]! } } });
      expect(out.quotes[qi]!.speakerId).toBe(b.people[0]!.id);
      expect(out.quotes[qi]).not.toHaveProperty('speakerIds');
    });
  });

  it('lists entries that match nothing as stale and ignores them', () => {
    const b = parse();
    const o: Overlay = { quotes: { 'q-deadbeef': { en: 'gone' } }, people: { 'p-00000000': { name: { en: 'Nobody' } } } };
    expect(staleEntries(b, o).sort()).toEqual(['people.p-00000000', 'quotes.q-deadbeef']);
    expect(JSON.stringify(applyOverlay(b, o))).toBe(JSON.stringify(b));
  });
});
