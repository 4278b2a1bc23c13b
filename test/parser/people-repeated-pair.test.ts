import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'خلاف حاد بين فنانتين على مواقع التواصل';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('a two-word name the article repeats (people-ar.ts repeatedPairPeople)', () => {
  it('reads a pair written four times, once before a relative pronoun, as a person (a made-up ورد المغربي, as سما المصري of an even article)', () => {
    const got = names([
      'اندلع شجار حاد بين ريم البارودي وورد المغربي على مواقع التواصل.',
      'الأمر لم يعجب - على ما يبدو - ورد المغربي التي انتقدت دفاع البارودي عن صديقتها.',
      'وقالت البارودي إنها لا يشرفها أن تكون ورد المغربي من متابعيها.',
      'بعدما قررت ورد المغربي أن تهاجم البارودي في مقطع مصور.',
      'وأعربت ورد المغربي عن غضبها من التعليقات.',
    ]);
    expect(got).toContain('ورد المغربي');
  });

  it('leaves a pair that is the tail of a longer repeated name (هيومن رايتس ووتش)', () => {
    const got = names([
      'طالبت منظمة هيومن رايتس ووتش السلطات بالتحقيق في الحادث.',
      'وذكرت هيومن رايتس ووتش التي وثقت الحالات أن الضحايا كثيرون.',
      'ودعت هيومن رايتس ووتش إلى محاسبة المسؤولين.',
    ]);
    expect(got.some((n) => n.includes('رايتس'))).toBe(false);
  });
});
