/**
 * The article parser: article text in, briefing out. Offline and deterministic; linear in the
 * length of the text (one sentence pass, one word pass, then per-token work with cached lookups).
 *
 * Throws ParseError only for input that is not article text ('empty', 'binary',
 * 'unsupported-language'); text with no sentences gives an empty but valid briefing. Input longer
 * than MAX_CHARS (2 million characters) is cut at the last sentence end before the cap; use
 * `parseArticleInfo` to learn whether that happened.
 */
import type { Briefing, Lang, Person, Quote, Sentence } from '../briefing/types.ts';
import { speakerIdsOf } from '../briefing/speakers.ts';
import { sentences as splitSentences } from '../text/segment.ts';
import { prepareInput } from './input.ts';
import { tokenize } from './tokens.ts';
import { arabicNameCandidates } from './people-ar.ts';
import { englishNameCandidates } from './people-en.ts';
import { assemblePeople } from './people.ts';
import { speakerNameSpans } from './speaker-names.ts';
import { ArabicQuoteReader } from './quotes-ar.ts';
import { nameShortBodies } from './speaker-body.ts';
import { applyLatinForms } from './latin-forms.ts';
import { findEnglishQuotes } from './quotes-en.ts';
import { findPrecedents } from './precedents.ts';
import { findTimeline } from './timeline.ts';
import { findSourcesAr, findSourcesEn } from './sources.ts';
import { summarise } from './summary.ts';
import { detectTitle } from './title.ts';
import { referenceMonth, referenceYear } from './years.ts';
import { assignItemIds, briefingId } from './ids.ts';

export { ParseError } from './errors.ts';
export type { ParseErrorCode } from './errors.ts';
export { MAX_CHARS } from './input.ts';

