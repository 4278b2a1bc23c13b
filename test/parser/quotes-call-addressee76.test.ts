import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes.map((q) => `${q.speaker.ar}: ${q.text}`);

// A verb of calling names whom it calls on after its subject, and the statement a reader quotes
// opens there («دعت منظمة هيومن رايتس ووتش السلطات اللبنانية إلى التحقيق»; 15 of the 20 corpus
// calls with an addressee are annotated so). The subject reader ran on into the addressee:
// «طالب البيت الأبيض الفلسطينيين عدم الاقتراب» was said by «البيت الأبيض الفلسطينيين» and
// «حثت جماعات أعمال أمريكية الجانبين على حل القضية» by «… الجانبين» (dev 32, pool 077).
describe('a verb of calling with a subject and an addressee', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('ends the subject before an oblique plural or dual, which opens the statement', () => {
    useSpeakerRanker(null);
    expect(quotes(['وطالبت الحكومة الفلسطينيين بعدم الاقتراب من الحدود الشرقية.'])).toEqual(['الحكومة: الفلسطينيين بعدم الاقتراب من الحدود الشرقية']);
    expect(quotes(['وحثت جماعات أعمال أمريكية الجانبين على حل القضية عن طريق المفاوضات.'])).toEqual(['جماعات أعمال أمريكية: الجانبين على حل القضية عن طريق المفاوضات']);
  });

  it('but a noun in construct keeps its genitive in the subject', () => {
    useSpeakerRanker(null);
    expect(quotes(['ودعا وزير خارجية البلدين إلى وقف القتال فورا في المنطقة.'])).toEqual(['وزير خارجية البلدين: وقف القتال فورا في المنطقة']);
  });
});

// «وحض القرار بريطانيا على الالتزام بمعايير الاتحاد» was no statement: حض (urged) was no verb of
// calling (pool 022). After it, as after حث, «عليها» is what was urged, no medium the statement
// follows: «المشاعر القومية التي حضت عليها وسائل الإعلام» reports nothing (dev 30).
describe('حض, urged', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('calls on its addressee', () => {
    useSpeakerRanker(null);
    expect(quotes(['وحض القرار بريطانيا على الالتزام بمعايير الاتحاد الأوروبي الخاصة بالضرائب.'])).toEqual(['القرار: بريطانيا على الالتزام بمعايير الاتحاد الأوروبي الخاصة بالضرائب']);
  });

  it('with the pronoun of its على reports nothing', () => {
    useSpeakerRanker(null);
    expect(quotes(['وقال الرئيس إن بلاده تواجه تحديات كبيرة.', 'ترافق ذلك مع نمو المشاعر القومية التي حضت عليها وسائل الإعلام الحكومية مع التركيز على شخصية الرئيس.']))
      .toEqual(['الرئيس: بلاده تواجه تحديات كبيرة']);
  });
});

// «وكانت الولايات المتحدة قد دعت روسيا لاستخدام نفوذها» had no speaker: the subject before كان's
// verb was taken only when its first word is a place or body alone, and «الولايات» is none (pool 103).
describe('a subject of several words before an auxiliary and a verb of calling', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('is the place or body the lists know', () => {
    useSpeakerRanker(null);
    expect(quotes(['وكانت الولايات المتحدة قد دعت روسيا لاستخدام نفوذها لضمان هدنة.'])).toEqual(['الولايات المتحدة: روسيا لاستخدام نفوذها لضمان هدنة']);
  });
});
