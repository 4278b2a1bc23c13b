import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «الرئيس التنفيذى لفولكسفاغن» (pool 073) read "chief executive of Levolksvagn": a brand behind ل
// or ب is the brand. «أمين عام منظمة التحرير الفلسطينية» (pool 159) and «الممثل عن جبهة
// البوليساريو في فرنسا» (pool 161) lost the body's name. And «في عام 2015» read "in in 2015".
describe('brands behind a clitic, two bodies, a year after في', () => {
  it('reads the brand behind ل', () => {
    expect(translateRole('الرئيس التنفيذي لفولكسفاغن')).toBe('chief executive of Volkswagen');
    expect(translateRole('الرئيس التنفيذي لتويتر في عام 2015')).toBe('chief executive of Twitter in 2015');
  });

  it('but not a word that only starts like a preposition and a short brand (بديل: substitute, no Dell)', () => {
    expect(translateRole('بديل إيسكو')).not.toMatch(/Dell/);
  });

  it('knows the PLO and the Polisario Front', () => {
    expect(translateRole('أمين عام منظمة التحرير الفلسطينية')).toBe('Secretary-General of Palestine Liberation Organization');
    expect(translateRole('الممثل عن جبهة البوليساريو في فرنسا')).toBe('representative of Polisario Front in France');
  });

  it('writes one "in" before a year', () => {
    expect(translateRole('الرئيس التنفيذي للشركة في عام 2015')).toBe('chief executive of the company in 2015');
  });
});
