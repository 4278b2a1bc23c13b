import { describe, expect, it } from 'vitest';
import { englishName, lookupFigure, matchPeople } from '../../src/names/index.ts';
import { parseArticle } from '../../src/parser/index.ts';

describe('world figures of sport, culture and business spelled as English media spell them (issue 12)', () => {
  it('spells a figure\'s whole name from figures.json, not as its words read elsewhere (ميسي: Missy, بيل: Bill)', () => {
    expect(englishName('ليونيل ميسي')).toEqual({ en: 'Lionel Messi', origin: 'lexicon' });
    expect(englishName('غاريث بيل').en).toBe('Gareth Bale');
    expect(englishName('جان كلود يونكر').en).toBe('Jean-Claude Juncker');
    expect(englishName('بيل غيتس').en).toBe('Bill Gates');
    expect(englishName('بيل كلينتون').en).toBe('Bill Clinton');
  });

  it('is no evidence that a word is a name: a figure\'s one word alone keeps its learned spelling', () => {
    expect(englishName('ميسي').origin).toBe('romanised');
    expect(lookupFigure('ميسي')).toBeNull();
    expect(lookupFigure('ليو ميسي')?.en).toBe('Lionel Messi');
  });

  it('gives the person its Latin aliases, so /who finds a figure by the name readers type', () => {
    const b = parseArticle('عنوان الخبر عن المباراة\nوقال النجم الأرجنتيني ليونيل ميسي إن الفريق قدم مباراة كبيرة أمام الجماهير.');
    expect(b.people.map((p) => p.name.en)).toEqual(['Lionel Messi']);
    expect(b.people[0]!.aliases).toContain('Leo Messi');
    expect(matchPeople('leo messi', b.people).map((m) => m.person.name.ar)).toEqual(['ليونيل ميسي']);
  });
});
