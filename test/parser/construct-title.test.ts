import { describe, expect, it } from 'vitest';
import { parseArticle, segmentArticle } from '../../src/parser/index.ts';
import { titleBefore } from '../../src/parser/people-ar.ts';

// An indefinite title right before a name is in construct with it (محامي سالمي, Salmi's lawyer):
// the title is the lawyer's, not Salmi's, and the lawyer's words are not Salmi's. Made-up names
// where the names finder needs no lexicon.
describe('an indefinite title in construct with a name', () => {
  it('is not the role of the person it is in construct with', () => {
    // (a name the lexicon knows: its later bare mention is matched to it)
    const b = parseArticle('وكان كريستيانو رونالدو قد غادر الملعب مصابا في الشوط الأول.\n\nوجاء في بيان محامي رونالدو أن ما حدث كان بالتراضي.');
    const ronaldo = b.people.find((p) => p.name.ar === 'كريستيانو رونالدو');
    expect(ronaldo).toBeDefined();
    expect(ronaldo?.role.ar).toBe('');
  });

  it('speaks as the title\'s holder, never as the person it is in construct with', () => {
    const b = parseArticle('وكان المهاجم كريم سالمي قد غادر الملعب مصابا في الشوط الأول.\n\nوقال محامي سالمي إن الوثائق المنشورة مزورة.');
    const q = b.quotes.find((x) => x.text.startsWith('الوثائق المنشورة'));
    expect(q?.speakerId).toBeNull();
    expect(q?.speaker.ar).toBe('محامي سالمي');
  });

  it('is the person the article names with that title', () => {
    const b = parseArticle('وكان المهاجم كريم سالمي قد غادر الملعب مصابا في الشوط الأول.\n\nوقال بيتر هولم محامي سالمي إن موكله بريء.\n\nوقال محامي سالمي إن الوثائق المنشورة مزورة.');
    const q = b.quotes.find((x) => x.text.startsWith('الوثائق المنشورة'));
    expect(b.people.find((p) => p.id === q?.speakerId)?.name.ar).toBe('بيتر هولم');
  });
});

describe('titleBefore', () => {
  // (a name that opens the article has no word before it: no title, and nothing to read there)
  it('finds no title before the article\'s first word', () => {
    const { toks } = segmentArticle('كريم سالمي غادر الملعب مصابا.');
    expect(titleBefore(toks, 0, new Set())).toBe(-1);
  });
});