/** Bump when the briefing a given text produces changes, so stored briefings get re-parsed (6: English articles' people get Arabic names; 7: roles for people the name tagger finds; 8: more reported speech and the speaker ranker; 9: the tagger's new features and span filters, precedent cues of issue 11; 10: teasers of other stories at the end name no one; 11: the learned precedent classifier; 12: relative dates of precedents resolved against the publication date, the classifier's new features; 13: the tagger's spelling and word features, its veto of rule-found names; 14: a press review's long paragraphs are no teaser zone; 15: quotes said together carry every speaker's id, `speakerIds`; 16: English articles' too, "X and Y said"; 17: rounds nineteen and twenty of issue 11: names completed from the article's usage, places' names no person, surnames before a title, quotes in relative clauses, roles read by a job word's shape, the precedent classifier's lower add threshold; 18: round twenty-one: described speakers (a relative's words are the relative's), titles read by shape between commas and in chains, a group's title over a list; 19: round twenty-two: roles that run into the next name cut before it, two people sharing a family or a first name kept apart, an outlet spoken to never the speaker; 20: round twenty-three: a title ends where its clause goes on, surnames shaped like verbs and relatives sharing a family name, a body's لل-complement kept in its name; 21: round twenty-four: names opening on أل keep their Al, a participle after a closing quotation mark reports speech, رأى with a plain object is seeing, a nationality between name words splits two people; 22: round twenty-five: complementisers with every attached pronoun (إنهما، أنكم…), an ال given name after a title, no clause or addressee as a speaker; 23: round twenty-six: two namesakes each with their own title kept apart, a complementiser never ends a name, a title ends at a preposition that takes a person and at a bare word after a definite one; 24: round twenty-seven: a title leaking to the next person ends there, a multi-word title before a name without the apposition appended, a cut-off source's English from its own noun phrase, Turkish -oglu joined, bare names on ب/ل/ك offered as speakers; 25: round twenty-eight: a title after a name stops where the verb's complement starts, a two-word rank counts as one title word, the English speaker reads a participle's own complement and the name after a possessive title, an outlet relaying another's words marked for the speaker ranker, a title after «هو» that follows a verb's indefinite object starts after the pronoun; 26: round twenty-nine: a name's words spelled in one hand, «NAME، من X،» as the person's affiliation, the description of an identity clause before a name as its role, names sharing only an inner word as two people, the English speaker naming a coordinated subject, a collective's members and an acronym spelled letter by letter, fragment readings no longer offered to the role ranker; 27: round thirty: a body named after a clause-opening verb goes on as the unstated subject, field nouns and adjectives in the English of bodies and roles, a work's credit and a calling noun before a name as the role; 28: round thirty-one: a month a verb puts ahead dated forward and no past precedent, bodies' English composed from class words (union/association/federation, an owner's administration, anti- prefixes, parties by creed); 29: round thirty-two: title-shaped and future-verb-shaped first words open a name in a strong frame, broken plurals with a pronoun head a group title, a Latin form beside an Arabic name is its English, bodies named after a verb of saying offered as speakers, a source inside the quoted clause and an apposed subject read for the speaker; 30: round thirty-four: a title owned by a pronoun gives way to one written out at another mention, hyphenated names and given names with the article in English; 31: round thirty-five: literary stop words that copy writes as given names (إيان، كيت) and surnames on و + ال + two letters read as name words, bodies' English cut at a prepositional phrase, the next conjunct and after a name; 32: round thirty-six: a lone surname spelt with two letters swapped, or a compound name written joined (عبدالنبي), is the person named in full; a lone given name after a title takes the plain word that closes the name, and a compound given name (عبد الناصر) a family name; a surname on فال the tagger vouches for completes a name; 33: round thirty-eight: a name set off by commas keeps its last word; 34: round thirty-nine: a family name the article writes again is not cut, the tail and verb-shape cut-offs re-judged under held-out taggers; 35: round forty: hyphenated name halves, an Arab family name in ال after a father's name, a squad's «name (club)، name (club)», a future-verb-shaped foreign name the tagger barely doubts, a list's group past a phrase before «ومن بينهم»; 36: round forty-one: a function word never a mention of the name it folds into (على / علي), those who speak for a person (محامو، حملة، إدارة X) not the person, «X بن Y» linked by its lineage, no name after a role's بن, a sentence after an outlet's head and a word a verb of saying opens quoted; 37: round forty-two: a surname right before its phrase closes (a comma, a time word, the next verb) kept or taken whatever the tagger makes of it, and a third name word there; 38: round forty-three: a given name several people share read by the surname beside it, a paragraph's opening subject offered as the unstated speaker and a woman's gender read off a sentence's opening verb, an indefinite title in construct with a name neither that person's role nor that person speaking, an adverb cut off a name's end; 39: round forty-four: a later name word the tagger vouches for kept whatever its shape (a pronoun's ending, a title's reading), a relative named twice one person, a body known by several words a call verb's subject, a role a pronoun owns shown with the body it stands for; 40: round forty-five: the names model and gazetteer know the common given names the old held-out slice hid (حسن، كريستيان), the tagger retrained on them with no between-names feature across a comma, a name ends before a preposition glued to the article and an everyday noun, an everyday word before a given name opens no name; 41: a verb of saying whose root ends in ت, لفت, agrees with a man, and the speaker ranker is refitted on that reading; 42: round forty-seven: a place of two words or more from a world gazetteer (لوس أنجلوس، نيو جيرسي), or the rest of one, is no person, and a brand after a body noun (موقع فيسبوك) shows its English name; 43: round forty-eight: a described speaker's phrase ends where its noun phrase does, a body's bracketed short name is its English, roles' English knows the heads news people carry, a time adverb or a known body is no person; 44: round forty-nine: an acronym spelled with أن read whole, a family name written first that the article repeats is a person, a title closed by its body's bracketed short name is the role, a word of kinship the relative of the person after it, «وأن» after a long clause and participles of deeming, noting and telling open statements of their own, an audience ends a role, a world figure's bare title in the lexicon's English, actress and businesswoman; 45: round fifty: a known body of several words before a relative pronoun speaks by its whole name, «جاء في تصريح X» speaks for X, hand-kept spellings of platforms and brands, a palace, a university and a demonstrative's description in English, the speaker ranker's window bounded in long sentences, the rankers refitted; 46: round fifty-one: a body's own name closes its construct (شبكة فيسبوك | خاصية …), an honorific with a pronoun (سيادته، سموه) speaks for the dignitary, a name in ا after a name token, a place's name as a surname, no title across a noun the name owns (في حكومة NAME), a quoted work's words no person, names end before a counted noun or an everyday dual, a name never ends on a particle, places named after a dignitary (King Saud University) and a university's dean in English, the rankers refitted; 47: round fifty-two: a list's item takes an ال family name after a name the data knows, a name after a naming word (يدعى) runs on to its ال family name, a future verb's shape closed by punctuation and written again is a surname, a compound given name (نور الدين) counts as one word and a name's last فور before a possessed noun is cut (upon), an unknown noun in construct and a quoted name speak as whole phrases, Capital Economics, beIN Sports and the Central Election Commission in the lexicon, the rankers refitted; 48: round fifty-three: a speaker the quotation reader reads as a name is a person of the briefing, a name set off by commas after its title or after a naming word is closed by its frame, a time adverb after a title is the title's, a list of people none of whom was found is read by its pattern, the obituary's «عن عمر ناهز» an age, the rankers refitted; 49: round fifty-four: a name between a title and its verb of saying or after an honorific survives the tagger's doubt, a nationality's frame past a definite adjective and over a first word in ب, a score closes a name, a two-word name after a title ends at a definite word, النجم with the article a title, a relation's pronoun («محاميه X») links a description to X and a title in construct before a name is another's, an indefinite description someone new, persons saying it together when the second has its own title, the rankers refitted; 50: round fifty-six: one who speaks for another («المتحدث باسم X، Y») the speaker and X given only the title after باسم, a short question after تساءل or after a colon its verb's sentence closes on taken as said, European particles in lower case inside a name, world figures' whole names spelled as English media spell them (data/lexicon/figures.json), the role ranker refitted; 51: round fifty-seven: a speaker's phrase and the words said share no words (the overlap goes back to the one it belongs to), a body's phrase ends at an accusative object, فإن or a subordinator, آن is a name and no complementiser, a given name with the article before بن and a bare first word a title ran over belong to the name, a name's last words the same person, a plural past verb after a list no list item, the name tagger refitted at last and the rankers on it; 52: round fifty-eight: a role that carries its principal's pronoun (محاميهما) and the spokesman's office under either name (الناطق، المتحدث) found by a later description, a verbal noun of a derived form and an adverb end a name, a lone pair's spelling with sounds the Arabic lacks gives way to the names model, a letter or a verb of appearing never a speaker, a quotation opening on its speaker's apposition starts after it, air defences and websites in sources' English, the speaker ranker refitted; 53: round fifty-nine: a verb joined to a participle clause and a report nested in a statement leave the discourse with the sentence's speaker, a name written with more of its forebears' names is one person, no speaker from inside another quotation, a preposition's objects or a source's relative clause, a dual description is the pair the article named, an unstated singular subject is no group, a tweet is a medium and the text of a document a source, أكمل/استكمل go on and «بقوله» opens a short quotation, a topic set by أما speaks through فقال, the speaker ranker refitted; 54: round sixty: an unnamed source keeps its من/في group and a quantity its group before an object report, an office held with a pronoun (محاميه) found by a later description, a body set off after its description speaks, a known body is nobody's description, a place in كان's slot read whole, a titled subject after a call verb and a feminine body after a masculine one called on, an aside in brackets after a name, a second title's holder closes the subject, دان condemns, a verb whose فيه refers back to a statement is its owner's, a relative clause's antecedent a definite group and never past a preposition, a future of an everyday verb ends a name, the speaker ranker refitted; 55: round sixty-one: a vouched name that is the rest of a known body no person, a family name misspelt by one letter the person named with it, a subject opening on a known body read whole, a ruler's name after نظام, a call's addressee after its subject opens the statement and حض a verb of calling, a known place or body of several words before an auxiliary's verb its subject, a judging verb joined by و reports its quotation with the earlier verb's subject, a definite plural after a body's name no word of its English, the speaker ranker refitted; 56: round sixty-two: a person named in apposition inside a speaker's phrase is the speaker, a participle's object pronoun (واصفة إياها) is the one described and cut from the statement, a person inside a relative clause no unstated speaker, a statement's or report's issuer after "by" in English, the speaker ranker refitted; 57: round sixty-three: a framed verb after its subject (a relative pronoun's antecedent, لكن X) takes the next word as its object, a phrase on no head with no English never a ranker's candidate, a definite described speaker (a title too) read with "the", figures from their publisher and a quantifier after a plural in English, a family name joined to الله one word, a description naming another office no person with its head, a short quotation attributed right after it speech, the medium and a closing attribution no part of a statement, the speaker ranker refitted; 58: round sixty-four: a feminine participle of saying ends its subject's phrase, an attribution to no one no statement, laying the blame (ألقى باللائمة) and asking about something (تساءل عن) reported, a people's plural subject ends where agreement does, a speaker's second title set off by commas the subject's, a sentence opening on its subject gives a framed verb its object, a verb of belief after a pronoun subject a view, a contrasting clause (في حين) another statement, the occasion and a closing day no part of what was said, a lineage (بن Y) ends before an everyday word, a known whole name written with other long vowels the lexicon's English, the speaker ranker refitted; 59: round sixty-five: a title ends before قد and before its clause verb's عن, a title in construct after two name words ends the name, a preposition before a well-attested given name is a clitic, a family name with a long vowel more or less beside the same first word one person, «ما يسمى بـ» hedges a name, a clause opening on a verb of saying and one closed by its own attribution are not an opening source's, واحد the number, a lexicon spelling never moved to a single bearer's, a woman's kinship title in construct the relation in English; 60: round sixty-six: a relative clause of saying on a reported clause's subject an aside, an English title in Arabic letters no quotation, ل and an imperfect before a given name no name word, a world figure inside another's title holds only its own, and in English: one-word cities, fighters and other participants of conflict copy, a title in the accusative, an agent's owner a person, an unknown head before a title no English, clubs after a sports title, a team's captain, England). */
export const PARSER_VERSION = 60;

