import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «الأمير هاري» (pool 153), «ولي العهد السعودي، الأمير» (pool 014) read "Emir": الأمير before a
// name is a prince; an Emir rules a country, «أمير قطر».
describe('الأمير and أمير', () => {
  it('the prince, and the ruler of a country', () => {
    expect(translateRole('الأمير')).toBe('Prince');
    expect(translateRole('الأمير البريطاني')).toBe('British Prince');
    expect(translateRole('أمير قطر')).toBe('Emir of Qatar');
    expect(translateRole('أميرها')).toBe('its Prince');
  });
});
