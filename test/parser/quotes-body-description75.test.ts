import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.ts';
import { parseByRules } from '../helpers/rules-alone.ts';

// «الأمم المتحدة» is written right before a name elsewhere in the article («وأضافت الأمم المتحدة في
// بيان أن دي ميستورا …»), and the reader of descriptions took it for the description of that person:
// the UN's announcement about its envoy became the envoy's own (pool 234).
describe('a body the lists name', () => {
  it('is nobody\'s description', () => {
    const q = parseByRules(article(
      'وعلى الصعيد الدبلوماسي، أعلنت الأمم المتحدة الثلاثاء أن مبعوثها إلى سوريا ستافان دي ميستورا يعتزم تنظيم اجتماع في جنيف.',
      'وأضافت الأمم المتحدة في بيان أن دي ميستورا أجرى الثلاثاء مشاورات غير رسمية في سوتشي.',
    )).quotes;
    expect(q.map((x) => x.speaker.ar)).toEqual(['الأمم المتحدة', 'الأمم المتحدة']);
  });
});
