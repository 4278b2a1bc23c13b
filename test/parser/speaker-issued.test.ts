/**
 * Speakers26 (issue 11): a statement phrase offered beside its issuer, «جاء في بيان …» before a
 * quotation, a subject after «قال فيه», and a time phrase kept out of a description. Constructed
 * copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates, whoSaid } from '../helpers/speaker-candidates.ts';


describe('statements and their issuers', () => {
  it('«وجاء في بيان للحكومة "…"»: the statement speaks, not no one', () => {
    const who = whoSaid(['وجاء في بيان للحكومة الأردنية "أعادت السلطات المختصة المخطوطات القديمة إلى المتحف الوطني".']);
    expect(who).toHaveLength(1);
    expect(who[0]).toMatch(/بيان|الحكومة/);
  });

  it('offers the statement phrase beside the issuer the rules read from it', () => {
    const seen = speakerCandidates(['وتضمن بيان لوزارة الزراعة الأردنية أن الموسم الحالي "سيشهد زيادة كبيرة في إنتاج الزيتون".']);
    const phrase = seen[0]!.find((o) => o.speaker.ar.startsWith('بيان'));
    expect(phrase).toBeDefined();
    expect(phrase!.feats).toContain('issued');
    expect(seen[0]!.some((o) => o.speaker.ar === 'وزارة الزراعة الأردنية')).toBe(true);
  });
});

describe('subjects', () => {
  it('a question word after the verb is no subject (أوضح لماذا أن …)', () => {
    const who = whoSaid(['وقال المهندس كريم ناصر إن المشروع سيكتمل العام المقبل. وكان ناصر يتحدث في حفل خاص بالشركة، عندما أوضح لماذا أن الأنفاق أفضل من الجسور في المدن المزدحمة.']);
    expect(who.every((w) => w === 'كريم ناصر')).toBe(true);
  });

  it('«نقلت عنه وكالة …»: the agency relays, the source speaks', () => {
    const who = whoSaid(['قال مصدر، نقلت عنه وكالة "رويترز" إن مدير أمن المعلومات في الشركة سيتركها في أغسطس المقبل.']);
    expect(who).toEqual(['مصدر']);
  });

  it('a pronoun after the verb (قال فيه) does not hide the subject', () => {
    const who = whoSaid(['ووقع الحادث في اليوم الذي قال فيه وزير الداخلية الإيطالي الجديد إنه يجب إغلاق الموانئ أمام سفن الإنقاذ.']);
    expect(who[0]).toMatch(/^وزير الداخلية/);
  });

  it('a demonstrative time phrase is not part of the speaker (هذا الأسبوع)', () => {
    const who = whoSaid(['وقال مدير الشركة هذا الأسبوع إن المصنع سيغلق أبوابه بعد أشهر قليلة.']);
    expect(who).toEqual(['مدير الشركة']);
  });
});

describe('a person behind a governed title', () => {
  it('«عن قائد مؤيد للرئيس السوري X قوله»: the commander speaks, not X', () => {
    const who = whoSaid([
      'وقال الرئيس السوري بشار الأسد في خطاب إن الحرب تقترب من نهايتها.',
      'ونقلت وكالة رويترز للأنباء عن قائد مؤيد للرئيس السوري بشار الأسد قوله إن الغارة استهدفت موقعا للجيش قرب الحدود.',
    ]);
    expect(who[who.length - 1]).toMatch(/^قائد/);
  });
});

describe('an outlet before its verb', () => {
  it('«لكن المجلة الفنية الشهيرة، قالت إن»: the magazine speaks', () => {
    const who = whoSaid(['ونشرت الممثلة سلمى فاروق صورة لها على حسابها في إنستغرام الأسبوع الماضي. لكن المجلة الفنية الشهيرة، قالت إن الصورة تظهر بطانة الفستان وليست ساقها.']);
    expect(who).toEqual(['المجلة الفنية الشهيرة']);
  });
});
