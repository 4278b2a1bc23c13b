/**
 * Speakers27 (issue 11): the speaker ranker's discourse features. The subject of an earlier clause's
 * verb in the quotation's sentence (وأكدت السلطات … وأوضحت) with that verb's gender mark against the
 * verb of saying's; a mention inside another verb's reported clause (أن اللجنة … وقال إن); a body's
 * grammatical gender by its head (-ة، -ات); distance in clauses; whether the last speaker spoke in
 * this paragraph. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';

/** The features of the candidate named `ar` for the `i`-th ranked quote (the last by default: «أكدت X اعتقال …» is a quote of its own). */
function featsOf(lines: string[], ar: string, i = -1): string[] {
  const q = speakerCandidates(lines).at(i);
  expect(q, 'a ranked quote').toBeDefined();
  const c = q!.find((o) => o.speaker.ar === ar);
  expect(c, `candidate ${ar} among ${q!.map((o) => o.speaker.ar).join(' / ')}`).toBeDefined();
  return c!.feats;
}

describe('speaker ranker: discourse features', () => {
  it('the subject of an earlier clause\'s verb of the same gender (أكدت السلطات … وأوضحت)', () => {
    const f = featsOf(['أكدت السلطات الصينية اعتقال رئيس الشرطة الدولية في بكين، وأوضحت أنه يخضع حاليا لتحقيق في مزاعم بتلقي رشى.'], 'السلطات الصينية');
    expect(f).toContain('vsubj');
    expect(f).toContain('vsubj:agree');
  });

  it('an earlier verb of the other gender marks a clash (وأعلن المجلس … وقالت الوزيرة)', () => {
    const f = featsOf(['وأعلن المجلس القرار مساء الأحد، وقالت الوزيرة سارة العلي إن الحكومة ستعالج الأزمة الاقتصادية قريبا.'], 'المجلس');
    expect(f).toContain('vsubj:clash');
  });

  it('a mention inside another verb\'s reported clause (أن وزارة المالية … وقال إن)', () => {
    const lines = ['وكتب الوزير كمال حداد على تويتر أن وزارة المالية عاجزة تماما عن الإصلاح، وقال إن الحكومة ستعالج الأزمة الاقتصادية قريبا.'];
    expect(featsOf(lines, 'وزارة المالية')).toContain('compl');
    expect(featsOf(lines, 'كمال حداد')).not.toContain('compl');
  });

  it('a body\'s gender by its head agrees with the verb of saying (السلطات … قالت), or clashes', () => {
    const lines = ['وقالت السلطات المحلية في بيان إن الحكومة ستعالج الأزمة الاقتصادية الخانقة قريبا.'];
    expect(featsOf(lines, 'السلطات المحلية')).toContain('bg:agree');
    const other = ['وأكدت الحكومة التزامها بالإصلاح، وقال المتحدث باسم الرئاسة إن الحكومة ستعالج الأزمة الاقتصادية قريبا.'];
    expect(featsOf(other, 'الحكومة')).toContain('bg:clash');
  });

  it('distance in clauses: a comma between the mention and the cue counts one', () => {
    const f = featsOf(['أكدت السلطات الصينية اعتقال رئيس الشرطة الدولية في بكين، وأوضحت أنه يخضع حاليا لتحقيق في مزاعم بتلقي رشى.'], 'السلطات الصينية');
    expect(f.some((x) => /^cl:[1-3]\|side:before$/.test(x))).toBe(true);
  });

  it('the last speaker in the same paragraph, or in an earlier one', () => {
    const one = ['وقال الوزير كمال حداد إن الحكومة ستعالج الأزمة الاقتصادية قريبا. وأضاف أن الإصلاحات ستبدأ الشهر المقبل في كل القطاعات.'];
    expect(featsOf(one, 'كمال حداد')).toContain('last|para:true');
    const two = ['وقال الوزير كمال حداد إن الحكومة ستعالج الأزمة الاقتصادية قريبا.', '', 'وأضاف أن الإصلاحات ستبدأ الشهر المقبل في كل القطاعات.'];
    expect(featsOf(two, 'كمال حداد')).toContain('last|para:false');
  });
});
