import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const briefing = (body: string) => parseArticle([HEAD, body].join('\n'));
const people = (body: string) => briefing(body).people.map((p) => [p.name.ar, p.role?.ar ?? '']);

describe('one who speaks for another (issue 11, round fifty-six)', () => {
  it('gives the statement to the spokesman set off after his principal, and the principal his own title', () => {
    const b = briefing('وقال المتحدث باسم الرئيس التركي رجب طيب أردوغان، إبراهيم قالن، إن أنقرة لن تتراجع عن موقفها أبدا.');
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['إبراهيم قالن']);
    expect(b.people.map((p) => [p.name.ar, p.role?.ar ?? ''])).toEqual([['رجب طيب أردوغان', 'الرئيس التركي'], ['إبراهيم قالن', 'المتحدث باسم الرئيس التركي']]);
  });

  it('the same with a principal no list knows (الناطقة باسم وزيرة … فيديريكا موغيريني، مايا كوسيانسيتش)', () => {
    const b = briefing('وقالت الناطقة باسم وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني، مايا كوسيانسيتش، إن الاتحاد يدعم الاتفاق النووي.');
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['مايا كوسيانسيتش']);
    expect(b.people.map((p) => [p.name.ar, p.role?.ar ?? ''])).toContainEqual(['فيديريكا موغيريني', 'وزيرة خارجية الاتحاد الأوروبي']);
  });

  it('but a spokesman named right after the title is the spokesman, whatever follows the comma', () => {
    expect(people('وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي، مضيفا أن طهران لن تتفاوض على برنامجها.')).toEqual([['بهرام قاسمي', 'المتحدث باسم الخارجية الإيرانية']]);
  });
});
