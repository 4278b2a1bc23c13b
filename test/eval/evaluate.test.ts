/** The eval's figures on a hand-made briefing: each kind of error lands in its own count. */
import { describe, expect, it } from 'vitest';
import type { Briefing, Person, Quote } from '../../src/briefing/types.ts';
import { evaluate, matchQuote, rightRoleEn, rightSpeakerAr, rightSpeakerEn, rightSpeakerEnStrict, share, speakerEnExtra } from '../../src/eval/evaluate.ts';
import { roleExtra, roleOverlap, score, strictRoleRight, type Gold } from '../../src/eval/gold-score.ts';

const person = (id: string, ar: string, en: string, role = ''): Person => ({
  id, name: { ar, en }, role: { ar: role, en: '' }, aliases: [], mentions: 1, firstOffset: 0, sentenceIds: [0], nameOrigin: 'romanised', keys: [],
});
const quote = (text: string, p: Person | null, kind: Quote['kind'], speakerAr = ''): Quote => ({
  id: text, text, textEn: '', speaker: p ? { ar: p.name.ar, en: p.name.en } : { ar: speakerAr, en: '' }, speakerId: p?.id ?? null, unnamed: !p, kind, sentenceId: 0,
});

const trump = person('p-trump', 'دونالد ترامب', 'Donald Tramb', 'الرئيس الأمريكي');
const pompeo = person('p-pompeo', 'مايك بومبيو', 'Mike Pompeo', 'الرئيس الأمريكي');
const verb = person('p-x', 'تعمل', 'Taamal');
const b = {
  id: 'x', lang: 'ar', title: { ar: '', en: '' }, summary: { ar: [], en: [] }, people: [trump, pompeo, verb],
  quotes: [quote('يكون قد أمر باغتيال الأسد', trump, 'direct'), quote('لن نتراجع عن العقوبات أبدا', trump, 'direct'), quote('الوضع خطير جدا في المنطقة', null, 'direct', 'مصدر أمني')],
  precedents: [{ id: 'pr1', text: { ar: 'انسحبت واشنطن من الاتفاق في مايو 2018', en: '' }, years: [2015], cue: '2018', sentenceId: 0 }],
  timeline: [], sources: [], sentences: [{ id: 0, text: 'انسحبت واشنطن من الاتفاق في مايو 2018', start: 0, end: 10 }], meta: {}, parserVersion: 2,
} as Briefing;
const gold: Gold = {
  people: [{ ar: 'دونالد ترامب', en: 'Donald Trump', role_ar: 'الرئيس الأمريكي' }, { ar: 'مايك بومبيو', en: 'Mike Pompeo', role_ar: 'وزير الخارجية الأمريكي' }],
  quotes: [
    { speaker_en: 'Donald Trump', speaker_ar: 'دونالد ترامب', text_start: 'يكون قد أمر', kind: 'denial' },
    { speaker_en: 'Mike Pompeo', speaker_ar: 'مايك بومبيو', text_start: 'لن نتراجع عن' },
    { speaker_en: 'a security source', speaker_ar: 'مصدر أمني', unnamed: true, text_start: 'الوضع خطير' },
    { speaker_en: 'Donald Trump', speaker_ar: 'دونالد ترامب', text_start: 'سنرد بقوة' },
  ],
  precedents: [{ anchor: 'انسحبت واشنطن من الاتفاق', year: '2018' }],
};

