import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string) => parseArticle(`${HEAD}\n${body}`).people.map((p) => p.name.ar);

// «منذ سقوط نظام معمر القذافي» lost Gaddafi once a fold hid him from the lexicon: a name after a
// head noun of things (نظام أوبر، نادي …) is the thing's, and نظام was one (cv:people --unseen,
// pool 227). Before a name that opens on a name word نظام is the ruler's regime.
describe('a name after نظام', () => {
  afterEach(() => useTaggerModel(null));

  it('is a ruler when it opens on a name word', () => {
    useTaggerModel(knowing({ جمال: 13, الطرابلسي: 19 }));
    expect(names('منذ سقوط نظام جمال الطرابلسي في العام 2011 والبلاد في فوضى.')).toEqual(['جمال الطرابلسي']);
  });

  it('and a system when it does not', () => {
    useTaggerModel(knowing({ كوانتا: 13, بلكس: 19 }));
    expect(names('وأطلقت الشركة نظام كوانتا بلكس في العام الماضي للهواتف.')).toEqual([]);
  });
});
