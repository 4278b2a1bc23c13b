import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وأعلن محمد بن خليفة توقيع مذكرة تفاهم …» (pool 254): the name ran on into the verb's object,
// «محمد بن خليفة توقيع», and the statement lost its first word.
describe('a lineage written out before the verb’s object', () => {
  it('ends the name before an everyday word', () => {
    const b = parseArticle(['حقل نفط جديد', 'وأعلن محمد بن خليفة توقيع مذكرة تفاهم مع شركة أميركية.'].join('\n'));
    expect(b.people.map((p) => p.name.ar)).toEqual(['محمد بن خليفة']);
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['محمد بن خليفة', 'توقيع مذكرة تفاهم مع شركة أميركية']]);
  });

  it('still takes the family after آل', () => {
    const b = parseArticle(['حقل نفط جديد', 'وقال محمد بن خليفة بن أحمد آل خليفة إن الحقل كبير.'].join('\n'));
    expect(b.people.map((p) => p.name.ar)).toEqual(['محمد بن خليفة بن أحمد آل خليفة']);
  });
});