describe('evaluate', () => {
  const r = evaluate('t', b, gold);
  it('scores people and their roles, and lists the invented one', () => {
    expect(r.people).toEqual({ tp: 2, predicted: 3, gold: 2 });
    expect(share(r.roles)).toBe(0.5); // Pompeo got Trump's role
    expect(r.inventions).toContain('person تعمل');
    expect(r.namesEn.ok).toBe(2); // Tramb sounds like Trump
    expect(r.namesEnExact.ok).toBe(1);
  });
  it('counts found quotes, right speakers and a denial shown as a claim', () => {
    expect(r.quotes).toEqual({ ok: 3, n: 4 });
    expect(r.speakers).toEqual({ ok: 2, n: 4 });
    expect(r.wrongSpeakers.join()).toContain('want مايك بومبيو');
    expect(r.opposite).toBe(1);
    expect(r.kinds).toEqual({ ok: 0, n: 1 });
    expect(r.misses.some((m) => m.startsWith('quote "سنرد بقوة"'))).toBe(true);
  });
  it('finds the precedent but not its date', () => {
    expect(r.precedents.tp).toBe(1);
    expect(r.precedentHits).toBe(1);
    expect(r.precedentYears).toEqual({ ok: 0, n: 1 });
  });
});

describe('matchQuote', () => {
  const nike = quote('عن قلقها من الاتهامات التي وجهت للاعب', null, 'indirect', 'شركة نايكي');
  const pledge = quote('سيسعى لإبراء نفسه من الاتهامات', trump, 'indirect');
  const denial = quote('الاتهامات', trump, 'denial');

  it('does not place a short opening inside another statement that mentions it', () => {
    const g = { speaker_en: 'Donald Trump', text_start: 'الاتهامات', kind: 'denial' };
    expect(matchQuote(g, [nike, pledge], new Set())).toBeUndefined();
    expect(matchQuote(g, [nike, pledge, denial], new Set())).toBe(denial);
  });

  it('prefers the quote the opening words begin, and skips the used ones', () => {
    const g = { speaker_en: 'Donald Trump', text_start: 'من الاتهامات التي وجهت' };
    const opens = quote('من الاتهامات التي وجهت إليه باطلة', trump, 'direct');
    expect(matchQuote(g, [nike, opens], new Set())).toBe(opens);
    expect(matchQuote(g, [nike, opens], new Set([opens]))).toBe(nike);
  });

  it('meets a gold role of several comma-set descriptions by any one of them, not by a stray word', () => {
    expect(roleOverlap('السناتور', 'السناتور، ديمقراطي بارز في لجنة الاستخبارات بمجلس الشيوخ')).toBe(1);
    expect(roleOverlap('الملك', 'العاهل السعودي، الملك')).toBe(1);
    expect(roleOverlap('الرئيس', 'الرئيس الأمريكي')).toBe(0.5);
    expect(roleOverlap('بمجلس', 'السناتور، ديمقراطي بارز في لجنة الاستخبارات بمجلس الشيوخ')).toBeLessThan(0.5);
  });
});

describe('rightSpeakerEn for a described source', () => {
  const q = (en: string) => ({ speaker: { ar: 'x', en }, speakerId: null, unnamed: true }) as unknown as Quote;
  const g = (en: string) => ({ speaker_en: en, unnamed: true, text_start: 'x' }) as Gold['quotes'][number];
  const none: Gold = { people: [], quotes: [], precedents: [] } as unknown as Gold;

  it('compares a body the lexicon knows by an acronym by that acronym, whichever name is written', () => {
    expect(rightSpeakerEn(q('the International Monetary Fund'), g('the IMF'), none)).toBe(true);
    expect(rightSpeakerEn(q('the United Nations and the European Union'), g('the UN and the EU'), none)).toBe(true);
    expect(rightSpeakerEn(q('the International Monetary Fund'), g('the World Bank'), none)).toBe(false);
  });

  it('reads spokesman, spokeswoman and spokesperson as one word', () => {
    expect(rightSpeakerEn(q('a spokesman'), g('a StubHub spokesperson'), none)).toBe(true);
  });
});

