/**
 * Evidence that an Arabic word is part of a person's name, from the names module's person-name
 * gazetteer (Wikidata and Google name pairs, data/names): the one place the parser asks, so a
 * better gazetteer changes nothing here. A failure there means "no evidence", never a failed parse.
 */
import { nameTokenEvidence } from '../names/index.ts';
import { memo } from '../text/memo.ts';

/**
 * The word (lightNormAr form) is known as a token of some person's name: as written, not only
 * behind a clitic, and not a regnal ordinal (الثاني). Evidence to tip a decision the parser
 * already has reasons for, never a name on its own (the data hold مليون and دولار too).
 */
export const isKnownNameToken = memo((light: string): boolean => {
  try {
    const ev = nameTokenEvidence(light);
    return !!ev && !ev.viaClitic && !ev.ordinal;
  } catch {
    return false;
  }
});

/**
 * The word is a token of some person's name in the gazetteer, even behind a clitic (بالفي: الفي):
 * weaker than isKnownNameToken, for deciding how to spell a speaker the parser has already chosen.
 */
export const isNameTokenAtAll = memo((light: string): boolean => {
  try {
    const ev = nameTokenEvidence(light);
    return !!ev && !ev.ordinal;
  } catch {
    return false;
  }
});
