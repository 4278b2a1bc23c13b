import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. A possessed broken plural of people's standing (زملائهم، رفاقه) before a list
// of names is every listed person's title, as the article words it (roles-ar.ts brokenGroup,
// groupTitle); with the article (الزعماء) it is generic and titles no one.
describe('a possessed broken plural before a list of names', () => {
  it('gives each listed name the group words', () => {
    const t = 'ويستعد المدافع جون ميلر لمواجهة زملائهم في ليدز، ديفيد براون وتوماس كلارك عندما يلتقي المنتخبان.';
    expect(roleOf(t, 'ديفيد براون')).toBe('زملائهم في ليدز');
    expect(roleOf(t, 'توماس كلارك')).toBe('زملائهم في ليدز');
  });

  it('not a broken plural with the article', () => {
    const t = 'فلم يسبق أن ربطت أسماء الزعماء بأفكارهم إلا في حالتي ديفيد براون وتوماس كلارك.';
    expect(roleOf(t, 'توماس كلارك') ?? '').toBe('');
  });
});
