/**
 * Speakers35 (issue 11): joint speakers. Persons joined by و in the verb of saying's subject place
 * (وكان ترامب وماكرون قد عبرا عن …، قال X وY إن) said it together: the candidates hold the phrase
 * as written (feature `joint`), and when the choice falls on one of the joined persons the quote
 * goes to all of them, never to one alone (the even dev id p218's construction). Constructed copy,
 * not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article, speakerCandidates, whoSaid } from '../helpers/speaker-candidates.ts';

const intro = 'استقبل الرئيس الأمريكي دونالد ترامب نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض يوم الثلاثاء.';
const joint = (lines: string[]) => speakerCandidates(lines).flat().filter((o) => o.feats.includes('joint')).map((o) => o.speaker.ar);

describe('joint speakers (X وY)', () => {
  it('two persons before a dual verb at a clause opening (وكان ترامب وماكرون قد عبرا عن)', () => {
    const lines = [intro, 'وكان ترامب وماكرون قد عبرا الثلاثاء عن رغبتهما في "التوصل إلى اتفاق جديد مع طهران".'];
    expect(joint(lines)).toContain('ترامب وماكرون');
    expect(whoSaid(lines).at(-1)).toBe('ترامب وماكرون');
  });

  it('two persons right after the verb of saying (وقال ترامب وماكرون إن)', () => {
    const lines = [intro, 'وقال ترامب وماكرون في مؤتمر صحفي مشترك إن الاتفاق النووي يجب أن يستبدل باتفاق أوسع.'];
    expect(joint(lines)).toContain('ترامب وماكرون');
    const q = parseArticle(article(lines)).quotes;
    expect(q.at(-1)!.speaker.ar).toBe('ترامب وماكرون');
    expect(q.at(-1)!.speaker.en).toMatch(/Trump and .*Macron/);
  });

  it('no joint speaker when a comma parts the names or the second is the verb\'s object', () => {
    expect(joint([intro, 'وقال ترامب، وماكرون يستمع إليه، إن الاتفاق النووي يجب أن يستبدل باتفاق أوسع.'])).toEqual([]);
    expect(joint([intro, 'وقال ترامب لماكرون إن الاتفاق النووي يجب أن يستبدل باتفاق أوسع.'])).toEqual([]);
  });
});

/**
 * Joint36: a quote said together carries every speaker's id (`speakerIds`, in the order written),
 * so each person's card and count finds it; `speakerId` stays null (no one of them said it alone).
 * Constructed copy, not from any corpus.
 */
describe('joint speakers in the data model (speakerIds)', () => {
  const meeting = 'استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة يوم الأحد.';
  const lines = [
    meeting,
    'وقال شكري والصفدي في مؤتمر صحفي مشترك إن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة في المنطقة.',
    'وأضافا أن البلدين سيواصلان التنسيق خلال الأسابيع المقبلة.',
    'وقال شكري إن القاهرة "لن تدخر جهدا في دعم الاستقرار".',
  ];
  const b = parseArticle(article(lines));
  const id = (ar: RegExp) => b.people.find((p) => ar.test(p.name.ar))!.id;

  it('gives the quote the ids of both persons, in the order written, and no single speakerId', () => {
    const q = b.quotes.find((x) => x.text.startsWith('الحل السياسي'))!;
    expect(q.speaker.ar).toBe('شكري والصفدي');
    expect(q.speakerId).toBeNull();
    expect(q.speakerIds).toEqual([id(/شكري/), id(/الصفدي/)]);
  });

  it('a continuation of the pair (وأضافا) is theirs too, and each acts in its sentence', () => {
    const q = b.quotes.find((x) => x.text.startsWith('البلدين'))!;
    expect(q.speakerIds).toEqual([id(/شكري/), id(/الصفدي/)]);
    for (const p of b.people) expect(p.sentenceIds).toContain(q.sentenceId);
  });

  it('a quote of one person keeps speakerId and has no speakerIds', () => {
    const q = b.quotes.find((x) => x.text.includes('لن تدخر'))!;
    expect(q.speakerId).toBe(id(/شكري/));
    expect(q.speakerIds).toBeUndefined();
  });

  it('three persons joined read "A, B and C" in English', () => {
    const three = parseArticle(article([
      'اجتمع وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي ووزير الخارجية الفرنسي جان إيف لودريان في باريس.',
      'وقال شكري والصفدي ولودريان في بيان مشترك إن وقف إطلاق النار يجب أن يبدأ فورا.',
    ]));
    const q = three.quotes.at(-1)!;
    expect(q.speakerIds).toHaveLength(3);
    expect(q.speaker.en).toMatch(/^[^,]+, [^,]+ and [^,]+$/);
  });
});
