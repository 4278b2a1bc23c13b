/**
 * Arabic cue words the parser reads structure from (all in lightNormAr form, see src/text/arabic.ts).
 * These are closed-class or very frequent news words, not names: they say where a role, a speaker
 * or a quotation starts. Names themselves come from structure, the given-names list and the
 * names module's lexicon.
 */
import { lightNormAr } from '../text/arabic.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean).map(lightNormAr));

/** Head words of a title or role (singular, both genders); also matched with ال and clitics. */
export const ROLE_HEADS = set(`
رئيس رئيسة وزير وزيرة نائب نائبة متحدث متحدثة ناطق ناطقة سفير سفيرة أمين أمينة مدير مديرة
زعيم زعيمة قائد قائدة ملك ملكة أمير أميرة ولي شيخ شيخة مرشد مستشار مستشارة كبير كبيرة
خبير خبيرة محلل محللة باحث باحثة أستاذ أستاذة دكتور دكتورة لواء عميد عقيد جنرال مشير
مدرب مدربة لاعب لاعبة نجم نجمة قاضي قاضية محامي محامية سيناتور عضو عضوة عمدة مفوض مفوضة
مبعوث مبعوثة مندوب مندوبة وكيل وكيلة محافظ حاكم حاكمة كاتب كاتبة صحفي صحفية ناشط ناشطة
قيادي قيادية مرشح مرشحة بابا ممثل ممثلة مخرج مخرجة فنان فنانة مغني مغنية طبيب طبيبة بروفيسور
مدعي منسق منسقة مؤسس مراسل مراسلة مهندس مهندسة حارس مهاجم مدافع هداف قائد رئيسا زعيما
سكرتير سكرتيرة مساعد مساعدة نقيب أسقف مفتي بطريرك رجل سيدة
مزارع مزارعة تاجر تاجرة طالب طالبة مواطن مواطنة سائق معلم معلمة ممرض ممرضة موظف موظفة
صياد مقدم مذيع مذيعة مصور مصورة شاعر شاعرة روائي روائية ناقد ناقدة
متطوع متطوعة مسعف مسعفة منقذ منقذة عالم عالمة
موفد موفدة قس قسيس صحافي صحافية عميل عميلة معارض جاسوس إعلامي إعلامية كابتن
`);

/** Relations that introduce a person (زميله عادل …، شقيقها …): roles with a pronoun attached. */
export const RELATION_HEADS = set(`
زميله زميلها زميلهم زميلته شقيقه شقيقها شقيقته شقيقتها زوجته زوجها نجله نجلها ابنه ابنها ابنته ابنتها
والده والدها والدته والدتها مساعده مساعدها محاميه محاميها مدربه مدربها
`);

/**
 * Heads that are also common adjectives or nouns (ضربة كبيرة، المساعدة الإنسانية): a role only in
 * construct state, without the article and followed by a definite noun (كبير المستشارين، مساعد الوزير).
 */
export const CONSTRUCT_ONLY_HEADS = set(`كبير كبيرة مساعد مساعدة عضو نجم نجمة قائد حارس رجل سيدة مقدم عالم عالمة`);

/**
 * … of which these are titles with the article too (الحارس أندري بياتوف، النجم المصري محمد صلاح):
 * a role read before a name keeps them (roles-ar.ts).
 */
export const DEFINITE_TITLES = set(`نجم نجمة حارس عضو قائد مقدم`);

/**
 * … and of those, the ones roleHead reads as a title's head with the article, before a definite
 * adjective (النجمة الشهيرة، كيم كارداشيان): the dev gold writes eleven roles so, and the word as a
 * noun (a star in the sky) takes no name after its adjective. The other four were not measured so.
 */
export const DEFINITE_CONSTRUCT_HEADS = set(`نجم نجمة`);

/** Named places and institutions: a given name after them is part of their name (جامعة محمد الخامس). */
export const INSTITUTION_NOUNS = set(`جامعة مستشفى مسجد جامع شارع مدرسة مطار ميناء مركز مؤسسة جائزة قاعدة ملعب استاد
مدينة حي ساحة كلية معهد مكتبة متحف قصر سد جسر مشفى شركة منظمة هيئة بنك مصرف مجموعة`);

