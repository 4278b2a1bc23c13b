import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «لاعب الاتحاد»، «مدرب الفيصلي الصربي» (pool 046) read "player for the union" and "coach": Arab
// clubs are named by everyday words (union, crescent, victory). After a player's or a coach's
// title they are the club; a federation (its sport after it) and a head of one stay as they were.
describe('a club named by an everyday word', () => {
  it('is the club after a sports title, a nationality after it the player’s', () => {
    expect(translateRole('لاعب الاتحاد')).toBe('Al-Ittihad player');
    expect(translateRole('مدرب الفيصلي الصربي')).toBe('Serbian coach of Al-Faisaly');
    expect(translateRole('رئيس نادي الاتحاد')).toBe('head of the Al-Ittihad club');
  });

  it('and the word itself elsewhere', () => {
    expect(translateRole('لاعب الاتحاد السعودي لكرة القدم')).toBe('player for the Saudi football association');
    expect(translateRole('رئيس الاتحاد')).toBe('head of the union');
  });
});