export interface ParseOptions {
  title?: string;
  meta?: Briefing['meta'];
}

export interface ParseInfo {
  briefing: Briefing;
  /** The input was longer than MAX_CHARS and was cut at a sentence end. */
  truncated: boolean;
}

export function parseArticle(text: string, opts: ParseOptions = {}): Briefing {
  return parseArticleInfo(text, opts).briefing;
}

/** The article's text, language, headline, sentences and tokens: what every extractor reads (and the tagger's trainer). */
export function segmentArticle(raw: string, title?: string) {
  const { text, lang, truncated } = prepareInput(raw);
  const seg = lang === 'ar' ? 'ar' : 'en';
  // The headline test needs no segmentation; the first sentence (the fallback title) comes from
  // the body's own sentences, so the text is segmented once.
  let spans: ReturnType<typeof splitSentences> | null = null;
  const head = detectTitle(text, title, () => (spans = splitSentences(text, seg, 0))[0]?.text ?? '');
  if (!spans || head.bodyStart !== 0) spans = splitSentences(text, seg, head.bodyStart);
  return { text, lang, truncated, seg, head, spans, toks: tokenize(text, spans, seg) };
}

export function parseArticleInfo(raw: string, opts: ParseOptions = {}): ParseInfo {
  const { text, lang, truncated, head, spans, toks } = segmentArticle(raw, opts.title);
  const sentences: Sentence[] = spans.map((s, id) => ({ id, text: s.text, start: s.start, end: s.end }));
  const ref = referenceYear(opts.meta?.publishedAt);

  const cands = lang === 'ar' ? arabicNameCandidates(text, toks) : englishNameCandidates(text, toks);
  let people = assemblePeople(cands, toks, lang);
  let quotes: Quote[] = lang === 'ar' ? new ArabicQuoteReader(text, toks, people).read(spans) : findEnglishQuotes(text, toks, spans, people);
  // A speaker the quotation reader read as a name the people list lacks is a person: the names are
  // read again with it vouched for, and the quotations with it known (speaker-names.ts).
  const vouched = lang === 'ar' ? speakerNameSpans(toks, quotes) : [];
  if (vouched.length) {
    people = assemblePeople(arabicNameCandidates(text, toks, vouched), toks, lang);
    quotes = new ArabicQuoteReader(text, toks, people).read(spans);
  }
  addQuoteSentences(people, quotes);
  if (lang === 'ar') nameShortBodies(quotes, toks);
  if (lang === 'ar') applyLatinForms(text, people, quotes);
  const title = { ar: lang === 'ar' ? head.title : '', en: lang === 'en' ? head.title : '' };
  const summary = summarise({ lang, title: head.title, sentences, text, people });

  const briefing: Briefing = {
    id: briefingId(text),
    lang,
    title,
    summary: { ar: lang === 'ar' ? summary : [], en: lang === 'en' ? summary : [] },
    people,
    quotes,
    precedents: findPrecedents(sentences, lang, ref, referenceMonth(opts.meta?.publishedAt)),
    timeline: findTimeline(sentences, lang, ref),
    sources: lang === 'ar' ? findSourcesAr(text, toks, people) : findSourcesEn(text, people),
    sentences,
    meta: { ...(opts.meta ?? {}) },
    parserVersion: PARSER_VERSION,
  };
  assignItemIds(briefing);
  return { briefing, truncated };
}

/** A speaker acts in the sentences of their quotes even when named there only by a pronoun. */
function addQuoteSentences(people: Person[], quotes: readonly Quote[]): void {
  // One set per speaker, sorted once: adding and re-sorting per quote was quadratic in the number
  // of quotes of one speaker (an article of thousands of «وقال X» clauses).
  const added = new Map<string, Set<number>>();
  for (const q of quotes) {
    // (persons who said it together act in its sentence each)
    for (const id of speakerIdsOf(q)) {
      let ids = added.get(id);
      if (!ids) added.set(id, (ids = new Set()));
      ids.add(q.sentenceId);
    }
  }
  for (const p of people) {
    const ids = added.get(p.id);
    if (ids) p.sentenceIds = [...new Set([...p.sentenceIds, ...ids])].sort((a, b) => a - b);
  }
}

export type { Lang };