/** Heads that are also verbs (طالب = demanded): a role only with the article (الطالبة الجامعية). */
export const DEFINITE_ONLY_HEADS = set(`طالب طالبة مواطن مواطنة تاجر سائق`);

/** Honorifics that precede a name directly but say nothing of a role. */
export const HONORIFICS = set(`السيد السيدة الدكتور الدكتورة د الشيخ الحاج المهندس الأستاذ`);

/** "His counterpart": a role relative to the previous person. */
export const COUNTERPART = set(`نظير نظيره نظيرته نظيرها نظيرهم نظيريه`);

/**
 * Speech and statement verbs (past and present, both genders) that introduce a speaker.
 * (أبلغ with its addressee, and the present only with «them»: تبلغه is as often «reaches it».)
 */
/**
 * Verbs that say words aloud or in writing (قال، ردد، هتف، كتب، غرد) or ask (تساءل, and تسائل as
 * copy often writes it): a short quotation after one is what was said, where after a verb of
 * showing or judging (تظهر، يعتبر) it is a phrase.
 */
export const ALOUD_VERBS = set(`
قال قالت قالوا يقول تقول يقولون ردد رددت رددوا يردد تردد يرددون هتف هتفت هتفوا يهتف تهتف يهتفون
كتب كتبت غرد غردت
تساءل تساءلت يتساءل تتساءل تسائل تسائلت يتسائل تتسائل
`);

export const SPEECH_VERBS = set(`
قال قالت يقول تقول أضاف أضافت أكد أكدت يؤكد تؤكد أوضح أوضحت صرح صرحت أشار أشارت أعلن أعلنت
ذكر ذكرت تابع تابعت شدد شددت اعتبر اعتبرت رأى رأت يرى ترى لفت لفتت كشف كشفت نفى نفت حذر حذرت
أفاد أفادت أبلغ أبلغت أردف أردفت كتب كتبت علق علقت أعرب أعربت وصف وصفت طالب طالبت دعا دعت
أقر أقرت اعترف اعترفت أوضحت أكدا قالوا أكدوا أضافوا أشاروا يضيف تضيف أفادوا ردد ردت رد ختم ختمت
ينفي تنفي نفوا نفيا أنكر أنكرت ينكر تنكر أنكروا
يشير تشير يعتبر تعتبر أظهرت أظهر تظهر يظهر أورد أوردت نقل نقلت ينقل تنقل
يفيد تفيد تساءل تساءلت يتساءل تتساءل تسائل تسائلت يتسائل تتسائل
قالا قالتا أضافا أضافتا أوضحا أشارا أعلنا ذكرا اعتبرا قالوا يقولون
أجاب أجابت يجيب تجيب روى روت يروي استطرد استطردت هتف هتفت هتفوا رددوا غرد غردت
يهتف تهتف يهتفون يرددون
بينت يبين مبينا مبينة يرون رأوا يوضح توضح أصر أصرت يصر تصر
أبلغه أبلغها أبلغهم أبلغته يبلغهم تبلغهم
أكمل أكملت استكمل استكملت
`);

/**
 * Verbs of denial: the clause after them is what the speaker says is NOT so (نفى ترامب أن يكون قد
 * أمر …), so it is reported as a denial, never as the speaker's own claim. رفض counts only before
 * «أن يكون» (denying a state of affairs), not «رفض أن يعلق» (declined to comment).
 */
export const DENIAL_VERBS = set(`نفى نفت ينفي تنفي نفوا نفيا نافيا نافية أنكر أنكرت ينكر تنكر أنكروا منكرا منكرة فند فندت يفند تفند`);
export const REFUSAL_VERBS = set(`رفض رفضت يرفض ترفض رفضوا رافضا رافضة`);

/**
 * Verbs that report a statement as their object, with no complementiser (أعلنت السلطات إصابة شرطي،
 * أعرب باول عن ثقته بـ…، تعهد أردوغان بتطهير …، اتهم ترامب أوبك برفع الأسعار): the object is the report.
 */
