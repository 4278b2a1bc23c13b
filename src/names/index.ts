/**
 * Names across scripts: English names for Arabic names (lexicon, then spellings learned from
 * real name pairs, transliterate.ts), Arabic spellings of Latin names, a person-name gazetteer,
 * English roles for Arabic titles, demonyms, and the phonetic keys that let a Latin
 * query find an Arabic name (and back). Data lives in data/lexicon/*.json.
 */
import { englishName } from './english.ts';
import { setRoleNameFn } from './roles.ts';
import { brandName } from './brands.ts';

// A name inside a role or a body (شركة غوغل) that only romanisation could spell is a brand's
// English name when it spells one (Google company, not Gogl company).
setRoleNameFn((ar) => {
  const e = englishName(ar);
  return (e.origin === 'romanised' && brandName(ar)) || e.en;
});

export { englishName, isGivenName, givenNameEn, lookupFigure, lookupPerson, type EnglishName } from './english.ts';
export { translateRole, translateSource, relativeRole, isCollectiveNoun } from './roles.ts';
export { knownRoleEnglish, knownRoleTail } from './known-role.ts';
export { brandName, brandSpellingRank } from './brands.ts';
export { isPlacePhrase, placeEnglish, townEnglish } from './places.ts';
export { phoneticKeys, keySimilarity, wordKey } from './phonetic.ts';
export { matchPeople, closestCandidates, closestMatches, MATCH_THRESHOLD, type PersonMatch } from './match.ts';
export { demonym, countryByArabic, countryName, countryPhrase, type Demonym, type Country } from './countries.ts';
export { romanise, romaniseToken } from './romanise.ts';
export {
  romaniseCandidates,
  romaniseScored,
  arabiseCandidates,
  arabiseScored,
  transliterateName,
  learnedSpelling,
  arabicSpelling,
  TRANSLIT_PARAMS,
  type Spelling,
} from './transliterate.ts';
export { nameTokenEvidence, nameSpellingScore, type NameTokenEvidence } from './gazetteer.ts';
export { cliticVariants, normAr, normLatin, hasArabic, stripAl } from './normalize.ts';
export { lexicon, lookupOrg, lookupPlace, LexiconError, type LexPerson, type LexOrg, type LexPlace } from './lexicon.ts';
