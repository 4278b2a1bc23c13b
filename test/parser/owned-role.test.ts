/**
 * src/parser/owned-role.ts: a role a pronoun owns (زعيمه، المتحدث باسمه) is shown with the body
 * the pronoun stands for, named just before it; a person as the owner, or a body of the other
 * gender, leaves the role as written. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { resolveOwnedRole } from '../../src/parser/owned-role.ts';

const HEAD = 'خبر للتجربة\n\n';
const roleOf = (body: string, name: string) => parseArticle(HEAD + body).people.find((p) => p.name.ar === name)?.role;

describe('a pronoun-owned role with its body', () => {
  it('a title\'s complement and a title, owned by the party named before (المتحدث باسمه، زعيمه)', () => {
    const body = 'سيعلن حزب الشعب الجمهوري، اسم مرشحه يوم الجمعة، حسبما قال المتحدث باسمه بولنت تزجان للصحافيين.\nوسرت تكهنات بشأن مرشح حزب الشعب الجمهوري، فيما لمح زعيمه كمال كيليتشدار أوغلو إلى أنه لن يترشح.';
    expect(roleOf(body, 'بولنت تزجان')?.ar).toBe('المتحدث باسمه (حزب الشعب الجمهوري)');
    expect(roleOf(body, 'كمال كيليتشدار أوغلو')?.ar).toBe('زعيمه (حزب الشعب الجمهوري)');
  });

  it('a name in quotation marks after the body noun is the body\'s (صحيفة "المصري اليوم")', () => {
    const { toks } = segmentArticle(HEAD + 'وأوقفت صحيفة "المصري اليوم" رئيس تحريرها محمد صالح عن العمل.');
    const near = toks.find((t) => t.text === 'محمد')!.start;
    expect(resolveOwnedRole('رئيس تحريرها', toks, near)).toEqual({ owner: 'صحيفة المصري اليوم', full: 'رئيس تحرير صحيفة المصري اليوم' });
  });

  it('a body noun that opens on و, or behind لل, keeps its letters (وزارة الخارجية، للحزب)', () => {
    const { toks } = segmentArticle(HEAD + 'وأصدرت وزارة الخارجية الروسية بيانا، وقالت المتحدثة باسمها ماريا زاخاروفا إن الوضع خطير.\nوانتقد الرئيس السياسة للحزب الديمقراطي، فيما قال زعيمه سامر زيلان إن الأمر انتهى.');
    const at = (w: string) => toks.find((t) => t.text === w)!.start;
    expect(resolveOwnedRole('المتحدثة باسمها', toks, at('ماريا'))?.owner).toBe('وزارة الخارجية الروسية');
    expect(resolveOwnedRole('زعيمه', toks, at('سامر'))?.owner).toBe('الحزب الديمقراطي');
  });

  it('no body of the pronoun\'s gender before it, or a person\'s word: the role as written', () => {
    const { toks } = segmentArticle(HEAD + 'وأعلنت الحركة موقفها، وقال زعيمه سامر خليل إن الأمر انتهى.\nوقال زوجها أحمد خليل إن الحزب قوي.');
    const at = (w: string) => toks.find((t) => t.text === w)!.start;
    // (الحركة is feminine, زعيمه masculine)
    expect(resolveOwnedRole('زعيمه', toks, at('سامر'))).toBeNull();
    expect(resolveOwnedRole('زوجها', toks, at('أحمد'))).toBeNull();
  });

  it('a word after the owned one is left as written (أمينها العام)', () => {
    const { toks } = segmentArticle(HEAD + 'وعقدت منظمة التعاون الإسلامي اجتماعا، وقال أمينها العام يوسف العثيمين إن القمة ناجحة.');
    expect(resolveOwnedRole('أمينها العام', toks, toks.find((t) => t.text === 'يوسف')!.start)).toBeNull();
  });
});
