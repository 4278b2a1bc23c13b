import { describe, expect, it } from 'vitest';
import { onceTail } from '../../src/parser/people-ar.ts';
import { masdarShape } from '../../src/parser/arabic-words.ts';
import { tokenize } from '../../src/parser/tokens.ts';

const toks = (text: string) => tokenize(text, [{ text, start: 0, end: text.length, para: 0 }], 'ar');
const at = (ts: ReturnType<typeof toks>, w: string) => ts.findIndex((t) => t.text === w);

describe('where a name ends: a last word written once after a word written again (people28)', () => {
  it('takes an everyday word written once after a name word written again for the next phrase', () => {
    const ts = toks('وقال المدرب إن ليروي ساني جناح مانشستر سيتي سيغيب. وأضاف أن ساني لم يتعاف بعد.');
    expect(onceTail(ts, at(ts, 'جناح'))).toBe(true);
  });

  it('not when the last word is written again (a surname mentioned again)', () => {
    const ts = toks('وقال المدرب إن ليروي ساني جناح مانشستر سيتي سيغيب. وأضاف أن ساني لم يتعاف وأن جناح سيعود.');
    expect(onceTail(ts, at(ts, 'جناح'))).toBe(false);
  });

  it('not when the word before is a given name (صالح هبرة: the given name recurs as other people)', () => {
    const ts = toks('وقال الباحث صالح هبرة إن المفاوضات متعثرة. وأضاف صالح أن الطرفين لم يلتقيا.');
    expect(onceTail(ts, at(ts, 'هبرة'))).toBe(false);
  });

  it('not when the word before is written once too (a foreign name met once)', () => {
    const ts = toks('وقال الباحث ماهر المترب إن المفاوضات متعثرة منذ أشهر.');
    expect(onceTail(ts, at(ts, 'المترب'))).toBe(false);
  });

  it('knows the written shapes of verbal nouns and not those of names', () => {
    for (const w of ['توقيع', 'تفعيل', 'مفاوضة', 'استقبال', 'انتخاب']) expect(masdarShape(toks(w)[0]!), w).toBe(true);
    for (const w of ['أحمد', 'ترامب', 'محمد', 'بوتين']) expect(masdarShape(toks(w)[0]!), w).toBe(false);
  });
});
