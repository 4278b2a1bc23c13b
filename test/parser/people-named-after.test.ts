import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Articles of our own writing (no development or blind text).
const HEAD = 'عنوان الخبر';
const names = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).people.map((p) => p.name.ar);

describe('a name carried by a place or prize is no person of the article (people39)', () => {
  it('drops the name after a stadium, university or centre head, past a title word', () => {
    const ps = names([
      'وأقيمت المباراة في ستاد مدينة الملك عبدالله بجدة، وحضرها محمد صلاح.',
      'وقال جون سميث إن ملعب بول بيا غير جاهز بعد.',
      'ووقع إطلاق النار في جامعة عثمان غازي غرب البلاد.',
    ]);
    expect(ps).toContain('محمد صلاح');
    expect(ps).toContain('جون سميث');
    expect(ps).not.toContain('عبدالله');
    expect(ps).not.toContain('بول بيا');
    expect(ps).not.toContain('عثمان غازي');
  });

  it('keeps a person the article tells of elsewhere, and one written after a punctuation mark', () => {
    const ps = names([
      'وزار الوفد مستشفى الملك فيصل في الرياض.',
      'وقال الأمير فيصل بن خالد إن المستشفى سيتوسع.',
      'وتحدث مدير الجامعة، كريم الهاشمي، عن الخطة.',
    ]);
    expect(ps).toContain('فيصل بن خالد');
    expect(ps).toContain('كريم الهاشمي');
  });
});
