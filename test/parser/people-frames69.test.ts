import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const people = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => [p.name.ar, p.role?.ar ?? '']);

// Each case under the scores a held-out tagger of `cv:people -- --unseen` gave the name's words:
// names no list or model was fitted to, which only their frame vouches for.
describe('names a frame closes (issue 11, round fifty-three)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads a name set off by commas after its title whole, past the tagger\'s doubt (الخبير الاقتصادي، وضاح الطه، إن)', () => {
    useTaggerModel(knowing({ وضاح: -23, الطه: -44 }));
    expect(people('ويقول الخبير الاقتصادي، وضاح الطه، إن هناك عوامل مشتركة بين البلدين.')).toEqual([['وضاح الطه', 'الخبير الاقتصادي']]);
  });

  it('still cuts the report\'s noun after such a name (ديمتري بيسكوف قوله، إن)', () => {
    useTaggerModel(knowing({ ديمتري: 36, بيسكوف: 37 }));
    const got = people('نقلت وكالة الإعلام الروسية، الأحد، عن المتحدث باسم الكرملين، ديمتري بيسكوف قوله، إن الاتهامات البريطانية باطلة.');
    expect(got.map(([n]) => n)).toEqual(['ديمتري بيسكوف']);
  });

  it('takes a family name in ة that the closing comma ends after a title (عمر السومة)', () => {
    useTaggerModel(knowing({ عمر: -10, السومة: -13 }));
    expect(people('وقال مهاجم النادي الأهلي السعودي، عمر السومة، إنه باق في النادي.')).toEqual([['عمر السومة', 'مهاجم النادي الأهلي السعودي']]);
  });

  it('reads a time adverb after a title as the title\'s, and the name after it (رئيس القسم العربي آنذاك، غيمون ماكليلان)', () => {
    useTaggerModel(knowing({ غيمون: -25, ماكليلان: -19 }));
    expect(people('ثم أصبحت أتقاضى راتبا شهريا بعد أن طلب مني رئيس القسم العربي آنذاك، غيمون ماكليلان، خوض اختبار الإذاعة.')).toEqual([['غيمون ماكليلان', 'رئيس القسم العربي آنذاك']]);
  });

  it('keeps one word after a naming word whatever the tagger makes of it (امرأة تدعى منية)', () => {
    useTaggerModel(knowing({ منية: -74 }));
    expect(people('وتوجه امرأة تدعى منية، وهي مرافقة سابقة، اتهامات جديدة إلى الداعية.').map(([n]) => n)).toEqual(['منية']);
  });

  it('but not after «ما يسمى» (so-called), which names things', () => {
    useTaggerModel(knowing({}));
    expect(people('وأعلن ما يسمى تنظيم ولاية سيناء مسؤوليته عن الهجوم.')).toEqual([]);
    expect(people('وتبنى ما يسمى بيت المقدس الهجوم على الحافلة.')).toEqual([]);
  });

  it('lists a list of people none of whom another rule found (أذكر من السيدات: …)', () => {
    useTaggerModel(knowing({ مديحة: -10, المدفعي: -20, أولغا: -10, جويدة: -20, سهام: -10, الكرمي: -20, عبلة: -10, خماش: -20 }));
    const got = people('وعملت مع كثير من المذيعين، أذكر من السيدات: مديحة المدفعي، وأولغا جويدة، وسهام الكرمي، وعبلة خماش.').map(([n]) => n);
    expect(got).toEqual(['مديحة المدفعي', 'أولغا جويدة', 'سهام الكرمي', 'عبلة خماش']);
  });

  it('takes no list one item of which is a place for a list of people (سان دييغو، وسان فرانسيسكو، …)', () => {
    useTaggerModel(knowing({}));
    expect(people('وزار الوفد مدن سان دييغو، وسان فرانسيسكو، ولوس أنجلوس، ونيو جيرسي.')).toEqual([]);
  });
});
