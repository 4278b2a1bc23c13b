import { describe, expect, it } from 'vitest';
import { latinShape } from '../../../src/names/translit/latin-shape.ts';

/** The expressions the reranker's shape features were written with (latinShape replaces them). */
function byRegex(form: string) {
  let vowels = 0;
  for (const ch of form) if (/[aeiouy]/.test(ch)) vowels++;
  return {
    vowels,
    endsVowel: /[aeiouy]$/.test(form),
    startsVowel: /^[aeiou]/.test(form),
    doubleVowel: /(aa|ee|ii|oo|uu)/.test(form),
    ou: form.includes('ou'),
    doubleConsonant: /([b-df-hj-np-tv-z])\1/.test(form),
    e: (form.match(/e/g) ?? []).length,
    digraphs: (form.match(/[kdstgz]h/g) ?? []).length,
  };
}

describe('latinShape', () => {
  it('counts what the regular expressions count, on every a-z string up to three letters and on random longer ones', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const forms = [''];
    for (const a of letters) {
      forms.push(a);
      for (const b of letters) {
        forms.push(a + b);
        for (const c of letters) forms.push(a + b + c);
      }
    }
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const n = 4 + Math.floor(rand() * 10);
      // few letters, so doubles, digraphs and "ou" come often
      for (let j = 0; j < n; j++) s += 'aeiouyhkdstgzbn'[Math.floor(rand() * 15)];
      forms.push(s);
    }
    for (const f of forms) expect(latinShape(f), f).toEqual(byRegex(f));
  });

  it('reads shahhid, mousaa, yyusuf', () => {
    expect(latinShape('shahhid')).toMatchObject({ digraphs: 1, doubleConsonant: true, vowels: 2 });
    expect(latinShape('mousaa')).toMatchObject({ ou: true, doubleVowel: true, endsVowel: true });
    expect(latinShape('yyusuf')).toMatchObject({ startsVowel: false, doubleConsonant: true, doubleVowel: false });
  });
});
