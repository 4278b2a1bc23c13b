import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// Who calls and who is called on, after a verb of calling (دعا، ناشد، حث):
// - «إلى ذلك، ناشد النائب هادي حبيش، (شقيق …)، سحب القضية» went to the minister of the sentence
//   before: after a comma the verb was read as going on with a subject already named, and the
//   titled MP as the one appealed to (pool 035);
// - «ودعا الحكومة إلى …» made the government the speaker: a masculine verb has no feminine subject
//   right after it, so the body is the one called on.
describe('a verb of calling', () => {
  it('has a title and its holder after it as its subject, after a comma too', () => {
    const q = parseByRules(article(
      'وقال وزير العدل سليم جريصاتي إن القضاء وحده يحكم.',
      'إلى ذلك، ناشد النائب هادي حبيش، (شقيق زوج المقدم سوزان الحاج)، سحب القضية من التداول الإعلامي.',
    )).quotes;
    expect(q.map((x) => [x.speaker.ar, x.text])).toContainEqual(['هادي حبيش', 'سحب القضية من التداول الإعلامي']);
  });

  it('in the masculine calls on a feminine body after it', () => {
    const q = parseByRules(article('وقال الوزير إن الخطة جاهزة، ودعا الحكومة إلى تنفيذها فورا دون تأخير.', 'ودعت الحكومة إلى تنفيذ الخطة فورا دون تأخير.')).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['الوزير', 'الوزير', 'الحكومة']);
  });
});