export const REPORT_VERBS = set(`
أعلن أعلنت يعلن تعلن أعلنوا أعلنتا أكد أكدت يؤكد تؤكد أعرب أعربت عبر عبرت وصف وصفت يصف تصف قدر قدرت
اتهم اتهمت يتهم تتهم تعهد تعهدت وعد وعدت أشار أشارت يشير تشير لمح لمحت شدد شددت ألح ألحت اشتكى اشتكت
طالب طالبت دعا دعت رحب رحبت توقع توقعت يتوقع ذكر ذكرت أظهرت أظهر حذر حذرت نفى نفت أنكر أنكرت ينفي تنفي ينكر تنكر
اعترف اعترفت انتقد انتقدت أوضح أوضحت كشف كشفت نوه نوهت
مشيرا مشيرة منوها منوهة مؤكدا مؤكدة لافتا لافتة مشددا مشددة محذرا محذرة
حث حثت ناشد ناشدت اشترط اشترطت فند فندت استبعد استبعدت تحدث تحدثت
أعلم أعلمت ألمح ألمحت تدارك تداركت رجح رجحت أبدى أبدت
أفاد أفادت أفادوا حض حضت
وصفه وصفها وصفهم وصفته اتهمه اتهمها اتهمهم اتهمته أبلغه أبلغها أبلغهم حثه حثها حثهم دعاه دعاها دعاهم طالبه طالبها
`);

/** Verbs and participles that continue the previous speaker ("وأضاف:"، "مضيفاً"). */
export const CONTINUATION = set(`واصل واصلت نافيا نافية منكرا منكرة قائلا قائلة أضاف أضافت تابع تابعت أردف أردفت مضيفا مضيفة متابعا متابعة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة معتبرا معتبرة لافتا لافتة مشددا مشددة ختم ختمت واختتم أكمل أكملت استكمل استكملت`);

/**
 * Verbs of belief, fear, hope and claim (تخشى الأمم المتحدة أن …، يأمل المسؤولون أن …، تزعم القناة أن
 * …، وتضمن البيان أن …): they report a view only with a complementiser after their subject, never an
 * object (يأمل في الفوز is no statement), and they are no verbs of saying for the people finder.
 * Participles (مدعية أنه، متذرعا بأنه) carry their subject: the speaker is the discourse's. Not the
 * forms that are as often nouns or the first person (أمل hope, شرح explanation, أعتقد I think).
 * Findings and complaints report the same way (اكتشفت الجمعية أن …، علمت بي بي سي أن …، يشكو
 * الباحثون من أن …); not علم (as often «flag», «science») nor شكا (a noun's shape too).
 */
export const BELIEF_VERBS = set(`
خشي خشيت يخشى تخشى يخشون يخشيان تخشيان يأمل تأمل يأملون يأملان
زعم زعمت زعموا يزعم تزعم يزعمون ادعى ادعت ادعوا اعتقدوا يعتقد تعتقد يعتقدون
شرحت يشرح تشرح تضمن تضمنت يتضمن تتضمن افتخر يفتخر تفتخر
مدعيا مدعية متذرعا متذرعة معتقدا معتقدة
اكتشف اكتشفت اكتشفوا علمت يشكو تشكو يشكون
`);

/**
 * Nouns of a claim or report that carry its content after a complementiser (مزاعم إسرائيل بأن …،
 * وتوجد تقارير عن أن …، إعلانه أنه …، مع إيضاح أنها …): the content is a statement of whoever the noun
 * is annexed to, else of the noun itself (تقارير).
 */
export const CLAIM_HEADS = set(`
مزاعم ادعاءات اتهامات تأكيدات تصريحات تقارير أنباء معلومات شائعات إشاعات
إعلان إعلانه إعلانها إعلانهم ادعائه ادعائها زعمه زعمها تأكيده تأكيدها إيضاح توضيح تلميح تلميحه
مفاده مفادها
`);

