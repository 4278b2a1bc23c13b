import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { verbalNounHead } from '../../src/parser/people-ar.ts';
import { tokenize } from '../../src/parser/tokens.ts';

// Our own sentences (people42): a name ends before a verbal noun in construct with its object.
const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);
const toks = (text: string) => tokenize(text, [{ text, start: 0, end: text.length, para: 0 }], 'ar');
const at = (ts: ReturnType<typeof toks>, w: string) => ts.findIndex((t) => t.text === w);

describe('a verbal noun with its object after a name is the next phrase (people42)', () => {
  it('reads توقيع and اختفاء before a noun as verbal nouns in construct', () => {
    const a = toks('وشهد الرئيس كمال ساحلي توقيع اتفاقيات جديدة.');
    expect(verbalNounHead(a, at(a, 'توقيع'), 0)).toBe(true);
    const b = toks('ووصف رامي زغلول اختفاء الصحفي بأنه مريع.');
    expect(verbalNounHead(b, at(b, 'اختفاء'), 0)).toBe(true);
  });

  it('not at the end of the clause, before a verb or a stopword, after a particle, or when the tagger is sure', () => {
    const a = toks('وحضر كمال ساحلي توقيع.');
    expect(verbalNounHead(a, at(a, 'توقيع'), 0)).toBe(false);
    const b = toks('وشهد كمال ساحلي توقيع في القاعة.');
    expect(verbalNounHead(b, at(b, 'توقيع'), 0)).toBe(false);
    const c = toks('وشهد كمال ساحلي توقيع اتفاقيات جديدة.');
    expect(verbalNounHead(c, at(c, 'توقيع'), 40)).toBe(false);
  });

  it('ends the name before the verbal noun in a parsed article', () => {
    const ns = names(['وشهد الرئيس كمال ساحلي توقيع اتفاقيات جديدة بين البلدين.', 'وقال ساحلي إن الاتفاقيات مهمة.']);
    expect(ns.some((n) => n.includes('توقيع'))).toBe(false);
  });
});
