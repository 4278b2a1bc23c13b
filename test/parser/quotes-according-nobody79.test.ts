import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { sayerless } from '../../src/parser/quotes-ar.ts';

// «ووفقا لأحكام هذا القانون، لا يجوز …» (pool 137) was a statement of «لأحكام» ("Hkam"): the
// provisions of a law, behind the preposition the attribution takes, read as a name.
describe('an attribution to no one', () => {
  it('gives no statement', () => {
    const b = parseArticle([
      'قانون جديد للمقاصة',
      'ووفقا لأحكام هذا القانون، لا يجوز لمن يقوم بأعمال التصفية أن يمتنع عن تنفيذ العقود.',
    ].join('\n'));
    expect(b.quotes).toEqual([]);
  });

  it('keeps one behind the same preposition that names someone', () => {
    const b = parseArticle(['الاتفاق النووي', 'ووفقا لترامب، فإن الاتفاق سيء.'].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['ترامب']);
  });
});

describe('sayerless', () => {
  it('reads a preposition on a hamzated everyday word as no one, and a word opening on لا as a word', () => {
    expect(sayerless('لأحكام')).toBe(true);
    expect(sayerless('بإشراف')).toBe(true);
    expect(sayerless('لاعب')).toBe(false);
  });
});
