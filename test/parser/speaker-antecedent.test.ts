/**
 * Candidates beyond the ranker's window (issue 11, speakers25): the person an unstated subject
 * refers back to a few sentences on, the person a description of the rules' choice refers to, and
 * the article's protagonist. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';
import { candidateFeatures, type QuoteContext, type SpeakerCandidate } from '../../src/parser/speaker-ranker.ts';

describe('candidates beyond the window', () => {
  it('offers the person an unstated subject refers back to, three sentences on', () => {
    const seen = speakerCandidates([
      'وصل المهندس كريم ناصر إلى المدينة صباح الاثنين في زيارة رسمية تستمر ثلاثة أيام.',
      'وتضم المدينة عددا كبيرا من المصانع القديمة التي أغلقت أبوابها خلال العقد الماضي.',
      'ويعمل في هذه المصانع آلاف العمال من القرى المجاورة منذ سنوات طويلة.',
      'وفي حديث صحفي قال: "سنعيد فتح المصانع القديمة قبل نهاية العام المقبل بإذن الله".',
    ]);
    const last = seen[seen.length - 1]!;
    const karim = last.find((o) => o.speaker.ar === 'كريم ناصر');
    expect(karim).toBeDefined();
    expect(karim!.feats).toContain('ante');
    expect(karim!.feats).toContain('ante|far');
  });

  it('skips a name behind a preposition or of the other gender', () => {
    const seen = speakerCandidates([
      'التقت الوزيرة سلمى رشيد بالسفير عادل منصور في مكتبها صباح الأحد لمناقشة ملف المياه.',
      'وتناول اللقاء التعاون بين البلدين في مجالات الزراعة والطاقة والنقل.',
      'وقالت إن "التعاون بين البلدين يشمل كل المجالات دون استثناء في المرحلة المقبلة".',
    ]);
    const last = seen[seen.length - 1]!;
    const ante = last.filter((o) => o.feats.includes('ante')).map((o) => o.speaker.ar);
    expect(ante).toEqual(['سلمى رشيد']);
  });

  it('marks the person named most often as the protagonist', () => {
    const seen = speakerCandidates([
      'أعلن المدرب فادي سالم تشكيلة الفريق الجديدة يوم الأحد في مؤتمر صحفي بالعاصمة.',
      'وضمت تشكيلة فادي سالم عددا من اللاعبين الشبان بينهم اللاعب رامي حداد.',
      'وكان فادي سالم قد تولى تدريب الفريق قبل عامين بعد رحيل المدرب السابق.',
      'وتابع الرجل: "نريد أن نلعب كرة هجومية جميلة ترضي الجماهير في كل المباريات".',
    ]);
    const last = seen[seen.length - 1]!;
    const fadi = last.find((o) => o.speaker.ar === 'فادي سالم');
    expect(fadi?.feats).toContain('prot');
    // (since speakers41 the rules themselves read «الرجل» as the person named last before it)
    expect(last[0]!.speaker.ar).toBe('فادي سالم');
  });
});

describe('features of the new candidates', () => {
  const ctx: QuoteContext = { verb: 'continuation', kind: 'direct', ruleType: 'body', opensSentence: false, crowd: 0, ruleMedium: false, ruleGeneric: true };
  const cand = (over: Partial<SpeakerCandidate>): SpeakerCandidate => ({ type: 'person', rule: false, last: false, mention: null, mentions: 3, hasRole: false, medium: false, words: 2, ...over });

  it('names the antecedent, the protagonist and a bare description of the rules', () => {
    const f = candidateFeatures(cand({ ante: true, protagonist: true }), ctx);
    expect(f).toEqual(expect.arrayContaining(['ante', 'ante|v:continuation', 'ante|rt:body', 'ante|gen', 'ante|far', 'prot', 'prot|far', 'gen|alt|t:person']));
    expect(candidateFeatures(cand({}), { ...ctx, ruleGeneric: false })).not.toContain('ante');
  });
});