/** Nouns of unnamed or institutional speakers ("مسؤول أمريكي"، "مصادر مطلعة"، "وزارة الدفاع"). */
export const UNNAMED_HEADS = set(`
مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر متحدث متحدثة ناطق ناطقة شهود شاهد خبراء خبير محللون محللين
محلل دبلوماسي دبلوماسيون دبلوماسيين سكان ساكن ناشطون ناشطين مراقبون مراقبين تقرير تقارير بيان وزارة وكالة
منظمة مكتب جهاز مجلس حكومة جيش شرطة قوات مسعفون أطباء طبيب مصدران مسؤولان عضو أعضاء نواب نائب
مصادر صحيفة قناة موقع محطة إذاعة شبكة شركة هيئة لجنة اتحاد نادي رابطة بعثة سفارة قيادة محكمة
النيابة الوزارة الجيش الشرطة الحكومة البيان المكتب المجلس الشركة اللجنة الهيئة الرئاسة المنظمة الاتحاد
النادي المحكمة السفارة الوكالة القيادة الكرملين البيت مسؤولو ممثلو قادة زعماء عمال طلاب متظاهرون محتجون
مشجعون لاعبون رجال أحد إحدى عدد بعض قوة مجموعة حركة نقابة جماعة حزب جبهة تحالف ائتلاف فصيل فصائل مؤسسة
صندوق بنك مصرف جامعة مستشفى برلمان وسائل وسيلة نشطاء ناشطات منتقدون منتقدو منتقدات معارضون مؤيدون أنصار
سلطات السلطات حكومات دول دولة مدينة بلدية ولاية منطقة محافظة إدارة مديرية دائرة مركز معهد مجمع
بيانات أرقام إحصاءات إحصائيات دراسة استطلاع نص
أهالي أهل عائلات أسر ذوو ذوي أقارب وحدات كتائب
`);

/**
 * Nouns of speaking bodies (institutions, forces, outlets, parties): with the article (القوات
 * الأميركية، الدار، الجامعة) the phrase names the body itself, whatever person the article also ties
 * to it (قائد القوات الأميركية X).
 */
export const BODY_NOUNS = set(`
وزارة وكالة منظمة مكتب جهاز مجلس حكومة جيش شرطة قوات صحيفة قناة موقع محطة إذاعة شبكة شركة هيئة لجنة
اتحاد نادي رابطة بعثة سفارة قيادة محكمة حركة نقابة جماعة حزب جبهة تحالف ائتلاف مؤسسة صندوق بنك مصرف
جامعة مستشفى برلمان سلطات إدارة مديرية دائرة مركز معهد بلدية وحدات كتائب دار مجلة جريدة مفوضية جمعية قصر
`);

/** Words after which a name cannot continue: clause openers and complementisers. */
export const BREAKERS = set(`
إن أن بأن إنه أنه إنها أنها بأنه بأنها لأن الذي التي الذين اللذين اللتين في من على إلى الى عن مع
يوم أمس اليوم قبل بعد حيث عندما بينما فيما لكن خلال منذ أثناء عبر لدى حول نحو وفق بحسب حسب أيضا
وهو وهي كما ثم أو و ف قد لقد لم لن لا ما هذا هذه ذلك تلك الى ضد بين تحت فوق دون إثر عقب
`);

/** Prepositions that, as the first word after a speech verb, mean the subject is not stated. */
export const SUBJECT_PREPOSITIONS = set(`من في على إلى الى عن خلال أمام امام لدى عبر مع أثناء عقب بعد قبل حول
إليه إليها إليهم عليه عليها عليهم فيه فيها فيهم له لها لهم منه منها منهم عنه عنها عنهم معه معها به بها لي لنا`);

/** Adverbs and time words that may stand between a speech verb and its subject (وقال أيضاً X). */
export const SUBJECT_ADVERBS = set(`أيضا كذلك مجددا بدوره بدورها اليوم أمس الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد يوم مساء صباح بانتظام باستمرار مرارا دائما`);

/** Words that introduce the source of a statement placed after it ("بحسب X"، "وفق X"). */
export const ACCORDING_TO = set(`بحسب حسب وفق وفقا طبقا نقلا حسبما وفقما`);

/** Nouns of outlets and agencies. */
export const OUTLET_HEADS = set(`صحيفة جريدة مجلة وكالة قناة موقع شبكة إذاعة محطة تلفزيون التلفزيون أنباء الأنباء`);

/**
 * Bodies whose name goes on with a ل-complement after the head and its adjectives (المنظمة الدولية
 * للهجرة، المجلس الأعلى للقضاء، الهيئة العامة للاستعلامات، المفوضية السامية للأمم المتحدة …).
 */
