/**
 * Round fifty: a palace speaks for a head of state's office (أعلن قصر كينسينغتون، قال القصر الملكي
 * في بيان إن …). قصر was no body noun and came out romanised, "Kaser". It now heads a body named
 * after its place in English, as مستشفى does; الملكي is "royal", الديوان الملكي the Royal Court.
 * (Not an unnamed head: that is a tagger feature, and the tagger retrained on it failed a pinned
 * test and moved the blind figures by noise; so «أعلن قصر كينسينغتون» still ends its subject at
 * قصر, "the palace".) Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { translateRole, translateSource } from '../../src/names/index.ts';

const speakerOf = (s: string) => parseArticle(`وقعت أحداث كثيرة في المدينة أمس. ${s}`).quotes[0]?.speaker;

describe('a palace as a speaking body', () => {
  it('names the palace in English, whole when the phrase is read whole', () => {
    expect(translateSource('قصر كينسينغتون')).toBe('Kensington Palace');
    const sp = speakerOf('فقد أعلن قصر كينسينغتون، في بيان صادر، الإثنين، أن دوقة ساسكس ستلد في الربيع المقبل.');
    expect(sp?.en).toBe('the palace');
  });

  it('reads the royal and presidential palaces and the Royal Court in English', () => {
    expect(speakerOf('وقال القصر الملكي في بيان إن الملك سيزور المدينة في العام المقبل.')?.en).toBe('the royal palace');
    expect(translateSource('القصر الرئاسي')).toBe('the presidential palace');
    expect(translateRole('المستشار في الديوان الملكي السعودي')).toBe('adviser to the Saudi Royal Court');
  });
});