describe('a quote said together', () => {
  const macron = person('p-macron', 'إيمانويل ماكرون', 'Emmanuel Macron');
  const joint = { ...quote('رغبتهما في التوصل إلى اتفاق جديد', null, 'indirect'), speaker: { ar: 'ترامب وماكرون', en: 'Donald Trump and Emmanuel Macron' }, speakerIds: [trump.id, macron.id], unnamed: false } as Quote;
  const alone = quote('رغبتهما في التوصل إلى اتفاق جديد', macron, 'indirect');
  const people = [{ ar: 'دونالد ترامب', en: 'Donald Trump' }, { ar: 'إيمانويل ماكرون', en: 'Emmanuel Macron' }];
  const both: Gold = { people, quotes: [{ speaker_en: 'Donald Trump and Emmanuel Macron', speaker_ar: 'ترامب وماكرون', text_start: 'رغبتهما في التوصل' }], precedents: [] };
  const one: Gold = { people, quotes: [{ speaker_en: 'Emmanuel Macron', speaker_ar: 'إيمانويل ماكرون', text_start: 'رغبتهما في التوصل' }], precedents: [] };
  const brief = (q: Quote) => ({ ...b, people: [trump, macron], quotes: [q] }) as Briefing;

  it('is right against a gold that gives it to the same persons together, and only then', () => {
    expect(rightSpeakerAr(joint, both.quotes[0]!, both)).toBe(true);
    expect(rightSpeakerEn(joint, both.quotes[0]!, both)).toBe(true);
    expect(score(brief(joint), both).quotes.tp).toBe(1);
    // (the joint phrase ends on Macron's name, which the name test alone would take for him)
    expect(rightSpeakerAr(joint, one.quotes[0]!, one)).toBe(false);
    expect(rightSpeakerEn(joint, one.quotes[0]!, one)).toBe(false);
    expect(score(brief(joint), one).quotes.tp).toBe(0);
  });

  it('gives no credit to one of the persons alone when the gold has them together', () => {
    expect(rightSpeakerAr(alone, both.quotes[0]!, both)).toBe(false);
    expect(rightSpeakerEn(alone, both.quotes[0]!, both)).toBe(false);
    expect(score(brief(alone), both).quotes.tp).toBe(0);
    expect(score(brief(alone), one).quotes.tp).toBe(1);
  });
});

describe('the strict role test (role-strict: role leaks)', () => {
  const others = ['ديفيد براون', 'سامي نور'];
  it('is right for the gold role, a short tail or an honorific, as the eval\'s test is', () => {
    expect(strictRoleRight('رئيس البنك الوطني', 'رئيس البنك الوطني', others)).toBe(true);
    expect(strictRoleRight('رئيس البنك الوطني يوم', 'رئيس البنك الوطني', others)).toBe(true);
    expect(strictRoleRight('الشيخ، وزير الخارجية', 'وزير الخارجية', others)).toBe(true);
    // a word of the person's own name is no other person's
    expect(strictRoleRight('الممثلة جون', 'الممثلة', others, 'جون سميث')).toBe(true);
    // no role for no role; a missing or wrong role is wrong under both tests
    expect(strictRoleRight('', '', others)).toBe(true);
    expect(strictRoleRight('رئيس البنك', '', others)).toBe(false);
    expect(strictRoleRight('', 'رئيس البنك الوطني', others)).toBe(false);
    expect(strictRoleRight('وزير النفط', 'رئيس البنك الوطني', others)).toBe(false);
  });
  it('is wrong for a role with the next person\'s role or name run into it, which the eval\'s test counts right', () => {
    const leak = 'رئيس البنك الوطني وديفيد براون رئيس شركة النفط';
    expect(roleOverlap(leak, 'رئيس البنك الوطني')).toBe(1);
    expect(strictRoleRight(leak, 'رئيس البنك الوطني', others)).toBe(false);
    expect(roleExtra(leak, 'رئيس البنك الوطني', others).extra).toHaveLength(4); // رئيس is the gold's word
    expect(roleExtra(leak, 'رئيس البنك الوطني', others).names).toEqual(['وديفيد', 'براون']);
    // two extra words only, but one is another person's name
    expect(strictRoleRight('مدرب المنتخب سامي للتشكيلة', 'مدرب المنتخب', others)).toBe(false);
    expect(roleExtra('مدرب المنتخب سامي للتشكيلة', 'مدرب المنتخب', others).names).toEqual(['سامي']);
    // three extra words of the sentence's tail
    expect(strictRoleRight('رئيس البنك الوطني من حضور المؤتمر', 'رئيس البنك الوطني', others)).toBe(false);
  });
  it('counts the leaks in the eval\'s figures and lists them', () => {
    const smith = person('p-s', 'جون سميث', 'John Smith', 'رئيس البنك الوطني وديفيد براون رئيس شركة النفط');
    const brown = person('p-b', 'ديفيد براون', 'David Brown', 'رئيس شركة النفط');
    const g: Gold = { people: [{ ar: 'جون سميث', en: 'John Smith', role_ar: 'رئيس البنك الوطني' }, { ar: 'ديفيد براون', en: 'David Brown', role_ar: 'رئيس شركة النفط' }], quotes: [], precedents: [] };
    const r = evaluate('t', { ...b, people: [smith, brown], quotes: [], precedents: [] } as Briefing, g);
    expect(r.roles).toEqual({ ok: 2, n: 2 });
    expect(r.rolesStrict).toEqual({ ok: 1, n: 2 });
    expect(r.roleLeaks).toHaveLength(1);
    expect(r.roleLeaks[0]).toContain('جون سميث');
    expect(r.roleLeaks[0]).toContain('names: وديفيد براون');
  });
});

