/** English word classes for names, roles and speech (lower-case forms). */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const EN_TITLES = set(`
president prime minister foreign secretary general chancellor king queen prince princess sheikh pope mr mrs ms
dr sir dame judge justice senator sen rep representative governor gov mayor coach captain chief director ceo
chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy commander gen lt col colonel admiral
adm sgt officer leader speaker deputy vice defence defense interior finance economy health attorney state supreme
crown emir ayatollah archbishop bishop professor prof lord lady striker midfielder goalkeeper defender manager head
executive opposition former top diplomat analyst expert researcher fellow adviser advisor economist lawyer
prosecutor minister-designate president-elect candidate lawmaker mp congressman congresswoman founder owner
chairperson secretary-general commissioner trade energy oil environment climate education
`);

export const EN_SPEECH = set(`said says told added stated noted warned argued insisted claimed explained wrote
announced declared stressed confirmed denied urged asked replied according`);

export const EN_ORG_WORDS = set(`
ministry university house council nations states union party street journal times post news agency bank army
forces company group corp inc ltd court parliament congress senate assembly committee organization organisation
kremlin pentagon republic kingdom league cup club united city fc airport hospital institute centre center
foundation fund reuters arabia east west north south york emirates sea gulf strait valley island islands bay coast
ocean river mountains department office service services police guard commission authority board ministry
opec nato un eu who imf government administration cabinet brigade corps press television tv radio network
airlines airways bureau federation association council exchange market markets index stadium square palace
hall road avenue mining capital holdings partners energy motors technologies systems industries resources
petroleum oil gas steel media inc. plc llc ltd. sa ag corporation limited ventures investments securities
`);

/** Prepositions before a capitalised run: "at Halden Capital", "in Cairo" are places and firms. */
export const EN_PREPOSITIONS = set(`at of for from in with by to on into near across outside inside against`);

export const EN_MONTHS_DAYS = set(`january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday`);

export const EN_PARTICLES = set(`al el bin ibn abu de van von da di du la le der`);

export const EN_UNNAMED_HEADS = set(`official officials source sources spokesman spokeswoman spokesperson diplomat diplomats
analyst analysts expert experts witness witnesses ministry government statement police army military resident residents
observers aide aides person people`);
