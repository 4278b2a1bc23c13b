/**
 * A subject that describes one person (speakers41, issue 11): the described person speaks, not the
 * phrase. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const whoSaid = (lines: string[]) => parseArticle(['عنوان تجريبي', '', ...lines].join('\n')).quotes.map((q) => q.speaker.ar);

describe('a description of one person as the speaker', () => {
  it('a definite description with adjectives refers back to the person named before (الظهير الأيسر المخضرم)', () => {
    const who = whoSaid([
      'وأصيب اللاعب البرازيلي سامي فرحات في مباراة الأحد أمام فريق المدينة، وقال الأطباء إنه سيغيب شهرين عن الملاعب.',
      'وقال الظهير الأيسر المخضرم: "لا أريد أن يحزن أحد من أجلي، سأعود أقوى من قبل".',
    ]);
    expect(who).toEqual(['الأطباء', 'سامي فرحات']);
  });

  it('a title with a pronoun set off by commas before a name is that person (مدربهم، الفرنسي X،)', () => {
    const who = whoSaid([
      'وكان مساء الأمس فرصة سانحة للفوز، كما قال مدربهم، الفرنسي جان كلود ميلو، للصحفيين بعد المباراة.',
    ]);
    expect(who).toEqual(['جان كلود ميلو']);
  });

  it('a lead that describes before it names: the person the next sentence names', () => {
    const who = whoSaid([
      'يرى الرجل الذي أسس أكبر شركة للطائرات المسيرة في المنطقة أن المدن ستتغير خلال عشر سنوات.',
      'وقال كريم الزعبي إنه يعمل على مشروع جديد للنقل داخل المدن.',
    ]);
    expect(who[0]).toBe('كريم الزعبي');
  });

  it('a broken plural or a bare noun read by its shape alone stays as written (النقاد، الفريق)', () => {
    const who = whoSaid([
      'وعرض المخرج سامي فرحات فيلمه الجديد في مهرجان المدينة هذا الأسبوع.',
      'ويرى النقاد أن الفيلم يسير على درب أفلامه الأولى.',
    ]);
    expect(who).not.toContain('سامي فرحات');
  });

  it('the wife is not her husband: «زوجة X» is a described source, the relative (زوجة الطبيب، سامي X،)', () => {
    const b = parseArticle(['عنوان تجريبي', '', 'وقالت زوجة الطبيب، سامي فرحات، إنها لم تسمع عنه شيئا منذ أسبوع.'].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['زوجة الطبيب']);
    expect(b.quotes[0]!.speakerId).toBeNull();
    expect(b.quotes[0]!.speaker.en).toBe('the wife of Sami Farhat');
  });

  it('those who speak for a person are not the person (محامو X، حملة X)', () => {
    const who = whoSaid([
      'وعاد المهندس سامي فرحات إلى بلاده بعد غياب طويل، وقال فرحات إنه سيستأنف عمله.',
      'وأكد محامو فرحات أنهم سيقاضون الصحيفة التي نشرت الاتهامات.',
      'وقالت حملة فرحات إن المتطوعين سيراقبون الانتخابات.',
    ]);
    expect(who).toEqual(['سامي فرحات', 'محامو فرحات', 'حملة فرحات']);
    const b = parseArticle(['عنوان تجريبي', '', 'وعاد المهندس سامي فرحات إلى بلاده.', 'وأكد محامو فرحات أنهم سيقاضون الصحيفة.'].join('\n'));
    expect(b.quotes[0]!.speakerId).toBeNull();
    expect(b.quotes[0]!.speaker.en).toBe('the lawyers of Farhat');
  });

  it('a relative in construct with a person named right after (شقيق X) is the relative', () => {
    const who = whoSaid([
      'وعاد المهندس سامي فرحات إلى بلاده بعد غياب طويل.',
      'وقال شقيق فرحات إن العائلة تنتظر عودته منذ سنوات.',
    ]);
    expect(who).toEqual(['شقيق فرحات']);
  });

  it('the daughter is not her father, whatever the people finder makes of her name (ابنة X، Y، Z)', () => {
    const who = whoSaid([
      'وقالت ابنة المهندس العراقي، سامي فرحات، ليلى فرحات، إنها لا تريد العودة إلى المدينة.',
    ]);
    expect(who).toHaveLength(1);
    expect(who).not.toContain('سامي فرحات');
  });
});
