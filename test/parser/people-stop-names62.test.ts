/**
 * Round thirty-five, invented sentences: a given name that a stop-word list holds as a literary
 * function word (إيان, Ian), and a foreign surname that opens on و with ال and two letters after it
 * (والدز, Waldz: no noun behind the article), are read as names.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (t: string) => parseArticle(t).people.map((p) => p.name.ar);

describe('names the stop-word list and the conjunction hid', () => {
  it('finds a person whose given name is a literary function word', () => {
    const text = 'عقدت الدول الثلاث اجتماعا جديدا في العاصمة. والأسبوع الماضي قال مستشار الأمم المتحدة للشؤون الإنسانية إيان إيغلاند، إن الدول اتفقت على بذل كل جهد ممكن لحماية المدنيين.';
    expect(people(text)).toContain('إيان إيغلاند');
  });

  it('reads a surname in و + ال + two letters as one word of the name', () => {
    const text = 'حصل الزوجان على الجنسية الأمريكية في حفل رسمي. وقال محاميهما مايكل والدز، الذي حضر معهما المراسم، للصحفيين إن الإجراءات كانت طبيعية.';
    expect(people(text)).toContain('مايكل والدز');
  });
});