export const BODY_HEADS = set(`منظمة اتحاد وكالة لجنة مجلس هيئة مفوضية صندوق بنك مصرف مركز معهد جمعية رابطة مؤسسة مكتب
نقابة محكمة بعثة قيادة برنامج جهاز مرصد شبكة`);

/** Those a statement is made to, behind ل (للصحفيين، للصحافة، للحاضرين): the one spoken to, never a body's complement. */
export const AUDIENCE_NOUNS = set(`الصحفيين الصحافيين الصحفيون الصحافيون الصحافة الإعلام الإعلاميين المراسلين الحاضرين الجمهور
المشاركين المتظاهرين المحتجين الطلاب النواب الأعضاء المواطنين الشعب`);

/** Heads after which an unquoted word is the outlet's name (موقع، محطة are also ordinary nouns). */
export const STRONG_OUTLET_HEADS = set(`صحيفة جريدة مجلة وكالة قناة شبكة إذاعة`);

/** Complementisers that open an indirect quotation. */
// (with every attached pronoun: قال إنهما التزما، قالت إنني، أكدوا أنكم; not إني/أني, which is also the
// name آني written lightly. The بأن forms past بأنه/بأنها stay out: بأنهم follows judging verbs and
// participles (ووصفهم بأنهم "…"، متهمين بأنهم) whose readings expect no complementiser there.)
export const COMPLEMENTISERS = set(`إن أن بأن إنه أنه إنها أنها بأنه بأنها إنهم أنهم إننا أننا إنهما أنهما إنهن أنهن
إنني أنني إنكم أنكم`);

/** Arabic month names (Gregorian and Levantine) with their English names. */
export const MONTHS: ReadonlyMap<string, { en: string; n: number }> = new Map(
  ([
    ['يناير', 'January', 1], ['كانون الثاني', 'January', 1], ['فبراير', 'February', 2], ['شباط', 'February', 2],
    ['مارس', 'March', 3], ['آذار', 'March', 3], ['أبريل', 'April', 4], ['ابريل', 'April', 4], ['نيسان', 'April', 4],
    ['مايو', 'May', 5], ['أيار', 'May', 5], ['يونيو', 'June', 6], ['حزيران', 'June', 6], ['يوليو', 'July', 7],
    ['تموز', 'July', 7], ['أغسطس', 'August', 8], ['آب', 'August', 8], ['سبتمبر', 'September', 9], ['أيلول', 'September', 9],
    ['أكتوبر', 'October', 10], ['تشرين الأول', 'October', 10], ['نوفمبر', 'November', 11], ['تشرين الثاني', 'November', 11],
    ['ديسمبر', 'December', 12], ['كانون الأول', 'December', 12],
  ] as const).map(([ar, en, n]) => [lightNormAr(ar), { en, n }]),
);

export const WEEKDAYS: ReadonlyMap<string, string> = new Map(
  ([['الاثنين', 'Monday'], ['الإثنين', 'Monday'], ['الثلاثاء', 'Tuesday'], ['الأربعاء', 'Wednesday'], ['الخميس', 'Thursday'],
    ['الجمعة', 'Friday'], ['السبت', 'Saturday'], ['الأحد', 'Sunday']] as const).map(([ar, en]) => [lightNormAr(ar), en]),
);

/**
 * Seats of government that stand for a country's leadership (زعيم الكرملين، سيد البيت الأبيض):
 * the words of the seat and how the leader's English role names the country.
 */
export const SEATS_OF_POWER: ReadonlyArray<{ words: string[]; country: RegExp }> = ([
  ['الكرملين', /\bRussia/],
  ['البيت الأبيض', /\b(United States|US|U\.S\.|America)/],
  ['الإليزيه', /\b(France|French)/],
  ['داونينغ ستريت', /\b(United Kingdom|UK|Britain|British)/],
] as const).map(([ar, country]) => ({ words: ar.split(' ').map(lightNormAr), country }));

/** Words that head a phrase for a leader besides the title heads (سيد البيت الأبيض، ساكن الإليزيه). */
export const LEADER_HEADS = set(`سيد ساكن`);

