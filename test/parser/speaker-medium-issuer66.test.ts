/**
 * Round fifty: «وجاء في تصريح الشرطة» names the police, not the statement. A means of speaking that
 * is no source of its own (تصريح، رسالة، كلمة، خطاب، حديث) gives the quotation to its issuer, the
 * definite phrase after it or the subject of the verb that gives it (كلمة ألقاها الرئيس); it was
 * shown as a romanised common noun ("Tasirih"). Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const speakerOf = (after: string) => parseArticle(`وقعت حوادث كثيرة في المدينة أمس. ${after}`).quotes[0]?.speaker;

describe('the issuer of a statement after جاء في', () => {
  it('takes the genitive after the statement, in direct and reported speech', () => {
    expect(speakerOf('وجاء في تصريح الشرطة: "أناشد النساء في تلك المنطقة بالانتباه أثناء المشي".')?.ar).toBe('الشرطة');
    expect(speakerOf('وجاء في رسالة الشرطة أن النساء في تلك المنطقة عليهن الانتباه أثناء المشي.')?.ar).toBe('الشرطة');
    expect(speakerOf('وجاء في كلمة الرئيس أن النساء في تلك المنطقة عليهن الانتباه أثناء المشي.')?.en).toBe('the President');
  });

  it('passes over the statement\'s adjectives and the verb that gives it', () => {
    expect(speakerOf('وجاء في رسالة مفتوحة وجهها الرئيس أن النساء في تلك المنطقة عليهن الانتباه.')?.ar).toBe('الرئيس');
    expect(speakerOf('وجاء في كلمة ألقاها الرئيس أن النساء في تلك المنطقة عليهن الانتباه.')?.ar).toBe('الرئيس');
  });

  it('keeps the statement and report heads the subject reads whole', () => {
    expect(speakerOf('وجاء في بيان الشرطة أن النساء في تلك المنطقة عليهن الانتباه أثناء المشي.')?.en).toBe('police statement');
    expect(speakerOf('وجاء في رسالة للشرطة أن النساء في تلك المنطقة عليهن الانتباه أثناء المشي.')?.ar).toBe('الشرطة');
  });
});
