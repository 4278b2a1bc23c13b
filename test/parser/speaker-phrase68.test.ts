import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const parse = (body: string) => parseArticle([HEAD, body].join('\n'));
const speakers = (body: string) => parse(body).quotes.map((q) => q.speaker);

describe('speakers written as a noun phrase or a quoted name (issue 11, round fifty-two)', () => {
  it('reads an unknown word in construct with a definite noun as a phrase, not a one-word name', () => {
    const [sp] = speakers('وفي حادث منفصل، قال خفر السواحل التركي إن تسعة مهاجرين غرقوا قبالة سواحل أنطاليا.');
    expect(sp?.ar).toBe('خفر السواحل التركي');
    expect(sp?.en).toBe('Turkish coast guard');
  });

  it('gives the phrase its English from its words (فريق البحث: the research team, not "al-Bahth team")', () => {
    const [sp] = speakers('وقال فريق البحث إن النتائج الأولية مشجعة للغاية.');
    expect(sp?.ar).toBe('فريق البحث');
    expect(sp?.en).toBe('the research team');
  });

  it('keeps a name the data knows followed by a word with the article as the name (no phrase)', () => {
    const [sp] = speakers('وقال وايلدز الأسبوع الماضي إن الخطة لم تنجح.');
    expect(sp?.ar).toBe('وايلدز');
  });

  it('takes a quoted name after the verb whole, up to its closing mark', () => {
    const [sp] = speakers('وفي وقت سابق، قالت "كابيتال اكونومكس" إن استمرار أسعار النفط سيدر إيرادات إضافية لدول الخليج.');
    expect(sp?.ar).toBe('كابيتال اكونومكس');
    expect(sp?.en).toBe('Capital Economics');
  });

  it('reads an acronym the lists know whole, its spelled letter إن included (بي إن سبورتس)', () => {
    const [sp] = speakers('وتزعم بي إن سبورتس أن حقوق البث التي اشترتها تتعرض للانتهاك.');
    expect(sp?.ar).toBe('بي إن سبورتس');
    expect(sp?.en).toBe('beIN Sports');
  });
});
