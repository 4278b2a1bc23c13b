import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { latinForms } from '../../src/parser/latin-forms.ts';

describe('latinForms', () => {
  it('reads a Latin run beside an Arabic name that sounds like it as its English', () => {
    const m = latinForms('قالت شركة ميتا (Meta) إن. وأعلنت وزارة الدفاع الأمريكية «داربا» (DARPA) أن. وقال جيروم باول Jerome Powell إن');
    expect(m.get('داربا')).toBe('DARPA');
    expect(m.get('جيروم باول')).toBe('Jerome Powell');
  });

  it('leaves a Latin run beside words it does not spell', () => {
    const m = latinForms('ووفقا لمجموعة TF International Securities للأوراق المالية. وعرضت سيارة Sierra الجديدة');
    expect([...m.keys()]).toEqual([]);
  });
});

describe('applyLatinForms (through parseArticle)', () => {
  it("gives a person the article's own Latin spelling of their name", () => {
    const b = parseArticle('قال العالم غاري إيتنهيد Gary Aitkenhead في تصريح صحفي: "الأسواق ستتعافى قريبا من هذه الأزمة". وأضاف إيتنهيد أن البنوك مستعدة.');
    expect(b.quotes[0]!.speaker.en).toBe('Gary Aitkenhead');
    expect(b.people.find((p) => p.name.ar === 'غاري إيتنهيد')?.name.en).toBe('Gary Aitkenhead');
  });

  it("gives a body the article's Latin spelling, without the bracket in its Arabic", () => {
    const b = parseArticle('قالت شركة إكسبيريان (Experian) في بيان يوم الأحد: "سنطلق منتجا جديدا في الأسواق الأوروبية".');
    expect(b.quotes[0]!.speaker).toEqual({ ar: 'شركة إكسبيريان', en: 'Experian' });
    const c = parseArticle('وقالت جمعية "اندبندنت إيدج" (Independent Age) إن استطلاع الرأي الذي أجرته أظهر تحسنا كبيرا.');
    expect(c.quotes[0]!.speaker.en).toMatch(/Independent Age/);
  });
});
