import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { knowing } from '../helpers/tagger-model.ts';

const names = (text: string) => parseArticle(text).people.map((p) => p.name.ar);

describe('people: a name word joined by a hyphen (round forty)', () => {
  afterEach(() => useTaggerModel(null));

  it('keeps the half after the hyphen a held-out tagger doubts (a Korean given name, سون هيونغ-مين)', () => {
    useTaggerModel(knowing({ سون: 19, هيونغ: 10 }));
    expect(names('وسجل سون هيونغ-مين هدفا رائعا في الدقيقة العاشرة من المباراة.')).toContain('سون هيونغ-مين');
  });

  it('and a double-barrelled surname (روبن لوفتوس-تشيك)', () => {
    useTaggerModel(knowing({ روبن: 9, لوفتوس: 21 }));
    expect(names('وسدد روبن لوفتوس-تشيك كرة قوية في الدقيقة العاشرة من المباراة.')).toContain('روبن لوفتوس-تشيك');
  });

  it('links no mention by a half alone (مين, a word of its own, is no mention of سون هيونغ-مين)', () => {
    useTaggerModel(knowing({ سون: 19, هيونغ: 10 }));
    const p = parseArticle('وسجل سون هيونغ-مين هدفا رائعا في الدقيقة العاشرة من المباراة. وكتب مشجع على حسابه: مين يوقف هذا الفريق؟').people.find((x) => x.name.ar === 'سون هيونغ-مين');
    expect(p?.sentenceIds).toEqual([0]);
  });

  it('not across a hyphen with spaces, a dash between clauses', () => {
    useTaggerModel(knowing({ روبن: 9, لوفتوس: 21 }));
    expect(names('وسدد روبن لوفتوس - تشيك الحارس كرة قوية في الدقيقة العاشرة.')).not.toContain('روبن لوفتوس - تشيك');
  });
});

describe('people: an Arab family name in ال after a given and a father\'s name (round forty)', () => {
  afterEach(() => useTaggerModel(null));

  it('takes the third word a held-out tagger doubts (هيثم مفتاح العماري: −15)', () => {
    useTaggerModel(knowing({ هيثم: 20, مفتاح: 24, العماري: -15 }));
    expect(names('ونشر هيثم مفتاح العماري الإعلامي المعروف صورة على حسابه في موقع تويتر.')).toContain('هيثم مفتاح العماري');
  });

  it('not a nationality (هيثم مفتاح | الليبي)', () => {
    useTaggerModel(knowing({ هيثم: 20, مفتاح: 24, الليبي: -15 }));
    const got = names('ونشر هيثم مفتاح الليبي صورة على حسابه في موقع تويتر.');
    expect(got).toContain('هيثم مفتاح');
    expect(got).not.toContain('هيثم مفتاح الليبي');
  });

  it('not a word the tagger is surer still is no name word (below extAl, −25)', () => {
    useTaggerModel(knowing({ هيثم: 20, مفتاح: 24, العماري: -30 }));
    expect(names('ونشر هيثم مفتاح العماري الإعلامي المعروف صورة على حسابه في موقع تويتر.')).not.toContain('هيثم مفتاح العماري');
  });
});

describe('people: a squad written «name (club)، name (club)» (round forty)', () => {
  afterEach(() => useTaggerModel(null));
  const squad = 'واختار المدرب لحراسة المرمى هوغو لوريس (توتنهام)، ستيف مانداندا (مرسيليا)، ألفونس أريولا (باريس سان جرمان).';

  it('reads the item after a parenthesis and a comma as the next player, though the tagger knows him not', () => {
    useTaggerModel(knowing({ هوغو: 30, لوريس: 30, ستيف: 30, مانداندا: 30 }));
    expect(names(squad)).toEqual(expect.arrayContaining(['هوغو لوريس', 'ستيف مانداندا', 'ألفونس أريولا']));
  });

  it('reads the item before a player found, the list opening on it after a colon', () => {
    useTaggerModel(knowing({ لوكاس: 30, هرنانديز: 30 }));
    expect(names('وضمت القائمة للدفاع: صامويل أومتيتي (برشلونة الاسباني) ولوكاس هرنانديز (أتلتيكو مدريد الإسباني).')).toEqual(['صامويل أومتيتي', 'لوكاس هرنانديز']);
  });

  it('but not words of the sentence before the item (no colon, comma or title before them)', () => {
    useTaggerModel(knowing({ لوكاس: 30, هرنانديز: 30 }));
    expect(names('وقرر ديشان ضم صامويل أومتيتي (برشلونة الاسباني) ولوكاس هرنانديز (أتلتيكو مدريد الإسباني).')).toEqual(['لوكاس هرنانديز']);
  });

  it('not an item that has no parenthesis of its own', () => {
    useTaggerModel(knowing({ هوغو: 30, لوريس: 30, ستيف: 30, مانداندا: 30 }));
    expect(names('واختار المدرب هوغو لوريس (توتنهام)، ستيف مانداندا (مرسيليا)، ألفونس أريولا في الاحتياط.')).not.toContain('ألفونس أريولا');
  });
});
