import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { knowing } from '../helpers/tagger-model.ts';

const names = (text: string) => parseArticle(text).people.map((p) => p.name.ar);

// A held-out tagger took «سيسافر» (will travel) for a name word after «محمد صلاح», and a future's
// shape the tagger takes for a name is a foreign name (سيسيليا، سيهوفر): the person became «محمد
// صلاح سيسافر» ("Sisafer"; cv:people --unseen, pool). The verb the future is made of is one the
// corpus writes as an everyday word (سافر), which no name is.
describe('a future verb of an everyday verb after a name', () => {
  afterEach(() => useTaggerModel(null));

  it('ends the name whatever the tagger makes of it', () => {
    useTaggerModel(knowing({ محمد: 30, صلاح: 60, سيسافر: 5 }));
    expect(names('وأكد النادي في بيانه أن محمد صلاح سيسافر إلى روما غدا بعد المباراة.')).toEqual(['محمد صلاح']);
  });

  it('while a foreign name of that shape stays a name', () => {
    useTaggerModel(knowing({ سيسيليا: 5, مالستروم: 21 }));
    expect(names('وأكد النادي في بيانه أن سيسيليا مالستروم وصلت إلى روما غدا بعد المباراة.')).toContain('سيسيليا مالستروم');
  });
});
