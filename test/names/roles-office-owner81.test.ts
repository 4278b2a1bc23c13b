import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «كيم جونغ أون، زعيمها» (pool 081) read "her leader", «مارادونا … أميرها» (pool 248) "her Emir": ها
// on an office is a country's or a body's; on a relation or a profession it stays a woman's.
describe('ها on a title', () => {
  it('is its for an office', () => {
    expect(translateRole('زعيمها')).toBe('its leader');
    expect(translateRole('رئيسها')).toBe('its President');
  });

  it('and her for a relation or a profession', () => {
    expect(translateRole('ابنتها')).toBe('her daughter');
    expect(translateRole('محاميها')).toBe('her lawyer');
  });
});
