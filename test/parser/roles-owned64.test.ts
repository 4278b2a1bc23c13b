import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. A title owned by a pronoun (مدربه، المتحدث باسمه) names the office only
// through its antecedent; a title written out at another mention of the same person is the role.
describe('a pronoun-owned title gives way to a title written out at another mention', () => {
  it('takes the written-out title of a later mention', () => {
    const t = 'وتعاقد النادي مع مدربه الجديد توماس شولتز الشهر الماضي. وقال المدرب الألماني توماس شولتز للصحفيين إن الفريق سيقاتل على اللقب.';
    expect(roleOf(t, 'توماس شولتز')).toBe('المدرب الألماني');
  });

  it('keeps a pronoun-owned title when the other mention has one too', () => {
    const t = 'وأهدر الفريق فرصة بعد تمريرة من مواطنه ماركوس سيلفا. ثم سنحت فرصة أخرى لمهاجمه البرازيلي ماركوس سيلفا في الدقيقة الأخيرة.';
    expect(roleOf(t, 'ماركوس سيلفا')).toBe('مهاجمه البرازيلي');
  });
});
