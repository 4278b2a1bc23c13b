/**
 * Round thirty (speakers58), invented sentences: the unstated or pronoun subject of a verb of saying
 * goes on from a body in the subject place of any verb opening an earlier clause of its sentence
 * (ولم تعلق الحكومة …، لكنها قالت؛ وانضمت صحيفة X إلى …، وأوضحت), not only of a verb of saying; the
 * last speaker had taken its place. Not after a verb of relaying, nor across a gender clash. The
 * rules' choice is tested (the ranker off): the ranker may already prefer the body (`vsubj`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whoSaid } from '../helpers/speaker-candidates.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

beforeAll(() => useSpeakerRanker(null));
afterAll(() => useSpeakerRanker(undefined));

const opening = 'قال المتحدث باسم الشرطة الكندية، سامر خليل، إن الهجوم وقع ليلا قرب الحدود.';

describe('a body after an earlier clause\'s verb as the unstated subject', () => {
  it('goes on after a negated verb (ولم تعلق الحكومة …، لكنها قالت)', () => {
    const said = whoSaid([opening, 'ولم تعلق الحكومة الكندية على تلك التقارير، لكنها قالت إنها ستفتح تحقيقا شاملا في الحادث.']);
    expect(said[said.length - 1]).toMatch(/الحكومة الكندية/);
  });

  it('goes on after a و-verb opening the sentence (وانضمت صحيفة … وأوضحت)', () => {
    const said = whoSaid([opening, 'وانضمت صحيفة "الأيام" إلى قائمة المنتقدين للقرار، وأوضحت في بيان لها أنها تعيد النظر في تغطيتها للمؤتمر.']);
    expect(said[said.length - 1]).toMatch(/صحيفة/);
  });

  it('not the outlet of a verb of relaying (ونقلتها وكالة …، حيث قال)', () => {
    const said = whoSaid([opening, 'جاء ذلك في تصريحات أدلى بها خليل خلال مقابلة، ونقلتها وكالة الأنباء الرسمية، حيث قال: "سنلاحق المهاجمين حتى النهاية".']);
    expect(said[said.length - 1]).not.toMatch(/وكالة/);
  });

  it('not across a gender clash (وأسقط الجيش …، وقالت)', () => {
    const said = whoSaid(['قالت وزيرة الخارجية، ليلى حداد، إن المفاوضات مستمرة.', 'وأسقط الجيش منشورات على المدينة الخميس، وقالت إن الحرب أوشكت على نهايتها.']);
    expect(said[said.length - 1]).not.toMatch(/الجيش/);
  });
});
