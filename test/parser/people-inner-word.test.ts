import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('two names that share only an inner word (people.ts otherEnds)', () => {
  it('keeps them two people when their first and last words differ (كيم يونغ أون، سونغ يونغ-مو)', () => {
    const got = names([
      'والتقى زعيم كوريا الشمالية كيم يونغ أون الرئيس الأميركي في سنغافورة.',
      'لكن وزير الدفاع الكوري الجنوبي سونغ يونغ-مو أكد أن القوات الأميركية ستقوم بدور جديد.',
    ]);
    expect(got).toContain('كيم يونغ أون');
    expect(got).toContain('سونغ يونغ-مو');
  });

  it('still links one name written with another spelling of one end (رجب طيب أردوغان، رجب طيب إردوغان)', () => {
    const got = names([
      'وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع.',
      'وأضاف رجب طيب إردوغان في كلمته أمام البرلمان أن الحوار ممكن.',
    ]);
    expect(got.filter((n) => n.includes('طيب'))).toHaveLength(1);
  });
});
