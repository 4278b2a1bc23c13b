import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { saidBy } from '../../src/briefing/speakers.ts';

// An English article of our own writing: two ministers named with their titles first, then a
// statement they made together, a quote of one of them, and a subject that is not a bare list.
const ARTICLE = [
  'Ministers meet in Geneva',
  'Foreign Minister Helena Marsh of Norway met Trade Minister Jonas Brandt of Denmark in Geneva on Monday to discuss fishing quotas.',
  'Marsh and Brandt said the two governments would sign a joint agreement on quotas before the end of the year.',
  '“We will not let this dispute harm our neighbours,” Brandt said after the meeting.',
  'An aide to Marsh and Brandt said the talks had lasted more than six hours on Monday.',
].join('\n\n');

describe('English quotes said together', () => {
  const b = parseArticle(ARTICLE);
  const person = (word: string) => b.people.find((p) => p.name.en.includes(word))!;

  it('gives a statement whose subject is two persons joined by "and" to both, by id', () => {
    const [marsh, brandt] = [person('Marsh'), person('Brandt')];
    expect(marsh && brandt).toBeTruthy();
    const q = b.quotes.find((x) => x.text.includes('joint agreement'))!;
    expect(q.speakerId).toBeNull();
    expect(q.speakerIds).toEqual([marsh.id, brandt.id]);
    expect(q.speaker.en).toBe(`${marsh.name.en} and ${brandt.name.en}`);
    expect(saidBy(q, marsh.id) && saidBy(q, brandt.id)).toBe(true);
  });

  it('keeps a quote of one person that person\'s alone', () => {
    const q = b.quotes.find((x) => x.text.includes('neighbours'))!;
    expect(q.speakerId).toBe(person('Brandt').id);
    expect(q.speakerIds).toBeUndefined();
  });

  it('does not join persons when the subject holds anything else ("An aide to X and Y")', () => {
    const q = b.quotes.find((x) => x.text.includes('six hours'));
    expect(q?.speakerIds).toBeUndefined();
  });
});
