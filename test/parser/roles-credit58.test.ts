import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. A work's credit before a name (من بطولة، من إخراج، ببطولة صوتية لكل من) is the
// person's part in it, for every name of the list it opens (roles-ar.ts creditBefore). A bare verbal
// noun of the same words with no من or glued ب is an action done to the person, no credit.
describe('a credit before a name as the person\'s role', () => {
  it('reads «من إخراج» and «من بطولة» for each name of the list', () => {
    const t = 'وتصدر فيلم "الغابة" من إخراج مارك هولت الإيرادات، وتلاه فيلم "النهر" من بطولة جيمس كارول وإيما ستون مع خمسة ملايين دولار.';
    expect(roleOf(t, 'مارك هولت')).toBe('من إخراج');
    expect(roleOf(t, 'جيمس كارول')).toBe('من بطولة');
    expect(roleOf(t, 'إيما ستون')).toBe('من بطولة');
  });

  it('reads a glued ب with one adjective and «لكل من»', () => {
    const t = 'ويأتي الجزء الثاني من الفيلم ببطولة صوتية لكل من مارك هولت، وإيما ستون، وحقق عشرة ملايين دولار.';
    expect(roleOf(t, 'مارك هولت')).toBe('ببطولة صوتية');
    expect(roleOf(t, 'إيما ستون')).toBe('ببطولة صوتية');
  });

  it('not a bare verbal noun (taking a player off)', () => {
    const t = 'وأثار قرار إخراج مارك هولت من الملعب غضب الجماهير، وقال مارك هولت إنه كان متعبا.';
    expect(roleOf(t, 'مارك هولت')).toBe('');
  });
});
