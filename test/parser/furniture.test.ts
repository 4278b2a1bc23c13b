import { describe, expect, it } from 'vitest';
import { stripFurniture, wordsAtMost } from '../../src/parser/furniture.ts';
import { parseArticle } from '../../src/parser/index.ts';

const strip = (lines: string[]) => stripFurniture(lines.join('\n')).text.split('\n');

describe('page furniture', () => {
  it('cuts a CNN-style dateline and keeps the sentence it opens', () => {
    expect(strip(['عنوان الخبر هنا', 'الرباط، المغرب (CNN) -- أعلنت الحكومة خطة جديدة للنقل.'])).toEqual([
      'عنوان الخبر هنا',
      'أعلنت الحكومة خطة جديدة للنقل.',
    ]);
    expect(strip(['عنوان', '(CNN)— افتتح المعرض أبوابه صباح اليوم.'])[1]).toBe('افتتح المعرض أبوابه صباح اليوم.');
    expect(strip(['عنوان', 'تونس (رويترز) - ارتفعت أسعار الخبز.'])[1]).toBe('ارتفعت أسعار الخبز.');
    expect(strip(['عنوان', 'عمّان - أ ف ب - وصل الوفد إلى العاصمة.'])[1]).toBe('وصل الوفد إلى العاصمة.');
  });

  it('keeps an agency named inside a sentence', () => {
    const line = 'وقال المتحدث لـ(CNN) إن المفاوضات مستمرة.';
    expect(strip(['عنوان', line])[1]).toBe(line);
    const line2 = 'ونقلت رويترز عن مصدر أن الاتفاق قريب.';
    expect(strip(['عنوان', line2])[1]).toBe(line2);
  });

  it('drops an agency tag closing a paragraph', () => {
    expect(strip(['عنوان', 'انخفضت البطالة إلى سبعة في المئة. (أ ف ب)'])[1]).toBe('انخفضت البطالة إلى سبعة في المئة.');
  });

  it('drops links to other stories, whole lines and inline', () => {
    expect(strip(['عنوان', 'سطر أول من الخبر.', 'اقرأ أيضا: وزير يستقيل بعد فضيحة', 'سطر ثان من الخبر.'])).toEqual(['عنوان', 'سطر أول من الخبر.', 'سطر ثان من الخبر.']);
    expect(strip(['عنوان', 'للمزيد: مباراة القمة تنتهي بالتعادل'])).toEqual(['عنوان']);
    expect(strip(['عنوان', 'شاهد.. لحظة سقوط الطائرة'])).toEqual(['عنوان']);
    expect(strip(['عنوان', 'قد يهمك: أسعار الذهب اليوم'])).toEqual(['عنوان']);
    expect(strip(['عنوان', 'وتصاعد التوتر بين البلدين.. اقرأ.. السفير يغادر العاصمة'])[1]).toBe('وتصاعد التوتر بين البلدين.');
  });

  it('keeps a sentence that merely starts with a reading or watching verb', () => {
    const line = 'شاهد الجمهور العرض الأول للفيلم مساء الخميس.';
    expect(strip(['عنوان', line])[1]).toBe(line);
  });

  it('drops app and social promotions but not a sentence about notifications', () => {
    expect(strip(['عنوان', 'خبر.', 'يمكنكم تلقي إشعارات بأهم الأخبار بعد تنزيل تطبيقنا على هواتفكم.'])).toEqual(['عنوان', 'خبر.']);
    expect(strip(['عنوان', 'خبر.', 'حمّلوا الآن تطبيق الموقع على أندرويد.'])).toEqual(['عنوان', 'خبر.']);
    expect(strip(['عنوان', 'خبر.', 'تابعونا على تويتر لآخر المستجدات'])).toEqual(['عنوان', 'خبر.']);
    const fact = 'وأصبح بوسع المستخدمين استلام تنبيهات عن الوظائف الجديدة.';
    expect(strip(['عنوان', fact])[1]).toBe(fact);
  });

  it('drops captions, photo credits, bylines, disclaimers, source notes and rules', () => {
    const out = strip([
      'عنوان',
      'مصدر الصورة Getty Images',
      'التعليق على الصورة: متظاهرون أمام البرلمان',
      'بقلم: سامي يوسف',
      'تظاهر الآلاف أمام البرلمان.',
      '-------------------',
      '*نقلاً عن صحيفة الوطن',
      '** جميع المقالات المنشورة تعبر عن رأي كاتبها فقط.',
      'هذا المقال بقلم الكاتب ولا يعكس بالضرورة رأي الموقع.',
    ]);
    expect(out).toEqual(['عنوان', 'تظاهر الآلاف أمام البرلمان.']);
  });

  it('drops a bracketed photo credit or archive note inside a line', () => {
    expect(strip(['عنوان', 'وصل الرئيس إلى المطار (صورة أرشيفية) وسط إجراءات أمنية مشددة.'])[1]).toBe('وصل الرئيس إلى المطار وسط إجراءات أمنية مشددة.');
    expect(strip(['عنوان', 'احترق المبنى بالكامل (الصورة: وكالة محلية).'])[1]).toBe('احترق المبنى بالكامل.');
    const kept = 'وقال الوزير (65 عاما) إن القرار نهائي.';
    expect(strip(['عنوان', kept])[1]).toBe(kept);
  });

  it('drops a run of other stories’ headlines inside the body', () => {
    const out = strip([
      'عنوان',
      'سقطت أمطار غزيرة على المدينة.',
      'لماذا ترتفع أسعار الوقود في الشتاء؟',
      'انتخابات البلدية تنطلق الأسبوع المقبل',
      'وأغلقت المدارس أبوابها.',
    ]);
    expect(out).toEqual(['عنوان', 'سقطت أمطار غزيرة على المدينة.', 'وأغلقت المدارس أبوابها.']);
  });

  it('keeps a list the article introduces, and a list whose items share a label', () => {
    const introduced = ['عنوان', 'وهذه أبرز نتائج الجولة:', 'الفريق الأحمر يفوز بهدفين', 'الفريق الأزرق يتعادل مع الضيوف'];
    expect(strip(introduced)).toEqual(introduced);
    const labelled = ['عنوان', 'جرى الحفل مساء أمس.', 'أفضل رواية: ظلال المدينة القديمة', 'أفضل ديوان: أغنيات البحر الأخير'];
    expect(strip(labelled)).toEqual(labelled);
  });

  it('keeps a single sub-heading and numbered list items', () => {
    const lines = ['عنوان', 'سطر من الخبر.', 'ماذا يعني القرار للمستهلكين', 'سطر آخر.', '1- سامي الحسن', '2- ليلى العمر'];
    expect(strip(lines)).toEqual(lines);
  });

  it('is applied before parsing: no dateline in sentences or summary', () => {
    const b = parseArticle(['وزير الطاقة يعلن خطة للطاقة الشمسية', 'الرياض، السعودية (CNN) -- أعلن وزير الطاقة خطة لبناء محطات شمسية جديدة.', 'اقرأ أيضا: أسعار النفط ترتفع', 'وقال الوزير إن الخطة ستوفر آلاف الوظائف.'].join('\n'));
    expect(b.sentences.map((s) => s.text)).toEqual(['أعلن وزير الطاقة خطة لبناء محطات شمسية جديدة.', 'وقال الوزير إن الخطة ستوفر آلاف الوظائف.']);
    expect(b.summary.ar.join(' ')).not.toMatch(/CNN|اقرأ/);
  });

  it('keeps a text that is nothing but furniture rather than calling it empty', () => {
    expect(() => parseArticle('اقرأ أيضا: خبر آخر')).not.toThrow();
  });
});

describe('wordsAtMost', () => {
  it('agrees with counting the words of the split line, for every kind of white space', () => {
    const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const pool = ['ب', 'a', '1', '.', ' ', '  ', '\t', '\u00a0', '\u2003', '\u202f', '\u3000', '\ufeff', '\u200b', '\u1680', '\n', '\u2028', '\u0085'];
    let seed = 99;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let round = 0; round < 3000; round++) {
      let s = '';
      const len = rand(40);
      for (let i = 0; i < len; i++) s += pool[rand(pool.length)];
      const max = rand(8);
      expect([s, wordsAtMost(s, max)]).toEqual([s, count(s) <= max]);
    }
  });
});
