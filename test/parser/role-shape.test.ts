import { describe, expect, it } from 'vitest';
import { agentShape } from '../../src/parser/role-shape.ts';
import { roleCandidates } from '../../src/parser/role-ranker.ts';

describe('agentShape: agent and occupation noun templates, whatever the root', () => {
  it('reads the participles with م, with the article, feminine, plural and possessive', () => {
    expect(agentShape('المدربة')).toBe('mu');
    expect(agentShape('مدربها')).toBe('mu');
    expect(agentShape('الملاكمون')).toBe('mu');
    expect(agentShape('موزع')).toBe('mu');
    expect(agentShape('متسابقين')).toBe('mut');
    expect(agentShape('المستثمرون')).toBe('must');
  });
  it('reads فاعل, فعيل and فعّال, also in construct plural', () => {
    expect(agentShape('الراقصة')).toBe('fa3il');
    expect(agentShape('رافعو')).toBe('fa3il');
    expect(agentShape('وخادم')).toBe('fa3il');
    expect(agentShape('السفيرة')).toBe('fa3iil');
    expect(agentShape('الخباز')).toBe('fa33al');
  });
  it('gives nothing for words of other shapes', () => {
    expect(agentShape('الحكومة')).toBeNull();
    expect(agentShape('في')).toBeNull();
    expect(agentShape('الانتخابات')).toBeNull();
    expect(agentShape('مالي')).toBeNull();
  });
});

describe('role ranker: word-kind features of a head in no list', () => {
  const feats = (text: string) => roleCandidates('', [{ text, feats: ['src:after-comma'], start: 0 }])[1]!.feats;
  it('marks an unlisted agent-noun head, and a listed one apart', () => {
    expect(feats('الخباز التونسي')).toContain('k:agent|unlisted');
    expect(feats('المدرب الجديد')).toContain('k:agent|listed');
    expect(feats('الحكومة الجديدة')).not.toContain('k:agent');
  });
});
