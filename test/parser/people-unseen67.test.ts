import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../../src/parser/index.ts';
import { endAfterParticle } from '../../src/parser/people-ar.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const parse = (body: string) => parseArticle([HEAD, body].join('\n'));

describe('names that end in ا or hold a place word (issue 11, round fifty-one)', () => {
  it('reads two words in ا as a name when the first is a name token, not an accusative run', () => {
    const got = parse('وانسحب السويسري من مباراته الأولى في الدورة أمام البيلاروسي إيليا إيفاشكا، الخميس، بسبب الإصابة.').people.map((p) => p.name.ar);
    expect(got).toContain('إيليا إيفاشكا');
  });

  it('still reads indefinite accusatives in a row as the object', () => {
    const got = parse('وأثار القرار جدلا كبيرا في الأوساط السياسية أمس.').people.map((p) => p.name.ar);
    expect(got.some((n) => n.includes('جدلا'))).toBe(false);
  });

  it("reads a place's name after a given name as the surname, after a title too (كاميرون)", () => {
    expect(parse('وتزعم حملة الخروج بعد استقالة جيمس كاميرون من منصبه.').people.map((p) => p.name.ar)).toContain('جيمس كاميرون');
    expect(parse('وقال المخرج مارك كاميرون إن الفيلم جاهز للعرض.').quotes.map((q) => q.speaker.ar)).toEqual(['مارك كاميرون']);
  });

  it('ends a name before a noun that governs a count (ماركو رويس | صاحب 12 هدفا)', () => {
    const people = parse('ويبرز في التشكيلة اللاعب ماركو رويس صاحب 12 هدفا في الدوري.').people;
    expect(people.map((p) => p.name.ar)).toEqual(['ماركو رويس']);
    // (a number that counts nothing still closes a name: a score or a date after it)
    expect(parse('وسجل للأهلي عمر السومة 1-0 في الدقيقة العاشرة من المباراة.').people.map((p) => p.name.ar)).toContain('عمر السومة');
  });

  it('ends a name before the dual of an everyday noun (أليسون | مرتين)', () => {
    const got = parse('ثم فضربوا بقوة وهزوا شباك الحارس أليسون مرتين في نصف ساعة ليتأهلوا إلى النهائي.').people.map((p) => p.name.ar);
    expect(got).toEqual(['أليسون']);
  });

  it('does not give a title to the owner of the noun it ends on (في حكومة NAME)', () => {
    const people = parse('وتزعم حملة الخروج بعد استقالة جيمس كاميرون. وقد وصفه نائب رئيس الوزراء السابق في حكومة جيمس كاميرون، نك كليغ، بأنه متهور.').people;
    const cameron = people.find((p) => p.name.ar === 'جيمس كاميرون');
    expect(cameron).toBeDefined();
    expect(cameron!.role?.ar ?? '').toBe('');
  });
});

describe('a work named in quotation marks after its head noun', () => {
  it('reads no person inside a quoted title that opens on a word no name begins with (فيلم الرعب "تروث أور دير")', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/corpus/ant-pool/008.txt'), 'utf8');
    const got = parseArticle(text).people.map((p) => p.name.ar);
    expect(got.some((n) => n.includes('دير'))).toBe(false);
    // (the people the article does name stay)
    expect(got.length).toBeGreaterThan(0);
  });
});

describe('a name never ends on a particle', () => {
  const at = (toks: { text: string }[], w: string) => toks.findIndex((t) => t.text === w);
  it('takes back the word a particle governs when a cut left the name on the particle (تامر أبو | دقة)', () => {
    const { toks } = segmentArticle('عنوان الخبر\nوأوضح تامر أبو دقة (28 عاما) أنه تعرف على نفسه.');
    const c = { from: at(toks, 'تامر'), to: at(toks, 'أبو') };
    endAfterParticle(toks, c);
    expect(toks.slice(c.from, c.to + 1).map((t) => t.text).join(' ')).toBe('تامر أبو دقة');
  });

  it('drops a particle with no name word after it', () => {
    const { toks } = segmentArticle('عنوان الخبر\nوقال الشيخ محمد بن، في بيان، إن الأمر انتهى.');
    const c = { from: at(toks, 'محمد'), to: at(toks, 'بن') };
    endAfterParticle(toks, c);
    expect(toks.slice(c.from, c.to + 1).map((t) => t.text).join(' ')).toBe('محمد');
  });
});
