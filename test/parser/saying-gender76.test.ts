import { describe, expect, it } from 'vitest';
import { sayingGender } from '../../src/parser/arabic-words.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const g = (w: string) => sayingGender(lightNormAr(w));

// «ووصفها بأنها "…"» marked no gender, so the speaker ranker could not tell Donald from Melania
// Trump under the bare «ترامب» (dev 12): the tables list verbs with their object pronoun
// (وصفها، اتهمته), and the ا of ها was read as a dual's. The verb without its pronoun marks the
// subject.
describe('the gender a verb of saying with an object pronoun marks', () => {
  it('is the verb\'s without the pronoun', () => {
    expect(g('ووصفها')).toBe('m');
    expect(g('اتهمته')).toBe('f');
    expect(g('اتهمه')).toBe('m');
  });

  it('while duals and plurals still mark none', () => {
    expect(g('قالا')).toBeNull();
    expect(g('قالوا')).toBeNull();
    expect(g('قالت')).toBe('f');
  });
});
