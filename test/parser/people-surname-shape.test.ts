/**
 * Issue 11 (people on unseen copy), round forty-four: a surname the tagger takes for a name word
 * is kept whatever its shape says (a pronoun's ending, a title's reading), and a relative named
 * twice beside a namesake family is one person. Small texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'خبر للتجربة\n\n';
const people = (body: string) => parseArticle(HEAD + body).people.map((p) => [p.name.ar, p.role.ar.split(' (')[0]]);
const names = (body: string) => people(body).map(([n]) => n);

describe('people: surnames shaped like something else', () => {
  it('a transliterated surname in يه is no pronoun ending (ألكسندر كوتيه)', () => {
    expect(people('ونقلت الوكالة عن المقاتل البريطاني ألكسندر كوتيه قوله إن الحرب كانت خطأ.')).toContainEqual(['ألكسندر كوتيه', 'المقاتل البريطاني']);
  });

  it('a surname that is also a title stays in the name (مصطفى أمين، محمد أمين)', () => {
    const ns = names('وقال المطرب مصطفى أمين إن الحفل كان ناجحا.\nوتزوجت الممثلة من المطرب محمد أمين في القاهرة.\nوكان زواجها الأول من المطرب محمد أمين قصيرا.');
    expect(ns).toContain('مصطفى أمين');
    expect(ns).toContain('محمد أمين');
  });

  it('the title after a name is still a title, not a surname (أمين عام)', () => {
    const ps = people('وقال الدبلوماسي أحمد أبو الغيط أمين عام الجامعة العربية إن القمة ستعقد في موعدها.');
    expect(ps.map(([n]) => n).join(' ')).not.toMatch(/أمين/);
  });
});

describe('people: relatives of one family', () => {
  it('a relative named twice is one person, not one per mention', () => {
    const ns = names('وقال الكاتب مصطفى زيلان إن الحفل كان ناجحا.\nوقال المطرب أحمد زيلان إن الحفل كان طويلا.\nوقال المطرب أحمد زيلان أيضا إن الجمهور كان كبيرا.');
    expect(ns.filter((n) => n === 'أحمد زيلان')).toHaveLength(1);
    expect(ns).toContain('مصطفى زيلان');
  });
});
