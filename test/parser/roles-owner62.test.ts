import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. A title whose head holds a singular pronoun (المتحدث باسمه، زعيمه) after a
// body the sentence named is held in that body: the role writes the body out (roles-ar.ts ownerRole).
// A pronoun after a club or with no body before it keeps the words as the article gives them.
describe('a possessed title resolved to the body named before it', () => {
  it('writes out the party a spokesman or leader speaks for', () => {
    expect(roleOf('وسيعلن حزب العمال الوطني اسم مرشحه يوم الجمعة، حسبما قال المتحدث باسمه جون ميلر للصحافيين.', 'جون ميلر')).toBe('المتحدث باسم حزب العمال الوطني');
    expect(roleOf('وسرت تكهنات بشأن مرشح حزب العمال الوطني، فيما لمح زعيمه جون ميلر إلى أنه لن يترشح.', 'جون ميلر')).toBe('زعيم حزب العمال الوطني');
  });

  it('a feminine body for ها, and not across a person named between', () => {
    expect(roleOf('وأعلنت منظمة الصحة العالمية خطة جديدة، وقال المتحدث باسمها جون ميلر إنها تبدأ غدا.', 'جون ميلر')).toBe('المتحدث باسم منظمة الصحة العالمية');
    expect(roleOf('وأعلنت منظمة الصحة العالمية خطة جديدة، وقال المتحدث باسمه جون ميلر إنها تبدأ غدا.', 'جون ميلر')).toBe('المتحدث باسمه');
  });

  it('not a club: the gold keeps «مدربه» as written', () => {
    expect(roleOf('وخسر نادي الاتحاد المباراة، وقال مدربه جون ميلر إن الفريق سيعود.', 'جون ميلر')).toBe('مدربه');
  });
});