/** Prepositions written as separate words: a name after them is an object, not a subject. */
export const FREE_PREPOSITIONS = set(`مع إلى الى من عن على في لدى أمام عند نحو ضد بين`);

/** Words that introduce a name by naming (شاب يدعى آدم، امرأة اسمها …، المدعو …). */
export const NAMING_WORDS = set(`يدعى تدعى يسمى تسمى اسمه اسمها المدعو المدعوة`);

/** Words that open a clause whose subject may come before its verb (لكن مسؤولاً … قال). */
export const CLAUSE_OPENERS = set(`لكن ولكن غير بيد بينما فيما كما`);

/**
 * A verb frame: the forms of one verb of saying whose content is a complement rather than a clause
 * after إن/أن, and what marks that complement.
 *   past ؛ present ؛ participles | markers | kind | required words
 * markers: `obj` (whatever follows the subject: أعلنت الشرطة إصابة …), or the prepositions that open the
 * content, right after the subject or after the verb's object (أعرب X عن قلقه، دعا X Y إلى …، اتهم X Y
 * بـ…); `ب` is the clitic. kind: `denial` when the content is what the speaker says is not so.
 * required: the content is the verb's only when one of these words comes in its first words (حمّل X
 * المسؤولية: «حمل» alone is carrying; رفض مزاعم X denies, رفض الدعوة declines).
 * Plural and dual forms (دعوا، أعربا) and participles (مطالبا) carry their subject: the content follows
 * the verb directly and the speaker is the one in the discourse.
 */
export interface VerbFrame { markers: ReadonlySet<string>; kind: 'indirect' | 'denial'; required: ReadonlySet<string> | null; participle: boolean; agrees: boolean }

const CLAIM_NOUNS = 'وصف توصيف مزاعم المزاعم ادعاءات الادعاءات اتهامات الاتهامات الاتهام تقارير التقارير أنباء الأنباء ما وصفه وصفها وصفته اتهام ادعاء الادعاء صحة رواية الرواية';

function frames(spec: string): ReadonlyMap<string, VerbFrame> {
  const out = new Map<string, VerbFrame>();
  for (const line of spec.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [forms, markers, kind, required] = line.split('|').map((x) => x.trim());
    const [past = '', present = '', parts = ''] = forms!.split('؛');
    const norm = (s: string) => s.split(/\s+/).filter(Boolean).map(lightNormAr);
    const finite = new Set([...norm(past), ...norm(present)]);
    const base = {
      markers: new Set(norm(markers ?? 'obj')),
      kind: (kind === 'denial' ? 'denial' : 'indirect') as VerbFrame['kind'],
      required: required ? new Set(norm(required === 'claim' ? CLAIM_NOUNS : required)) : null,
    };
    // (a plural or dual ending agrees with a subject already named: دعوا، أعربا، أعلنتا، يطالبون، اعتبرن)
    const agrees = (f: string) => /(وا|ون|تا)$/.test(f) || ((f.endsWith('ا') || f.endsWith('ن')) && finite.has(f.slice(0, -1)));
    for (const f of finite) out.set(f, { ...base, participle: false, agrees: agrees(f) });
    for (const f of norm(parts)) out.set(f, { ...base, participle: true, agrees: true });
  }
  return out;
}

