import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «غويندولين كوين، وكيلة أعمالها» (pool 193) read "its agent": the owner's pronoun on a two-word
// title is a state's or a body's only for a portfolio (وزير خارجيتها, رئيس وزرائها); an agent or a
// manager is a person's. And «مدير أعماله» was "director of Amaleh".
describe('a two-word title with its owner’s pronoun', () => {
  it('is a person’s agent or manager', () => {
    expect(translateRole('وكيلة أعمالها')).toBe('her agent');
    expect(translateRole('مدير أعماله')).toBe('his manager');
  });

  it('and a state’s portfolio', () => {
    expect(translateRole('وزير خارجيتها')).toBe('its Foreign Minister');
    expect(translateRole('رئيس وزرائها')).toBe('its Prime Minister');
  });
});
