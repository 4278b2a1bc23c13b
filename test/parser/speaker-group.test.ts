/**
 * Crowd26 (issue 11): crowds and quantities of people as speakers (البعض، العشرات، المعارضة، نحو
 * 300 شخص), offered as candidates and read by the rules right before their verb; never a
 * preposition's object, never what another verb of saying reports. Constructed copy, not from any
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates, whoSaid } from '../helpers/speaker-candidates.ts';

const names = (lines: string[]) => speakerCandidates(lines).map((o) => o.map((x) => x.speaker.ar));

describe('crowds and quantities as speakers', () => {
  it('«لكن البعض يرى أن …»: the crowd before its verb is the subject', () => {
    expect(whoSaid(['لكن البعض يرى أن الحكومة فشلت في إدارة الأزمة الاقتصادية الخانقة.'])).toEqual(['البعض']);
  });

  it('«لكن المحللين يرون أن …»: a definite plural of persons before its verb', () => {
    expect(whoSaid(['لكن المحللين يرون أن الحكومة فشلت في إدارة الأزمة الاقتصادية الخانقة.'])).toEqual(['المحللين']);
  });

  it('the subject of an earlier coordinated verb is offered (وتنتقد المعارضة … وتعتبر أن)', () => {
    const c = names(['وتنتقد المعارضة حملات التطهير هذه وتعتبر أن الحكومة فشلت في إدارة الأزمة الاقتصادية.']);
    expect(c).toHaveLength(1);
    expect(c[0]).toContain('المعارضة');
  });

  it('a quantity of people is offered whole (نحو 300 شخص)', () => {
    const c = names(['ورفع نحو 300 شخص لافتات كتب عليها "الحكومة فشلت في إدارة الأزمة الاقتصادية الخانقة".']);
    expect(c).toHaveLength(1);
    expect(c[0]).toContain('نحو 300 شخص');
  });

  it('a quantifier with its people after من (العديد من الخبراء)', () => {
    const c = names(['وعبر العديد من الخبراء عن دهشتهم قائلين "الحكومة فشلت في إدارة الأزمة الاقتصادية الخانقة".']);
    expect(c.flat()).toContain('العديد من الخبراء');
  });

  it('guard: a crowd behind a preposition is no candidate (للمتظاهرين)', () => {
    const c = names(['وقال الوزير للمتظاهرين إن الحكومة ستعالج الأزمة الاقتصادية الخانقة قريبا.']);
    expect(c.flat()).not.toContain('المتظاهرين');
    expect(c.flat()).not.toContain('للمتظاهرين');
  });

  it('guard: a crowd inside what another verb of saying reports stays that speaker\'s', () => {
    const who = whoSaid(['وقال سيمون مولوبي لبي بي سي، إن المسؤولين اعتبروا الأمر "هروبا من الخدمة العسكرية" وأبلغوا الشرطة.']);
    expect(who.length).toBeGreaterThan(0);
    for (const w of who) expect(w).toBe('سيمون مولوبي');
  });
});
