import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وبحسب "فرانس برس"، سيعلن حزب الشعب الجمهوري العلماني، اسم مرشحه، …، حسبما قال المتحدث باسم
// الحزب بولنت تزجان» (dev 14) gave two statements: AFP saying it, and Tezcan saying «وبحسب "فرانس
// برس"، سيعلن …». The spokesman said it; the agency that opens the sentence relays him.
const said = (text: string) => parseArticle(['الانتخابات التركية', text].join('\n')).quotes.map((q) => [q.speaker.ar, q.text.slice(0, 20)]);

describe('a sentence opened by one source and closed by another', () => {
  it('is the closing source’s statement, without the opening one', () => {
    expect(said('وبحسب "فرانس برس"، سيعلن حزب الشعب الجمهوري العلماني، اسم مرشحه، خلال تجمع صباح الجمعة القادم، في قاعة رياضية في أنقرة، حسبما قال المتحدث باسم الحزب بولنت تزجان.'))
      .toEqual([['بولنت تزجان', 'سيعلن حزب الشعب الجم']]);
    expect(said('وبحسب وكالة رويترز، فإن المحادثات بين الطرفين فشلت مساء الأحد، حسبما قال مسؤول أمريكي.')).toEqual([['مسؤول أمريكي', 'المحادثات بين الطرفي']]);
  });

  it('leaves a sentence with one source to it', () => {
    expect(said('وبحسب وكالة رويترز، فإن المحادثات بين الطرفين فشلت مساء الأحد.')).toEqual([['وكالة رويترز', 'المحادثات بين الطرفي']]);
  });
});
