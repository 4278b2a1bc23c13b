import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const speakers = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => `${q.speaker.ar} | ${q.speaker.en}`);

// «واتهمت الحكومة السورية المعارضة بالهجوم …» was said by "the Syrian government the opposition":
// the fuller mention that gives a body its English ran on into the verb's object, which is the
// statement's own first word (pool 080's "the United States others countries", 270's "alliance
// opposition parties"). A complement in ل still completes a name the statement cut
// («الاتحاد المصري | لكرة القدم»).
describe("a body's English beside the verb's object", () => {
  it('stops where the statement opens', () => {
    expect(speakers(['واتهمت الحكومة السورية المعارضة بالهجوم على المدنيين.'])).toEqual(['الحكومة السورية | the Syrian government']);
    expect(speakers(['وحملت الحكومة المعارضة مسؤولية الهجوم على المدنيين.'])).toEqual(['الحكومة | the government']);
  });
});