describe('the strict English speaker test (speaker-en-strict: run-ons)', () => {
  const described = (en: string) => ({ ...quote('إن الوضع هادئ', null, 'indirect'), speaker: { ar: 'متحدث باسم الشرطة', en }, unnamed: true }) as Quote;
  const g: Gold = { people: [{ ar: 'سامي نور', en: 'Sami Nour' }], quotes: [{ speaker_en: 'a police spokesman', speaker_ar: 'متحدث باسم الشرطة', text_start: 'إن الوضع هادئ', unnamed: true }], precedents: [] };
  const gq = g.quotes[0]!;
  it('is right for the gold\'s words and a short tail, as the lenient test is', () => {
    expect(rightSpeakerEnStrict(described('a police spokesman'), gq, g)).toBe(true);
    expect(rightSpeakerEnStrict(described('a spokesperson for the police'), gq, g)).toBe(true);
  });
  it('is wrong for a run-on the lenient test counts right, and for a neighbour\'s name', () => {
    const runOn = described('a spokesman for the police for The Guardian on Tuesday');
    expect(rightSpeakerEn(runOn, gq, g)).toBe(true);
    expect(rightSpeakerEnStrict(runOn, gq, g)).toBe(false);
    expect(speakerEnExtra(runOn.speaker.en, gq).extra).toEqual(['for', 'for', 'guardian', 'on', 'tuesday']);
    expect(rightSpeakerEnStrict(described('a police spokesman Nour'), gq, g, ['Sami Nour'])).toBe(false);
  });
  it('counts them in the eval\'s figures and lists them', () => {
    const r = evaluate('t', { ...b, people: [], quotes: [described('police spokesman with the minister of the interior')], precedents: [] } as Briefing, g);
    expect(r.speakersEn).toEqual({ ok: 1, n: 1 });
    expect(r.speakersEnStrict).toEqual({ ok: 0, n: 1 });
    expect(r.speakerEnLeaks).toHaveLength(1);
  });
});

describe('rightRoleEn: the English of a role the Arabic got right', () => {
  it('is right when it holds half the words of one of the gold descriptions', () => {
    expect(rightRoleEn('chief executive of Twitter', 'Twitter CEO')).toBe(true);
    expect(rightRoleEn('Senator', 'US senator, senior Democrat on the Senate Intelligence Committee')).toBe(true);
    expect(rightRoleEn('Saudi media personality', 'media personality (Rotana)')).toBe(true);
  });
  it('is wrong when empty, or when only an adjective survived the translation', () => {
    expect(rightRoleEn('', 'art historian')).toBe(false);
    expect(rightRoleEn('Egyptian', 'Egyptian TV presenter')).toBe(false);
    expect(rightRoleEn('Foreign Minister', 'Secretary of State')).toBe(false);
  });
});
