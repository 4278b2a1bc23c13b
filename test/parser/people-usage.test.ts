/**
 * A name's rest read from the article's own usage (speakers37): the word that follows a name's last
 * word at nearly every place the article writes it is the rest of the name, even an everyday word
 * (بنا "with us"). Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const names = (lines: string[]) => parseArticle(['عنوان تجريبي', '', ...lines].join('\n')).people.map((p) => p.name.ar);

describe('the rest of a name from the article\'s usage', () => {
  it('takes the word written after the name at every mention', () => {
    const ns = names([
      'رحلت الفنانة الفلسطينية سلمى بنا بعد صراع طويل مع المرض.',
      'وكانت سلمى بنا قد أعلنت في فبراير الماضي توقفها عن الغناء.',
      'ونعت وزارة الثقافة سلمى بنا في بيان رسمي.',
      'وقال الوزير إن سلمى بنا تركت أثرا كبيرا.',
    ]);
    expect(ns).toContain('سلمى بنا');
    expect(ns).not.toContain('سلمى');
  });

  it('not a word written after the name at too few of its mentions', () => {
    const ns = names([
      'رحلت الفنانة الفلسطينية سلمى بنا بعد صراع طويل مع المرض.',
      'وكانت سلمى قد أعلنت في فبراير الماضي توقفها عن الغناء.',
      'ونعت وزارة الثقافة سلمى في بيان رسمي، وقال الوزير إن سلمى تركت أثرا كبيرا.',
    ]);
    expect(ns).not.toContain('سلمى بنا');
  });
});
