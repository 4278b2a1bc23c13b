import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «للاعب المصري محمد صلاح نجم فريق ليفربول الإنجليزي» (pool 175) named a second person «محمد صلاح
// نجم فريق», "Mohammed Salah Najm Friq": نجم is a given name as well as a title, and after two given
// names the name ran on. A title word with its genitive after it (فريق ليفربول، ليفربول) is the title
// of the name before it.
describe('a title in construct after a name of two words', () => {
  it('ends the name', () => {
    const said = (s: string) => parseArticle(['كأس العالم', s].join('\n')).people.map((p) => [p.name.ar, p.role.ar]);
    expect(said('وقال محمد صلاح نجم فريق ليفربول الإنجليزي إنه سعيد بالفوز.')).toEqual([['محمد صلاح', 'نجم فريق ليفربول الإنجليزي']]);
    expect(said('وقال محمد صلاح نجم ليفربول إنه سعيد بالفوز.')).toEqual([['محمد صلاح', 'نجم ليفربول']]);
  });

  it('leaves a third name word that takes no genitive', () => {
    expect(parseArticle(['كأس العالم', 'وقال محمد صلاح نجم إنه سعيد بالفوز.'].join('\n')).people.map((p) => p.name.ar)).toEqual(['محمد صلاح نجم']);
  });
});