export const VERB_FRAMES = frames(`
أعرب أعربت أعربوا أعربا أعربتا ؛ يعرب تعرب يعربون ؛ معربا معربة معربين | عن
عبر عبرت عبروا عبرا عبرتا ؛ يعبر تعبر يعبرون ؛ معبرا معبرة معبرين | عن
دعا دعت دعوا دعيا دعتا ؛ يدعو تدعو يدعون ؛ داعيا داعية داعين | الى ل
حث حثت حثوا حثا ؛ يحث تحث يحثون ؛ حاثا | على
حض حضت حضوا حضا ؛ يحض تحض يحضون ؛ حاضا | على
ناشد ناشدت ناشدوا ناشدا ؛ يناشد تناشد يناشدون ؛ مناشدا مناشدة | obj
طالب طالبت طالبوا طالبا طالبتا ؛ يطالب تطالب يطالبون ؛ مطالبا مطالبة مطالبين | ب
نصح نصحت نصحوا ؛ ينصح تنصح ؛ ناصحا | ب
طلب طلبت طلبوا ؛ يطلب تطلب | من
أشاد أشادت أشادوا أشادا ؛ يشيد تشيد يشيدون ؛ مشيدا مشيدة | ب
ندد نددت نددوا نددا ؛ يندد تندد ينددون ؛ منددا منددة | ب
اشتكى اشتكت اشتكوا ؛ يشتكي تشتكي يشتكون ؛ مشتكيا | من
حذر حذرت حذروا حذرا ؛ يحذر تحذر يحذرون ؛ محذرا محذرة محذرين | من
توقع توقعت توقعوا ؛ يتوقع تتوقع يتوقعون ؛ متوقعا متوقعة | obj
أقر أقرت أقروا ؛ يقر تقر | ب
اعترف اعترفت اعترفوا ؛ يعترف تعترف ؛ معترفا معترفة | ب
تعهد تعهدت تعهدوا تعهدا ؛ يتعهد تتعهد ؛ متعهدا متعهدة | ب
توعد توعدت توعدوا ؛ يتوعد تتوعد ؛ متوعدا متوعدة | ب obj
هدد هددت هددوا هددا ؛ ؛ مهددا مهددة | ب
وعد وعدت ؛ يعد | ب
أشار أشارت أشاروا أشارا ؛ يشير تشير يشيرون ؛ مشيرين | الى
لفت لفتت لفتوا ؛ يلفت تلفت | الى
تحدث تحدثت تحدثوا ؛ يتحدث تتحدث يتحدثون ؛ متحدثا متحدثة | عن
تساءل تساءلت تساءلوا تسائل تسائلت ؛ يتساءل تتساءل يتساءلون يتسائل تتسائل ؛ متسائلا متسائلة | عن | | السبب سبب الأسباب أسباب الطريقة طريقة كيفية مدى جدوى شرعية إمكانية مصير حقيقة جدية ما ماذا لماذا كيف متى هل من
أفاد أفادت أفادوا ؛ يفيد تفيد | ب عن
كشف كشفت كشفوا ؛ يكشف تكشف ؛ كاشفا كاشفة | obj
اتهم اتهمت اتهموا ؛ يتهم تتهم يتهمون ؛ متهما متهمة | ب
وصف وصفت وصفوا ؛ يصف تصف ؛ واصفا واصفة | ب
قدر قدرت قدروا ؛ يقدر تقدر ؛ مقدرا مقدرة | ب
حمل حملت حملوا حملا ؛ يحمل تحمل ؛ محملا محملة | obj | | مسؤولية المسؤولية مسؤوليه مسئولية المسئولية
ألقى ألقت ألقوا ألقيا ؛ يلقي تلقي | obj | | اللوم باللوم اللائمة باللائمة المسؤولية بالمسؤولية
اعتبر اعتبرت اعتبروا اعتبرن ؛ يعتبرون ؛ معتبرا معتبرة معتبرين | obj
أكد أكدت أكدوا ؛ يؤكدون | obj
شدد شددت شددوا ؛ يشدد تشدد ؛ مشددا مشددة | على
أصر أصرت أصروا ؛ يصر تصر ؛ مصرا مصرة | على
رجح رجحت رجحوا رجحا ؛ يرجح ترجح يرجحون ؛ مرجحا مرجحة مرجحين | obj
نوه نوهت نوهوا ؛ ينوه تنوه ؛ منوها منوهة | الى ب
شكك شككت شككوا ؛ يشكك تشكك ؛ مشككا | ب في
تكهن تكهنت تكهنوا ؛ يتكهن | ب
خلص خلصت خلصوا ؛ يخلص تخلص | الى
أدان أدانت أدانوا دانت دانوا ؛ يدين تدين | obj
نفى نفت نفوا نفيا ؛ ينفي تنفي ينفون | obj | denial
أنكر أنكرت أنكروا ؛ ينكر تنكر | obj | denial
استبعد استبعدت استبعدوا ؛ يستبعد تستبعد ؛ مستبعدا مستبعدة | obj | denial
رفض رفضت رفضوا رفضا ؛ يرفض ترفض ؛ رافضا رافضة | obj | denial | claim
`);
