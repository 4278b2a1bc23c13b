import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar.split(' (')[0];

// Invented sentences. An indefinite accusative (مدربا، مديرا) is the verb's object, never the subject
// of the nominal clause a separate pronoun opens: «… هو الإيطالي NAME» describes that object, and the
// name's own title is the predicate after the pronoun (people-ar.ts titled; roles-ar.ts dualRole,
// where such a word in …ا is no dual, whose pronoun would be هما).
describe('a title after «هو» following a verb\'s accusative object', () => {
  it('starts after the pronoun', () => {
    expect(roleOf('وضم النادي مدربا جديدا قادما من الدوري الإسباني هو الإيطالي ماركو بيلي. وقال بيلي إن الفريق قوي.', 'ماركو بيلي')).toBe('الايطالي');
    expect(roleOf('وتملك الشركة مديرا واحدا مقيما في المدينة هو البريطاني جون ميلر. وقال ميلر إن العمل جيد.', 'جون ميلر')).toBe('البريطاني');
  });

  it('a title right after the pronoun is unchanged', () => {
    expect(roleOf('واختارت اللجنة وزيرا سابقا هو الدبلوماسي سامر خليل لرئاسة الوفد، وقال خليل إنه مستعد.', 'سامر خليل')).toBe('الدبلوماسي');
  });
});
