import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وكان مارك زوكربيرغ، الرئيس التنفيذي لشركة فيسبوك قد تجنب …» (pool 056): the title ran over قد,
// «… لشركة فيسبوك قد», "chief executive of Kad company". قد stands only before a verb.
describe('a title before a verbal particle', () => {
  it('ends before قد', () => {
    const b = parseArticle(['فيسبوك والاشتراكات', 'وكان مارك زوكربيرغ، الرئيس التنفيذي لشركة فيسبوك قد تجنب توفير نسخة مدفوعة خالية من الإعلانات.'].join('\n'));
    expect(b.people.map((p) => [p.name.ar, p.role?.ar])).toEqual([['مارك زوكربيرغ', 'الرئيس التنفيذي لشركة فيسبوك']]);
  });
});
