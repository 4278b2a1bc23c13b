import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «… فهو يعتقد أنه من الأفضل التعامل مع الازدحام المروري …» (pool 060) gave no statement: a verb of
// belief right before its complementiser reads as impersonal (يُعتقد أن, "it is believed"), even
// with a pronoun standing for its subject.
describe('a verb of belief after a pronoun subject', () => {
  it('is the discourse speaker’s view', () => {
    const b = parseArticle([
      'ماسك والسيارات الطائرة',
      'وقال رجل الأعمال إلون ماسك إن العمل صعب.',
      'وفي الوقت الذي أعرب فيه ماسك عن مخاوف مماثلة من قبل، فهو يعتقد أنه من الأفضل بناء أنظمة نقل تحت الأرض.',
    ].join('\n'));
    const q = b.quotes.find((x) => x.text.startsWith('من الأفضل'));
    expect(q?.speaker.ar).toBe('إلون ماسك');
  });

  it('stays impersonal without one', () => {
    const b = parseArticle(['هجوم مسلح', 'ويعتقد أن الهجوم نفذته جماعة مسلحة.'].join('\n'));
    expect(b.quotes).toEqual([]);
  });
});
