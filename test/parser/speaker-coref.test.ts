/**
 * Who a title, another spelling or a governed name refers to (issue 11, speakers19): constructed
 * copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { candidateFeatures, collectRankings, type QuoteContext, type RankedOption, type SpeakerCandidate } from '../../src/parser/speaker-ranker.ts';

const whoSaid = (lines: string[]) => parseArticle(['عنوان تجريبي', '', ...lines].join('\n')).quotes.map((q) => q.speaker.ar);

describe('speakers referred to', () => {
  it('a title the article wrote before a name is that person (الفنان المصري → الفنان سامي كمال)', () => {
    const who = whoSaid([
      'وشارك الفنان سامي كمال في مهرجان القاهرة السينمائي هذا الأسبوع بفيلمه الجديد.',
      'وأكد الفنان المصري أنه يتابع ردود الجمهور على الفيلم بنفسه كل يوم.',
    ]);
    expect(who).toEqual(['سامي كمال']);
  });

  it('a name in another spelling is the person (أبوزيد → أحمد أبو زيد)', () => {
    const who = whoSaid([
      'وقال المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد إن الوزارة ترفض البيان الأوروبي جملة وتفصيلا.',
      'وصرح أبوزيد بأن مصر دولة قانون تحترم حرية الرأي والتعبير.',
    ]);
    expect(who).toEqual(['أحمد أبو زيد', 'أحمد أبو زيد']);
  });

  it('a plural common word is no spelling of a name (آخرون ≠ آرون)', () => {
    const who = whoSaid([
      'وقال المدير التنفيذي للشركة آدم آرون إن العرض الأول كان ناجحا جدا في المدينة.',
      'فيما اشتكى آخرون من ارتفاع سعر التذكرة وقالوا إن البث المنزلي يبقى خيارا أقل تكلفة.',
    ]);
    expect(who[who.length - 1]).not.toBe('آدم آرون');
  });

  it('the subject after قال له is the speaker, not the one addressed', () => {
    const who = whoSaid([
      'وعندما وصل اللاعب زلاتان إبراهيموفيتش إلى برشلونة قال له المدرب بيب غوارديولا بأن يحضر إلى مكتبه إذا كانت لديه أي مشاكل.',
    ]);
    expect(who).toEqual(['بيب غوارديولا']);
  });

  it('a name behind a title a preposition governs is not the participle\'s subject', () => {
    const who = whoSaid([
      'وتحدث المتهم جورج بابادوبولوس إلى القاضي راندي موس لمدة ثلاث دقائق، حيث قرأ خطابا اعترف فيه بخطئه، مضيفا: "أنا مستعد لقبول عقوبتي كاملة".',
    ]);
    expect(who.length).toBeGreaterThan(0);
    expect(who.every((w) => w === 'جورج بابادوبولوس')).toBe(true);
  });
});

describe('ranker facts', () => {
  const ctx: QuoteContext = { verb: 'speech', kind: 'indirect', ruleType: 'described', opensSentence: false, crowd: 1, ruleMedium: false };
  const cand = (over: Partial<SpeakerCandidate>): SpeakerCandidate => ({ type: 'person', rule: false, last: false, mention: null, mentions: 1, hasRole: false, medium: false, words: 2, ...over });

  it('names what a phrase opens on, a coreference and a possessor', () => {
    expect(candidateFeatures(cand({ type: 'described', rule: true, head: 'other' }), ctx)).toContain('head:other|rule:true');
    expect(candidateFeatures(cand({ coref: true }), ctx)).toContain('coref|rt:described');
    const m = { dist: -2, sentBack: 0, subjectSlot: false, object: false, inQuote: false, punctBetween: false, clauseStart: false, possessor: true };
    expect(candidateFeatures(cand({ mention: m }), ctx)).toContain('poss|side:before');
  });

  it('marks a person a preceding title refers to, in constructed copy', () => {
    const seen: RankedOption[][] = [];
    collectRankings((_q, o) => seen.push(o));
    parseArticle(['عنوان تجريبي', '', 'وقالت محامية الممثلة ليلى حسن، سارة فؤاد، في بيان إن موكلتها بريئة من كل التهم الموجهة إليها.'].join('\n'));
    collectRankings(null);
    const layla = seen.flat().find((o) => o.speaker.ar === 'ليلى حسن');
    expect(layla?.feats).toContain('poss');
  });

  it('names a description\'s antecedent by its title head, nationality, gender and distance (dref)', () => {
    const link = { latest: true, nat: 'agree' as const, gender: 'agree' as const, back: 2, full: false };
    const f = candidateFeatures(cand({ dref: link }), ctx);
    expect(f).toEqual(expect.arrayContaining(['dref', 'dref|latest:true', 'dref|nat:agree', 'dref|g:agree', 'dref|back:3', 'dref|full:false', 'dref|best', 'dref|best|far']));
    // (a clash of nationality or gender is no best antecedent)
    expect(candidateFeatures(cand({ dref: { ...link, nat: 'clash' } }), ctx)).not.toContain('dref|best');
    expect(candidateFeatures(cand({ dref: { ...link, gender: 'clash' } }), ctx)).not.toContain('dref|best');
    expect(candidateFeatures(cand({}), ctx).some((x) => x.startsWith('dref'))).toBe(false);
  });

  // (Round fifty-eight: الناطق and المتحدث are one office to the rules, so the description is hers
  // before the ranker's link is needed: the rules' choice, no description left to link.)
  it('gives a description to the person named before whose office it names (المتحدثة → الناطقة X)', () => {
    const seen: RankedOption[][] = [];
    collectRankings((_q, o) => seen.push(o));
    const b = parseArticle(['عنوان تجريبي', '',
      'وصرحت الأربعاء سلمى خوري الناطقة باسم وزارة الخارجية الفرنسية أن الاتفاق بات قريبا.',
      'وكان المتحدث باسم الحكومة الألمانية كريم فوغل قد زار باريس الأسبوع الماضي للقاء نظرائه.',
      'وشهدت العاصمة مظاهرات كبيرة طوال الأسبوع الماضي احتجاجا على غلاء الأسعار.',
      'وتابعت المتحدثة باسم الوزارة الفرنسية أن "المفاوضات لم تنته بعد".',
    ].join('\n'));
    collectRankings(null);
    const last = seen[seen.length - 1]!;
    const salma = last.find((o) => o.speaker.ar === 'سلمى خوري');
    const karim = last.find((o) => o.speaker.ar === 'كريم فوغل');
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['سلمى خوري', 'سلمى خوري']);
    expect(salma?.feats).toContain('rule');
    // (the later one with the same title word is of the other nationality and gender)
    expect(karim?.feats ?? []).not.toContain('dref|best');
  });

  // (round fifty-four linked the description in the ranker; since round sixty the rules read the
  // office محاميه holds and name him, so he is the rules' reading)
  it('reads a description as the person a relation with its pronoun titles (محاميه X ← محامي اللاعب), not as the possessor of «محامي X»', () => {
    const seen: RankedOption[][] = [];
    collectRankings((_q, o) => seen.push(o));
    parseArticle(['عنوان تجريبي', '',
      'أعلن نجم كرة القدم البرتغالي كريستيانو رونالدو رفضه المزاعم، وذلك وفقا لبيان محاميه بيتر كريستيانسين.',
      'وجاء في بيان محامي رونالدو أن "ما حدث كان بالتراضي".',
      'ولفت محامي اللاعب البرتغالي إلى أن "رونالدو ينكر بشدة جميع المزاعم في الشكوى".',
    ].join('\n'));
    collectRankings(null);
    const last = seen[seen.length - 1]!;
    const peter = last.find((o) => o.speaker.ar === 'بيتر كريستيانسين');
    const ronaldo = last.find((o) => o.speaker.ar === 'كريستيانو رونالدو');
    expect(peter?.feats).toContain('rule');
    expect(ronaldo?.feats).not.toContain('rule');
    expect((ronaldo?.feats ?? []).some((x) => x.startsWith('dref'))).toBe(false);
  });
});
