import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// «وتساءل اللاعب الدولي السابق …، إيان رايت، عن السبب الذي لم يجعل وكلاء أعمال اللاعب …» (pool 119)
// gave no statement: a verb of asking took a clause after إن only, not what it asks about after عن.
describe('asking about something', () => {
  it('reports what was asked about, with the subject set off by commas', () => {
    const b = parseArticle([
      'محرز يتصرف كالأطفال',
      'وتساءل اللاعب الدولي السابق للمنتخب الانجليزي، إيان رايت، عن السبب الذي لم يجعل وكلاء أعمال اللاعب يضعون شرطا جزائيا في عقده.',
    ].join('\n'));
    expect(b.quotes.map((q) => q.speaker.ar)).toEqual(['إيان رايت']);
    expect(b.quotes[0]!.text).toContain('السبب الذي لم يجعل وكلاء أعمال اللاعب');
  });

  it('reports it with a plural subject too', () => {
    const b = parseArticle([
      'أوروبا والشعبوية',
      'يتساءل الشركاء الأوروبيون عن الطريقة التي يمكن بها التجاوب مع تنامي معاداة المؤسسات.',
    ].join('\n'));
    expect(b.quotes.map((q) => [q.speaker.ar, q.text])).toEqual([['الشركاء الأوروبيون', 'الطريقة التي يمكن بها التجاوب مع تنامي معاداة المؤسسات']]);
  });

  // «وتسائل ماسك أثناء اللقاء عن شرعية تناول المخدر» (pool 125): the occasion is not what was asked
  it('leaves out the occasion between the subject and what was asked', () => {
    const b = parseArticle([
      'ماسك والحشيش',
      'وقال رجل الأعمال إلون ماسك إن العمل صعب.',
      'وتساءل ماسك أثناء اللقاء عن شرعية تناول المخدر.',
    ].join('\n'));
    expect(b.quotes.map((q) => q.text)).toContain('شرعية تناول المخدر');
  });
});
