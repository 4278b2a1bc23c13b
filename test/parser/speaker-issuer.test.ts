/**
 * A statement, report or description stands for whoever issued it (issue 11, speakers24): constructed
 * copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const whoSaid = (lines: string[]) => parseArticle(['عنوان تجريبي', '', ...lines].join('\n')).quotes.map((q) => q.speaker.ar);

describe('issuers of statements and reports', () => {
  it('a statement behind ل is its issuer (بيان لوزارة الزراعة)', () => {
    const who = whoSaid(['وتضمن بيان لوزارة الزراعة الأردنية أن الموسم الحالي "سيشهد زيادة كبيرة في إنتاج الزيتون".']);
    expect(who).toEqual(['وزارة الزراعة الأردنية']);
  });

  it('a report a body published is the body (تقرير نشره معهد …)', () => {
    const who = whoSaid(['وانتشرت الألغام في الطرق الزراعية والمسارات الترابية بكثافة غير مسبوقة، وفقا لتقرير حديث نشره "معهد الدراسات الإقليمية".']);
    expect(who[0]).not.toMatch(/تقرير/);
  });

  it('«البيان الصادر عن X» is X', () => {
    const who = whoSaid(['وقال البيان الصادر عن مجموعة من الخبراء المستقلين إن احتجاز الكاتب يأتي في ظل قيود على حرية التعبير.']);
    expect(who[0]).toMatch(/^مجموعة من الخبراء/);
  });

  it('«الشركة» is the company the article named before', () => {
    const who = whoSaid([
      'أطلقت شركة المحاسبة العملاقة برايس ووترهاوس البريطانية برنامجا جديدا للعمل المرن.',
      'وتقول الشركة إن هذا البرنامج يهدف إلى تلبية ميول عدد متزايد من الناس الذين لا يحبذون العمل التقليدي.',
    ]);
    expect(who[0]).toContain('برايس ووترهاوس');
  });

  it('a title with its principal\'s pronoun is the one person holding it (محاميه)', () => {
    const who = whoSaid([
      'ومثل المنتج سامر خليل أمام المحكمة صباح الخميس، وقال محامي خليل أحمد حسين إن الجلسة تأجلت إلى الشهر المقبل.',
      'وقالت الممثلة ليلى حسن إن القضية تهم كل العاملين في الصناعة.',
      'وقال محاميه إن موكله لن يقر بأنه مذنب في أي من التهم الموجهة إليه.',
    ]);
    expect(who[who.length - 1]).toBe(who[0]);
    expect(who[who.length - 1]).not.toBe('محاميه');
  });

  it('figures behind ل are their owner\'s (أرقام لشركة X)', () => {
    const who = whoSaid(['وحصد الفيلم نحو مليار دولار في أسبوعه الأول حول العالم، وفقا لأرقام مؤقتة لشركة "إكزيبيتر ريليشنز".']);
    expect(who[0]).toMatch(/شركة/);
  });
  it('a title in construct with its principal, then the holder\'s name in commas, is the holder (محامي X، Y،)', () => {
    const who = whoSaid([
      'ومثل المنتج سامر خليل أمام المحكمة صباح الخميس في قضية تحرش جديدة.',
      'وخارج المحكمة، قال محامي خليل، أحمد حسين، للصحفيين، إن موكله لن يقر بأنه ارتكب أي ذنب.',
    ]);
    expect(who[who.length - 1]).toBe('أحمد حسين');
  });
  it('… also when the holder\'s name opens on a particle the person index skips (محامي X، بن Y،)', () => {
    const who = whoSaid([
      'ومثل المنتج سامر خليل أمام المحكمة صباح الخميس في قضية تحرش جديدة.',
      'وخارج المحكمة، قال محامي خليل، بن نصار، للصحفيين، إن موكله لن يقر بأنه ارتكب أي ذنب.',
    ]);
    expect(who[who.length - 1]).toBe('بن نصار');
  });
});
