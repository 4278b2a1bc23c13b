import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const speakers = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => q.speaker.ar);

// «لم يتوقف ترامب عن انتقاد الاتفاق الذي أبرمه سلفه باراك أوباما … واصفا إياه بأنه "أسوأ اتفاق"»
// was Obama's (pool 218), and «ويقول تزجان إن حزمة الحوافز التي أعلنها يلديريم …، داعيا الناخبين»
// Yildirim's (dev 14): a person named inside a relative clause describes its noun; an unstated
// subject goes on with the clause's own subject before it.
describe('an unstated subject after a relative clause that names someone', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('is the subject before the relative clause', () => {
    useSpeakerRanker(null);
    expect(speakers([
      'وقال الرئيس الأمريكي دونالد ترامب إن بلاده ستنسحب.',
      'ولم يتوقف ترامب عن انتقاد الاتفاق الذي أبرمه سلفه باراك أوباما في فيينا واصفا إياه بأنه "أسوأ اتفاق" وقعته بلاده.',
    ]).at(-1)).toBe('دونالد ترامب');
  });

  it('while a subject with no relative clause before the participle stays the nearest', () => {
    useSpeakerRanker(null);
    expect(speakers([
      'وقال الرئيس الأمريكي دونالد ترامب إن بلاده ستنسحب.',
      'وانتقد الرئيس السابق باراك أوباما الانسحاب في فيينا واصفا إياه بأنه "خطأ فادح".',
    ]).at(-1)).toBe('باراك أوباما');
  });
});
