import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

function speakerOf(text: string, start: string): string | undefined {
  const b = parseArticle(text);
  const q = b.quotes.find((x) => x.text.startsWith(start));
  return b.people.find((p) => p.id === q?.speakerId)?.name.ar;
}

describe('implicit speaker of وقال إن with no named subject', () => {
  it('is the leader a seat of government stands for (سيد البيت الأبيض), not the nearest name', () => {
    const text = 'استقبل الرئيس الأمريكي، جون هاريس، رئيس الوزراء الكندي، مارك بولان، في واشنطن يوم الثلاثاء لبحث ملف التجارة. '
      + 'وبعد أن تحدث بولان مع الصحفيين، خرج سيد البيت الأبيض إلى الحديقة، وقال إن المحادثات كانت مثمرة جداً.';
    expect(speakerOf(text, 'المحادثات كانت مثمرة')).toBe('جون هاريس');
  });

  it('is never the object of a preposition, even in apposition (مع وزير …، NAME)', () => {
    const text = 'وصل وزير الخارجية الفرنسي، جان موروا، إلى القاهرة يوم الأحد في زيارة تستمر يومين. '
      + 'واجتمع موروا مع وزير الخارجية المصري، سامح عبد الرؤوف، في مقر الوزارة، وقال إن بلاده تدعم جهود التهدئة في المنطقة.';
    expect(speakerOf(text, 'بلاده تدعم جهود')).toBe('جان موروا');
  });

  it('skips a name with a clitic preposition (بكبير الدبلوماسيين، NAME)', () => {
    const text = 'وصل وزير الخارجية الإيراني، عباس عراقجي، إلى موسكو يوم الأحد. '
      + 'وعندما التقى الرئيس الروسي، فلاديمير بوتين، بكبير الدبلوماسيين الإيرانيين، عراقجي، يوم الاثنين، وصف الضربات بأنها غير مبررة، وقال إن روسيا تريد مساعدة الشعب الإيراني.';
    expect(speakerOf(text, 'روسيا تريد مساعدة')).toBe('فلاديمير بوتين');
  });
  it('of a participle (مؤكدة، قائلا) is the subject of the clause it closes, not that verb\'s object (speakers31)', () => {
    const b = parseArticle('توفيت المطربة ليلى حسن يوم الأحد عن عمر ناهز سبعين عاما في عمان بعد صراع مع المرض. '
      + 'ونعت وزارة الثقافة الأردنية، في بيان، المطربة ليلى حسن، مؤكدة أنها تركت أثرا كبيرا في الأغنية العربية طوال مسيرتها.');
    const q = b.quotes.find((x) => x.text.includes('تركت أثرا'));
    expect(q?.speaker.ar).toMatch(/وزارة الثقافة/);
  });

  it('of a participle after لكن is that clause\'s subject, not the statement reported before it', () => {
    const text = 'وقال وزير الخارجية الفرنسي، جان موروا، إن المحادثات كانت مثمرة. '
      + 'ويؤكد مؤيدو الاتفاق أنه يشكل أفضل ضمانة للسلام، لكن موروا يعتبر الاتفاق ضعيفا جدا قائلا إنه لا يقدم ضمانات كافية حول مدته.';
    expect(speakerOf(text, 'لا يقدم ضمانات')).toBe('جان موروا');
  });
});
