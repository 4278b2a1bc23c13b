import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { speakerTail, splitOverlap } from '../../src/parser/speaker-tail.ts';

const quotesOf = (text: string) => parseArticle(text).quotes.map((q): [string, string] => [q.speaker.ar, q.text.slice(0, 30)]);

// Round fifty-seven: a speaker's phrase and the words said do not share words. Where a reader cut
// the sentence inside the speaker's phrase, the overlap goes back to the one it belongs to.
describe('speakerTail: more ends of a body\'s phrase (round fifty-seven)', () => {
  it('cuts at an indefinite accusative common noun after the body\'s nationality (the verb\'s object)', () => {
    expect(speakerTail('شركة المحاسبة العملاقة برايس ووترهاوس البريطانية برنامجا')).toBe('شركة المحاسبة العملاقة برايس ووترهاوس البريطانية');
  });
  it('keeps a bracketed acronym, and a name, after the nationality', () => {
    expect(speakerTail('وكالة الفضاء الأمريكية (ناسا)')).toBe('وكالة الفضاء الأمريكية (ناسا)');
    expect(speakerTail('الخارجية الروسية ماريا زاخاروفا')).toBe('الخارجية الروسية ماريا زاخاروفا');
  });
  it('cuts at فإن: a clause reported after an «according to»', () => {
    expect(speakerTail('تويتر فإن الحد الأدنى لسن استخدام خدمتهم هو')).toBe('تويتر');
  });
  it('cuts at a word that opens a clause of its own (بينما، وبعدما)', () => {
    expect(speakerTail('محكمة أخرى استمرار حبس القس بينما كانت الولايات المتحدة تأمل')).toBe('محكمة أخرى استمرار حبس القس');
    expect(speakerTail('شهادته وبعدما هدده أحدهم')).toBe('شهادته');
  });
  it('cuts at a definite word after an إفعال verbal noun written with its hamza, not at an أفعال plural', () => {
    expect(speakerTail('المرصد السوري لحقوق الانسان إعدام التنظيم')).toBe('المرصد السوري لحقوق الانسان');
    expect(speakerTail('وكالات أنباء روسية')).toBe('وكالات أنباء روسية');
  });
});

describe('splitOverlap: the speaker\'s words are not what was said', () => {
  it('starts a named speaker\'s quotation after the name and the time words that date the saying', () => {
    expect(splitOverlap('كريستين لاغارد أمس السبت، الدول العربية على خفض رواتب القطاع العام', 'كريستين لاغارد', true)?.text)
      .toBe('الدول العربية على خفض رواتب القطاع العام');
    expect(splitOverlap('إيمانويل ماكرون، الخميس، إلى ضرورة هزيمة الإرهاب', 'إيمانويل ماكرون', true)?.text).toBe('إلى ضرورة هزيمة الإرهاب');
  });
  it('keeps a body\'s ل-complement in its name and starts the quotation after it', () => {
    expect(splitOverlap('لحقوق الانسان إعدام التنظيم للشابة', 'المرصد السوري لحقوق الانسان', false))
      .toEqual({ text: 'إعدام التنظيم للشابة', speakerAr: 'المرصد السوري لحقوق الانسان' });
  });
  it('ends a body\'s phrase that ran on into what it said', () => {
    const said = 'الرفض الكامل لهذا الموقف وما تضمنه "من قراءة غير صحيحة"';
    expect(splitOverlap(said, 'الخارجية المصرية الرفض الكامل لهذا الموقف وما تضمنه', false)).toEqual({ text: said, speakerAr: 'الخارجية المصرية' });
  });
  it('leaves alone a quotation in quotation marks and one that shares no words', () => {
    expect(splitOverlap('"غودار يصنع نفس الفيلم"', 'جان لوك غودار', true)).toBeNull();
    expect(splitOverlap('الحكومة ستواصل الإصلاح', 'وزير المالية', true)).toBeNull();
  });
});

describe('in the briefing', () => {
  it('a named speaker\'s reported words start after the name', () => {
    const qs = quotesOf('حضت المديرة العامة لصندوق النقد الدولي كريستين لاغارد أمس السبت، الدول العربية على خفض رواتب القطاع العام والدعم الحكومي من أجل ضبط الإنفاق.');
    expect(qs).toContainEqual(['كريستين لاغارد', 'الدول العربية على خفض رواتب ال']);
  });
  it('a body\'s phrase stops before the reported words', () => {
    const qs = quotesOf('استنكر الاتحاد الأوروبي الأربعاء توقيف معارضين في مصر. من جهتها أكدت الخارجية المصرية الرفض الكامل لهذا الموقف وما تضمنه "من قراءة غير صحيحة للواقع المصري".');
    expect(qs.find(([, t]) => t.startsWith('الرفض الكامل'))?.[0]).toBe('الخارجية المصرية');
  });
});

describe('a clause after a complementiser keeps its subject', () => {
  it('leaves «أن + a name» whole whoever was chosen to have said it', () => {
    const said = 'دي ميستورا أجرى الثلاثاء "مشاورات غير رسمية" في سوتشي';
    expect(splitOverlap(said, 'ستافان دي ميستورا', true, 'أن')).toBeNull();
    expect(splitOverlap(said, 'ستافان دي ميستورا', true, 'بيان')?.text).toBe('أجرى الثلاثاء "مشاورات غير رسمية" في سوتشي');
  });
});
