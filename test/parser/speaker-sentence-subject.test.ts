import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

function speakerOf(text: string, start: string): string | undefined {
  const b = parseArticle(text);
  const q = b.quotes.find((x) => x.text.startsWith(start));
  return b.people.find((p) => p.id === q?.speakerId)?.name.ar;
}

// A paragraph's unstated feminine subject goes on with the woman its first sentence opens with, past
// the names her verbs take as objects and past the man who spoke before her. Made-up names.
describe('an unstated subject after a paragraph that opens with its subject', () => {
  const text = 'فاز الممثل سمير هاردينغ بجائزة أفضل ممثل عن دوره في فيلم "الطريق". '
    + 'وقال هاردينغ لدى تسلمه الجائزة: "أريد أن أشكر كل من عمل معي في هذا الفيلم".\n\n'
    + 'وفازت لورين ماكبرايد بجائزة أفضل ممثلة عن دورها في فيلم "المدينة". '
    + 'وقد تغلبت على سالي هوبكنز وماريا روبنسون في هذه الفئة. '
    + 'وقالت لدى تسلمها الجائزة: "كلنا لدينا مشاريع تحتاج إلى تمويل".';

  it('is the woman a feminine verb opened her paragraph with, not the man who spoke last', () => {
    expect(speakerOf(text, 'كلنا لدينا مشاريع')).toBe('لورين ماكبرايد');
    expect(speakerOf(text, 'أريد أن أشكر')).toBe('سمير هاردينغ');
  });
});
