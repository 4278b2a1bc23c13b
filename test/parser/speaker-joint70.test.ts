import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { article } from '../helpers/speaker-candidates.ts';

describe('two persons saying it together when the second carries its own title (issue 11, round fifty-four)', () => {
  it('gives «الفالح ووزير الطاقة الإماراتي سهيل المزروعي رجحا أن» to both', () => {
    const b = parseArticle(article([
      'وقال وزير الطاقة السعودي خالد الفالح إن السوق متوازنة.',
      'لكن الفالح ووزير الطاقة الإماراتي سهيل المزروعي رجحا أن ارتفاع أسعار النفط لن يكون سببا في تضرر الطلب العالمي.',
    ]));
    const q = b.quotes.find((x) => x.text.startsWith('ارتفاع أسعار النفط'))!;
    expect(q.speaker.en).toBe('Khaled al-Falih and Suhail al-Mazrui');
    expect(q.speakerIds).toHaveLength(2);
  });

  it('but not a person after «و» and a title that is no one\'s conjunct (… وأضاف وزير الطاقة X)', () => {
    const b = parseArticle(article([
      'وقال وزير الطاقة السعودي خالد الفالح إن السوق متوازنة، ووزير الطاقة الإماراتي سهيل المزروعي يرى أن الأسعار مستقرة.',
    ]));
    for (const q of b.quotes) expect(q.speakerIds ?? []).not.toHaveLength(2);
  });
});
