import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { isComplementiser } from '../../src/parser/arabic-words.ts';
import { tokenize } from '../../src/parser/tokens.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const tok = (w: string) => tokenize(w, [{ text: w, start: 0, end: w.length, para: 0 }], 'ar')[0]!;

// Round fifty-seven: the light form writes آن (Anne) as ان, the complementiser; a prize "from the
// mayor of Paris, Anne Hidalgo" was read as something someone said.
describe('آن with its madda is a name, not a complementiser', () => {
  it('reads أن, إن, بأن and أنه as complementisers and آن, وآن as none', () => {
    expect(['أن', 'إن', 'بأن', 'أنه'].map((w) => isComplementiser(tok(w)))).toEqual([true, true, true, true]);
    expect(['آن', 'وآن'].map((w) => isComplementiser(tok(w)))).toEqual([false, false]);
  });

  it('finds no quotation in a prize given by «عمدة باريس، آن هيدالغو»', () => {
    const b = parseArticle([HEAD, 'وسيحصل الشاب، البالغ من العمر 27 عاما، على جائزة نقدية قدرها 5 آلاف جنيه استرليني من عمدة باريس، آن هيدالغو، في مايو/ أيار، خلال مهرجان الخبز.'].join('\n'));
    expect(b.quotes).toEqual([]);
  });
});
