import { describe, expect, it } from 'vitest';
import { itemKeys } from '../../src/overlay/ids.ts';
import { renderReview, review, template } from '../../src/overlay/review.ts';
import { overlaySchema } from '../../src/overlay/schema.ts';
import { parseArticle } from '../../src/parser/index.ts';

const SHORT = 'قال الرئيس الفرنسي إيمانويل ماكرون يوم الثلاثاء: "سنواصل دعم أوكرانيا حتى النهاية". وكانت فرنسا قد أرسلت مساعدات عسكرية في عام 2022.';

describe('review sheet', () => {
  it('lists every item with its Arabic and the English that is missing', () => {
    const b = parseArticle(SHORT);
    const r = review(b, b, { status: 'none', file: '' });
    const quote = `quotes.${itemKeys(b).quotes[0]}`;
    expect(r.target).toBe('en');
    expect(r.missing).toContain(quote);
    expect(r.missing).toContain('title');
    // Names the parser rendered in English are not missing.
    expect(r.missing.some((m) => m.startsWith('people.') && m.endsWith('.name'))).toBe(false);
    const sheet = renderReview(r);
    expect(sheet).toContain('سنواصل دعم أوكرانيا حتى النهاية');
    expect(sheet).toMatch(/MISSING ENGLISH/);
    expect(sheet).toContain(`Missing English: ${r.missing.length}`);
    expect(sheet).toMatch(/Overlay: none yet/);
  });

  it('counts editor text as done, machine text as worth a look, and reports stale entries', () => {
    const b = parseArticle(SHORT);
    const k = itemKeys(b);
    const machine = { ...b, title: { ...b.title, en: 'Machine title', machine: 'en' as const } };
    const overlay = { quotes: { [k.quotes[0]!]: { en: 'We will keep supporting Ukraine to the end' } }, precedents: { 'pr-00000000': { en: 'x' } } };
    const r = review(b, machine, { status: 'ok', file: 'o.json', overlay });
    expect(r.missing).not.toContain(`quotes.${k.quotes[0]}`);
    expect(r.machineOnly).toEqual(['title']);
    expect(r.stale).toEqual(['precedents.pr-00000000']);
    const sheet = renderReview(r);
    expect(sheet).toContain('We will keep supporting Ukraine to the end [editor]');
    expect(sheet).toContain('Machine title [machine]');
    expect(sheet).toMatch(/stale, ignored\): 1\n  precedents\.pr-00000000/);
  });
});

describe('template', () => {
  it('is a valid overlay with a key and a blank for every item', () => {
    const b = parseArticle(SHORT);
    const t = template(b);
    expect(overlaySchema.safeParse(t).success).toBe(true);
    expect(Object.keys(t.quotes!)).toEqual(itemKeys(b).quotes);
    expect(Object.values(t.quotes!)[0]).toEqual({ ref: b.quotes[0]!.text, en: '' });
    expect(t.briefing).toBe(b.id);
  });

  it('asks for Arabic for an English article, and its overlay fills Arabic replies', () => {
    const b = parseArticle('French President Emmanuel Macron said on Tuesday that Europe would keep supporting Ukraine. "We will stand with Ukraine until the end," Macron told reporters in Paris.');
    const t = template(b);
    const [key, entry] = Object.entries(t.quotes!)[0]!;
    expect(entry).toEqual({ ref: b.quotes[0]!.text, ar: '' });
    const r = review(b, b, { status: 'ok', file: 'o.json', overlay: { quotes: { [key]: { ar: 'سنقف مع أوكرانيا حتى النهاية' } } } });
    expect(r.target).toBe('ar');
    expect(r.missing).not.toContain(`quotes.${key}`);
    expect(renderReview(r)).toContain('سنقف مع أوكرانيا حتى النهاية [editor]');
    expect(renderReview(r)).toMatch(/MISSING ARABIC/);
  });
});
