/**
 * Round thirty-six, invented sentences: a lone later mention of a surname with two neighbouring
 * letters swapped (copy spells a foreign name as each writer hears it) is the same person, and takes
 * no quotes from them; a word that differs in more than one swap stays apart.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

describe('a surname spelt apart later in the article', () => {
  const text =
    'وقال مؤسس الجمعية الأهلية، سامي كاريلان، إن "العمل مستمر رغم الصعوبات". ' +
    'وفي العام الماضي اعتقلت الشرطة كارليان لساعات قبل أن تطلق سراحه. ' +
    'وقال كارليان إن "الجمعية تعمل مع مجموعات جديدة كل عام".';

  it('is one person, named in full', () => {
    const b = parseArticle(text);
    expect(b.people.map((p) => p.name.ar)).toEqual(['سامي كاريلان']);
  });

  it('gives the later quote to that person', () => {
    const b = parseArticle(text);
    const q = b.quotes.find((x) => x.text.includes('مجموعات جديدة'));
    expect(q?.speaker?.ar).toBe('سامي كاريلان');
  });

  it('keeps a word more than one swap away apart', () => {
    const b = parseArticle(text.replace(/كارليان/g, 'كاريلين'));
    expect(b.people.map((p) => p.name.ar)).toEqual(['سامي كاريلان', 'كاريلين']);
    expect(b.quotes.find((x) => x.text.includes('مجموعات جديدة'))?.speaker?.ar).toBe('كاريلين');
  });
});

describe('a compound name written joined at a later mention', () => {
  const text =
    'وتوقع الخبيران، سامر الطه، وأحمد عبد الرافع، في حديثهما للقناة، أن ترتفع الأسعار. ' +
    'ويرى عبدالرافع، المحلل في شركة استثمار، أن "السوق هو الأكثر جذبا في المرحلة المقبلة".';

  it('is the person named in full, who said the quote', () => {
    const b = parseArticle(text);
    expect(b.people.map((p) => p.name.ar)).not.toContain('عبدالرافع');
    expect(b.quotes.find((x) => x.text.includes('الأكثر جذبا'))?.speaker?.ar).toBe('أحمد عبد الرافع');
  });
});
