/**
 * Quote recall (issue 11): constructions that report a statement without a plain verb of saying —
 * views with a complementiser, claim nouns, sources placed before or after the statement.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const quotes = (t: string) => parseArticle(t).quotes.map((q) => ({ who: q.speaker.ar, text: q.text, kind: q.kind }));
const texts = (t: string) => quotes(t).map((q) => q.text);

describe('quote recall', () => {
  it('a view with its complementiser: تخشى/يأمل/تزعم/يعتقد X أن …', () => {
    expect(quotes('وتخشى الأمم المتحدة ومنظمات دولية أن تؤدي الحرب في مدينة الحديدة إلى وقف تدفق المساعدات.')[0]).toMatchObject({
      text: 'تؤدي الحرب في مدينة الحديدة إلى وقف تدفق المساعدات', kind: 'indirect',
    });
    expect(texts('ويأمل المسؤولون اللبنانيون أن يعزز هذا التشريع من صادرات البلاد.')).toEqual(['يعزز هذا التشريع من صادرات البلاد']);
    expect(texts('وتزعم القناة القطرية أن السلطات السعودية أزالت جميع أجهزة الاستقبال من المطاعم.')).toEqual(['السلطات السعودية أزالت جميع أجهزة الاستقبال من المطاعم']);
    // (ويخشى X من أن: the preposition is the verb's)
    expect(quotes('ويخشى مراقبون من أن يكون الإعلان الأخير ذرا للرماد في العيون.')[0]?.who).toBe('مراقبون');
  });

  it('no view without a subject, with an object, or with على أن (a condition)', () => {
    // (يُعتقد أن: impersonal; يأمل في: an object, no statement; أعتقد: the first person inside speech)
    expect(texts('وتسيطر على المدينة مجموعات مختلفة، ويعتقد أن القوة المهيمنة عليها تتألف من متشددين.')).toEqual([]);
    expect(texts('ويأمل الفريق في الفوز بالمباراة المقبلة على أرضه.')).toEqual([]);
    expect(texts('كما تتضمن الخطة الانتهاء من التعاقد على تصنيع العربات، على أن تتراوح نسبة المكون المحلي بين 30 و40%.')).toEqual([]);
  });

  it('جاء في البيان أن / تضمن البيان أن: the text is the source', () => {
    expect(quotes('وجاء في النص أن 148 شخصا كانوا قد أقيلوا في مراسيم سابقة أعيدوا إلى العمل.')[0]).toMatchObject({
      who: 'النص', text: '148 شخصا كانوا قد أقيلوا في مراسيم سابقة أعيدوا إلى العمل',
    });
    expect(texts('وتضمن البيان أن المدينة تشهد منذ يومين حركة نزوح على نطاق واسع.')).toEqual(['المدينة تشهد منذ يومين حركة نزوح على نطاق واسع']);
  });

  it('a claim noun with its content: the claimant says it; رفض X مزاعم Y بأن … denies the claim', () => {
    const q = quotes('ورفض مسؤول في حماس مزاعم اسرائيل بأن الجماعة تضع "قائمة أسعار" للإصابات.');
    expect(q).toContainEqual(expect.objectContaining({ text: expect.stringContaining('مزاعم اسرائيل بأن الجماعة تضع'), kind: 'denial' }));
    expect(q).toContainEqual(expect.objectContaining({ who: 'اسرائيل', text: expect.stringMatching(/^الجماعة تضع/), kind: 'indirect' }));
    expect(texts('وتوجد تقارير عن أن زعماء بلدة حمورية يبحثون اتفاق إجلاء للبلدة.')).toEqual(['زعماء بلدة حمورية يبحثون اتفاق إجلاء للبلدة']);
  });

  it('a denial of a few words goes on in the participle after it, which is still read too', () => {
    const q = quotes('وتنفي الحكومة المصرية هذه الاتهامات مشددة على ضرورة مكافحة "الإرهاب".');
    expect(q).toEqual([
      { who: 'الحكومة المصرية', text: 'هذه الاتهامات مشددة على ضرورة مكافحة "الإرهاب"', kind: 'denial' },
      { who: 'الحكومة المصرية', text: 'ضرورة مكافحة "الإرهاب"', kind: 'indirect' },
    ]);
    expect(quotes('ونفى المتحدث باسم الحكومة الاتهامات، قائلا إنها مجرد ادعاءات لا أساس لها من الصحة.')[0]).toMatchObject({
      text: 'الاتهامات، قائلا إنها مجرد ادعاءات لا أساس لها من الصحة', kind: 'denial',
    });
  });

  it('the source after the statement: with a dash, or without a comma when it is a body', () => {
    expect(quotes('ومن بين البضائع التي فرضت عليها الضرائب - بحسب ما قالته وزارة المالية - الكيمياويات ومنتجات الذرة.')[0]).toMatchObject({
      who: 'وزارة المالية', text: 'ومن بين البضائع التي فرضت عليها الضرائب',
    });
    expect(texts('وفر ما يربو على 5.4 مليون شخص من سوريا منذ عام 2011 وفقا لأرقام مفوضية اللاجئين، لجأ معظمهم إلى دول الجوار.')[0]).toMatch(/^وفر ما يربو/);
    // (a quotation inside the clause does not keep the clause from its source)
    expect(texts('وأدت الحرب في اليمن إلى مقتل نحو 10 آلاف شخص وتسببت في "أسوأ أزمة إنسانية في العالم" بحسب منظمة الأمم المتحدة.')).toContainEqual(expect.stringMatching(/^وأدت الحرب في اليمن/));
  });

  it('واصفا X بأنه …: the statement is the object with its description', () => {
    const q = quotes('وأعلن الرئيس الأمريكي سحب تأييده للبيان الختامي، واصفا رئيس الوزراء الكندي جاستن ترودو بأنه شخص غير نزيه.');
    expect(q.map((x) => x.text)).toContain('رئيس الوزراء الكندي جاستن ترودو بأنه شخص غير نزيه');
  });

  it('a source that opens the sentence: after ولكن, before فقد, with a relative clause', () => {
    expect(quotes('وحسب التحقيقات فقد أعد المتهم القنبلة في بيت الأسرة التي ترعاه.')[0]).toMatchObject({ who: 'التحقيقات', text: 'فقد أعد المتهم القنبلة في بيت الأسرة التي ترعاه' });
    expect(texts('ولكن وفقا لبالفي، يمكن أن يساعد هذا الأمر فيسبوك على خلق سوق إعلانات جديدة.')).toEqual(['يمكن أن يساعد هذا الأمر فيسبوك على خلق سوق إعلانات جديدة']);
    expect(texts('وبحسب موقع "كود دوت أورغ" الذي يروج لتعليم البرمجة في المدارس، ثمة أكثر من 520 ألف وظيفة شاغرة.')).toEqual(['ثمة أكثر من 520 ألف وظيفة شاغرة']);
  });

  it('كما or لكنه before a verb that reports opens a statement of its own', () => {
    expect(texts('وأضاف الملا أن مبلغ الدعم سينخفض إلى 89 مليارا، كما توقع أن ينخفض استهلاك المواد البترولية بنسبة 5 في المئة.')).toEqual([
      'مبلغ الدعم سينخفض إلى 89 مليارا',
      'ينخفض استهلاك المواد البترولية بنسبة 5 في المئة',
    ]);
    // (… لكنه توقع أن …: after «but he», the same)
    expect(texts('واعترف الوزير بتراجع النمو نتيجة عوامل مؤقتة، لكنه توقع أن يرتفع من جديد إلى المستوى المستهدف لاحقا.')).toContain('يرتفع من جديد إلى المستوى المستهدف لاحقا');
  });
  it('a quotation ending the clause of an earlier verb with its complementiser is that clause', () => {
    // (the nearer verb يؤكد/يظهر is inside the clause; تضمن reports a view with its complementiser)
    expect(quotes('وأشاد مدير النقابة سامي الحسن بالاتفاق. وقال إن الاتفاق يؤكد و"يثبت ما قالته النقابة منذ البداية عن حقوق العمال".')).toContainEqual(
      expect.objectContaining({ who: 'سامي الحسن', text: expect.stringMatching(/^الاتفاق يؤكد و"يثبت/), kind: 'indirect' }),
    );
    expect(texts('وكانت الوزيرة سلمى العلي اعتبرت أن التقرير يظهر الموظفين "على أنهم مهملون ويسيء إليهم".')).toEqual([
      'التقرير يظهر الموظفين "على أنهم مهملون ويسيء إليهم"',
    ]);
    expect(texts('وتضمن بيان لوزارة الزراعة أن الحكومة "ستبدأ حملة لمكافحة الجراد في الجنوب".')).toEqual([
      'الحكومة "ستبدأ حملة لمكافحة الجراد في الجنوب"',
    ]);
  });
  it('object reports: a quoted name or a title in construct as the subject, a time phrase before the object, دون أن', () => {
    expect(quotes('وقد نفت "أمازون" معرفتها بوجود تلك الثغرة في أنظمتها حتى الآن.')).toContainEqual(
      expect.objectContaining({ who: 'أمازون', text: expect.stringMatching(/^معرفتها بوجود تلك الثغرة/), kind: 'denial' }),
    );
    expect(quotes('وكان وزير المالية أعلن مطلع هذا الأسبوع عن تطبيق زيادات في الضرائب على السجائر.')).toContainEqual(
      expect.objectContaining({ who: 'وزير المالية', text: 'تطبيق زيادات في الضرائب على السجائر' }),
    );
    // (دون أن: «without», no clause of speech; the report is the object of أكدت)
    expect(texts('ولم تتبن أي جهة الهجوم، إلا أن تقارير أكدت وقوف جماعة مسلحة وراء الهجوم، وهي غالبا ما تنفذ هجمات دون أن تعترف بها.')[0]).toMatch(/^وقوف جماعة مسلحة وراء الهجوم/);
  });
  it('sources before or after: فلقد after بحسب X، a source between commas, بحسب ما أشار إليه X', () => {
    expect(texts('وبحسب الادعاء، فلقد خالف المصرف القوانين الدولية بسماحه بتحويلات مالية "من أجل تمويل أعمال عنف".')[0]).toMatch(/^فلقد خالف المصرف/);
    expect(quotes('وتتحدر الشابة، وفق ما ذكرت شبكة محلية للأنباء، من قرية صغيرة في ريف المحافظة الشرقي.')[0]).toMatchObject({
      who: expect.stringMatching(/^شبكة محلية/), text: expect.stringMatching(/^وتتحدر الشابة، وفق ما ذكرت/),
    });
    expect(texts('ومن شأن هذا القرار أن يفيد سكان المنطقة، بحسب ما أشار إليه الباحث سمير حداد، في حديثه للصحيفة.')).toContain('ومن شأن هذا القرار أن يفيد سكان المنطقة');
    // (حسب ما أوضح في …: no subject after the verb, the sentence's speaker)
    expect(quotes('أطلق الرئيس الفرنسي إيمانويل ماكرون مهمة لإرجاع أعمال فنية إلى دول أفريقية، حسب ما أوضح في ختام لقاء مع رئيس بنين.')[0]).toMatchObject({
      who: 'إيمانويل ماكرون', text: expect.stringMatching(/^أطلق الرئيس الفرنسي إيمانويل ماكرون مهمة/),
    });
  });

  it('a colon before a quotation is speech, not a name; هكذا with any verb attributes the quotation before it', () => {
    expect(quotes('وقال متحدث باسم المجلة: "اتخذنا قرارا بعدم نشر الصورة على الغلاف".')[0]).toMatchObject({ who: 'متحدث باسم المجلة', kind: 'direct' });
    expect(quotes('"تلصيق، مونتاج، لوحة كبيرة، قصيدة"، هكذا يقدم المنتج فابريس أرانيو الفيلم.')[0]?.text).toBe('تلصيق، مونتاج، لوحة كبيرة، قصيدة');
  });
  it("a participle's object after its preposition opens the statement before a quotation", () => {
    expect(quotes('وأشاد وزير الثقافة سامي الحسن بالخطة، مشددا على ضرورة "تحويل التراث إلى مادة حية".')).toContainEqual(
      expect.objectContaining({ text: 'ضرورة "تحويل التراث إلى مادة حية"', kind: 'indirect' }),
    );
  });

  it('news with its content after عن, from whoever relays it or from the news itself (round quotes24)', () => {
    expect(quotes('ووردت أنباء عن إغلاق ثلاثة معابر حدودية في الشمال منذ الصباح.')[0]).toMatchObject({
      who: 'أنباء', text: 'إغلاق ثلاثة معابر حدودية في الشمال منذ الصباح',
    });
    expect(quotes('وتناقلت صحف محلية معلومات عن استقالة مدير الميناء بعد الحادث.')[0]).toMatchObject({
      who: expect.stringMatching(/^صحف/), text: 'استقالة مدير الميناء بعد الحادث',
    });
    // (no verb before the noun: nothing relayed)
    expect(texts('وسط أنباء عن إغلاق ثلاثة معابر حدودية في الشمال.')).toEqual([]);
  });
  it('مفاده أن، تبلغهم أن، متهما X بـ: frames of saying the lists lacked (round quotes24)', () => {
    expect(texts('وقال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات كانت صعبة. ونشر ماكرون صورة للقاء، مرفقا بها تعليقا مفاده أن الطرفين اتفقا على استئناف الحوار.')).toContain('الطرفين اتفقا على استئناف الحوار');
    expect(quotes('وقال مدير البلدية إن الأعمال ستستمر أسبوعا، ويبلغهم أن المياه ستقطع خلال أيام.')).toContainEqual({ who: 'مدير البلدية', text: 'المياه ستقطع خلال أيام', kind: 'indirect' });
    expect(texts('وقال الوزير إن الضربة استهدفت مخازن السلاح، متهما الجماعة بإطلاق صواريخ على المدينة.')).toContain('الجماعة بإطلاق صواريخ على المدينة');
  });
  it('a finite verb of describing says its object with the description; نصح after a comma addresses its object (round quotes24)', () => {
    expect(quotes('ووصف الرئيس الفرنسي إيمانويل ماكرون قرار الإغلاق بأنه "خطوة متسرعة وغير مدروسة".')[0]).toMatchObject({
      who: 'إيمانويل ماكرون', text: expect.stringMatching(/^قرار الإغلاق بأنه/),
    });
    expect(quotes('وتوقع الخبير ركود السوق، ونصح المستثمرين بتأجيل الشراء حتى نهاية العام.')).toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/^المستثمرين بتأجيل الشراء/) }),
    );
  });

  it('a verb of judging with its object as a pronoun before a quotation: the judgement is a statement (quotes27)', () => {
    expect(quotes('وموقف القدس ذو حساسية بالغة، حيث تعتبرها إسرائيل "عاصمتها الأبدية"، بينما يرى الفلسطينيون غير ذلك.')).toContainEqual(
      { who: 'إسرائيل', text: 'عاصمتها الأبدية', kind: 'indirect' });
    // (the clause goes on after the quotation, but not into the main clause a relative one ends in)
    expect(quotes('ويدور الحديث عن تقليل التصريحات، الأمر الذي تعتبره الحكومة "دبلوماسية جديدة" لتهدئة مخاوف الغرب.')).toContainEqual(
      { who: 'الحكومة', text: '"دبلوماسية جديدة" لتهدئة مخاوف الغرب', kind: 'indirect' });
    expect(texts('وكان التغيير الذي تعتبره الحكومة "ثورة ديمقراطية" قد أثار جدلا واسعا في البلاد.')).toEqual(['ثورة ديمقراطية']);
  });

  it('no judgement of its own inside another report, after a predicate, or of one word (quotes27)', () => {
    // (قال X إن الحكومة التي يعتبرها "…" ستبقى: the whole clause is X's)
    expect(texts('وقال الوزير إن الحكومة التي يعتبرها "حكومة إنقاذ" ستبقى في مكانها حتى الانتخابات.')).toEqual([
      'الحكومة التي يعتبرها "حكومة إنقاذ" ستبقى في مكانها حتى الانتخابات',
    ]);
    expect(texts('وهو ما تعتبره الحكومة "استفزازا" للجيش.')).toEqual([]);
    // (a verb of naming is no judgement: ما سمته "سكاي بورت")
    expect(texts('ويعتمد نظام الشركة على ما سمته الشركة "سكاي بورت" الذي يمكن أن يكون في شكل محطات رأسية.')).toEqual([]);
  });

  it('a clause quoted whole after its complementiser is direct; one quoted in part stays indirect (quotes27)', () => {
    expect(quotes('وقالت الوزارة إن "الوضع في المدينة تحت السيطرة تماما".')).toEqual([
      { who: 'الوزارة', text: '"الوضع في المدينة تحت السيطرة تماما"', kind: 'direct' },
    ]);
    expect(quotes('وقالت الوزارة إن الوضع في المدينة "تحت السيطرة تماما".')).toEqual([
      { who: 'الوزارة', text: 'الوضع في المدينة "تحت السيطرة تماما"', kind: 'indirect' },
    ]);
    // (a denial keeps its kind however it is quoted)
    expect(quotes('ونفت الوزارة أن "يكون الجيش قد دخل المدينة في أي وقت".').map((q) => q.kind)).not.toContain('direct');
  });

  it('a framed verb whose subject runs longer, or ends in a manner adverb or the addressee, up to its preposition (quotes28)', () => {
    expect(quotes('ويشكك مؤيدو البابا بشدة بمصداقية تلك الاتهامات الموجهة إليه.')).toEqual([
      { who: 'مؤيدو البابا', text: 'بمصداقية تلك الاتهامات الموجهة إليه', kind: 'indirect' },
    ]);
    expect(quotes('وتحث جمعية المستهلكين في بريطانيا المشجعين على ضرورة شراء تذاكر المباريات من المراكز المعتمدة.')).toContainEqual(
      expect.objectContaining({ text: 'ضرورة شراء تذاكر المباريات من المراكز المعتمدة' }));
    // (a definite noun right after a definite one opens the object, which the statement holds)
    // (the speaker is the phrase's head only, أحزاب: the subject reader keeps no indefinite construct)
    expect(quotes('ووصفت أحزاب المعارضة التحالف بين الحزبين بـ"التحالف القذر".')).toEqual([
      { who: expect.stringMatching(/^أحزاب/), text: 'التحالف بين الحزبين بـ"التحالف القذر"', kind: 'indirect' },
    ]);
  });

  it('no long subject that is a noun with a pronoun or names the one accused (quotes28)', () => {
    expect(texts('ولا تهتم غالبية الناس بذلك، قدر اهتمامهم بمقدرة هذه الآلات على در الملايين من جيوب المستهلكين.')).toEqual([]);
    expect(quotes('واتهمت أكثر من 70 امرأة هارفي واينستين بسوء السلوك الجنسي على مدى عقود.').map((q) => q.who)).not.toContain('هارفي واينستين');
  });

  it('a complementiser of condition or cause after a report verb\'s object is not the verb\'s (quotes28)', () => {
    expect(quotes('توقع الصندوق أيضا استقرار عجز الموازنة عند نحو 1.6% من الناتج المحلي، على أن تتحول لتحقيق فائض العام المقبل.')).toEqual([
      { who: 'الصندوق', text: 'استقرار عجز الموازنة عند نحو 1.6% من الناتج المحلي، على أن تتحول لتحقيق فائض العام المقبل', kind: 'indirect' },
    ]);
    expect(texts('واستبعد الخبير تأثير المخاطر الجيوسياسية على سوق دبي، حيث أنها ذات طبيعة إقليمية.')).toEqual([
      'تأثير المخاطر الجيوسياسية على سوق دبي، حيث أنها ذات طبيعة إقليمية',
    ]);
    // (شدد X على أن: the complementiser after the frame's own على is the verb's)
    expect(texts('وشدد الوزير على أن الحكومة لن تتراجع عن قرارها.')).toEqual(['الحكومة لن تتراجع عن قرارها']);
  });

  it('a colon inside a framed report lists its content, it opens no speech (quotes28)', () => {
    expect(texts('وأشار رئيس المجلس إلى تبني المجلس مبادرات لتأسيس قاعدة مستدامة للتعاون كان من أهمها: إنشاء بوابة إلكترونية للفرص التجارية.')[0])
      .toMatch(/^تبني المجلس مبادرات/);
    // (a few words of content before the colon: speech)
    expect(texts('وأشار الوزير إلى ذلك بالقول: إن الحكومة لن تتراجع عن قرارها أبدا.')).toContainEqual(expect.stringMatching(/الحكومة لن تتراجع/));
  });
});

describe('quote recall, round fourteen (quotes30)', () => {
  it('a relative clause between commas before قال\'s إن describes the subject', () => {
    expect(quotes('وقال الرجوب، الذي كان قد دعا الفلسطينيين إلى إحراق صور ميسي في حال مشاركته بالمباراة، إنه سيعقد مؤتمرا صحفيا الأربعاء.')).toContainEqual(
      expect.objectContaining({ who: 'الرجوب', text: 'سيعقد مؤتمرا صحفيا الأربعاء', kind: 'indirect' }));
  });

  it('an organisation spoken to closes an indefinite subject; قال فيه X; ل + verb of saying before its complementiser', () => {
    expect(quotes('وأكد مسؤول أمني تركي لبي بي سي عربي وجود تسجيلات بالصوت والصورة، ولكن لم يتضح الأمر.')[0]).toMatchObject({ who: 'مسؤول أمني تركي', text: 'وجود تسجيلات بالصوت والصورة' });
    expect(quotes('في وقت قال فيه العلماء البريطانيون إنهم غير قادرين على تحديد الموقع.')[0]?.who).toBe('العلماء البريطانيون');
    expect(texts('ثم يقدم خبير العناكب في حديقة الحيوانات، ديفيد كلارك، حقائق عن هذه الحيوانات، ليبين أنه ليس هناك ما يستدعي الخوف مطلقا.')).toEqual(['ليس هناك ما يستدعي الخوف مطلقا']);
  });

  it('a source first: its clause ends where the next statement starts, which is read too', () => {
    const q = quotes('وبحسب أحد العاملين في الفرق الهندسية، فإن الميليشيات لم تترك منطقة دون ألغام، موضحاً أن فرق الجيش تبذل جهودا كبيرة لنزع الألغام.');
    expect(q.map((x) => x.text)).toEqual(['الميليشيات لم تترك منطقة دون ألغام', 'فرق الجيش تبذل جهودا كبيرة لنزع الألغام']);
    expect(quotes('ووفقا للمنصة، فإن سارة تتقاضى 14.99 دولار شهريا مقابل الانضمام، وقالت سارة: "بدأت العمل في المنزل منذ عامين".')).toContainEqual(
      expect.objectContaining({ who: 'المنصة', text: 'سارة تتقاضى 14.99 دولار شهريا مقابل الانضمام' }));
  });

  it('a report verb whose clause runs into a quotation; a short quotation that ends the sentence after يقول X', () => {
    expect(quotes('كما توقع رئيس الاحتياطي الفدرالي "زيادة الرواتب بوتيرة اسرع".')[0]).toMatchObject({ who: 'رئيس الاحتياطي الفدرالي', kind: 'direct' });
    expect(texts('ويقول المصور بلهجة حاقدة "كلهم أولاد عاهرات".')).toEqual(['كلهم أولاد عاهرات']);
    // (a short quotation after a verb of showing or judging is a phrase, not speech)
    expect(texts('وتظهر بعض التسجيلات "تقطيع جسده".')).toEqual([]);
  });

  it('رفض X وصف … denies the description; رفض الرد declines and says nothing', () => {
    expect(quotes('فيما رفض المتحدث باسم البرلمان المصرى صلاح حسب الله، وصف الحوادث المتكررة ضد الأقباط بالطائفية، موضحا أنها "مشكلات متراكمة".')[0]).toMatchObject({
      text: 'وصف الحوادث المتكررة ضد الأقباط بالطائفية', kind: 'denial',
    });
    expect(quotes('ورفض الوزير وصف الاعتداءات بالطائفية.')).toEqual([{ who: 'الوزير', text: 'وصف الاعتداءات بالطائفية', kind: 'denial' }]);
    expect(texts('ورفض الوزير الرد على أسئلة الصحفيين حول القضية.')).toEqual([]);
  });

  it('the participle معتبرا/معتبرة reports its object as the discourse speaker\'s view', () => {
    expect(texts('وقال الوزير إن الوضع صعب، معتبرة هذه الانتخابات الفرصة الأخيرة لوقف التدهور.')).toContain('هذه الانتخابات الفرصة الأخيرة لوقف التدهور');
  });

  it('«قال فيه إن» and «، إذ قال» open a statement of their own: the clause before ends there', () => {
    const q = texts('دعا المرشد الأعلى إلى إجراءات قانونية سريعة تطبقها محاكم جديدة، في أعقاب تصريح لرئيس السلطة القضائية قال فيه إن البلاد تواجه حربا اقتصادية.');
    expect(q).toContain('البلاد تواجه حربا اقتصادية');
    const r = texts('وأوضح سعد أن الرقص يساعده على بناء شخصية قوية لمواجهة العالم، إذ قال "أشعر أنني أنتمي إلى مكان ما".');
    expect(r).toContain('الرقص يساعده على بناء شخصية قوية لمواجهة العالم');
  });

  it('«وبعد ذلك قال» and «ثم قال» open a statement of their own', () => {
    const q = texts('وقالت الصحيفة إن مسؤوليات ستاموس تغيرت في ديسمبر وبعد ذلك قال إنه سيغادر الشركة.');
    expect(q).toContain('مسؤوليات ستاموس تغيرت في ديسمبر');
    expect(q.some((t) => t.startsWith('سيغادر الشركة') || t.startsWith('إنه سيغادر'))).toBe(true);
  });

  it('a report nested at the head of a reported clause is its subject\'s too (قال X إن Y أكد …)', () => {
    const q = quotes('وقال المتحدث باسم الجمعية للصحفيين إن وزارة الصحة المحلية أكدت وقوع عشرات الإصابات في القرية.');
    expect(q).toContainEqual(expect.objectContaining({ who: 'المتحدث باسم الجمعية', text: expect.stringMatching(/^وزارة الصحة المحلية أكدت/) }));
    expect(q).toContainEqual(expect.objectContaining({ who: 'وزارة الصحة المحلية', text: expect.stringMatching(/^وقوع عشرات الإصابات/) }));
    const r = quotes('وأشار الوزير إلى أن المنظمة الدولية تؤكد بانتظام أن البلاد تلتزم بتعهداتها السابقة.');
    expect(r).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^البلاد تلتزم بتعهداتها/) }));
    expect(r.find((x) => x.text.startsWith('البلاد'))?.who).not.toBe('بانتظام');
    // (a verb straight before بـ is the passive: «اتهم بتهمتين» is no one's statement)
    expect(texts('وقالت النيابة إن الرجل اتهم بتهمتين تتعلقان بالاحتيال على المصارف.')).toHaveLength(1);
  });

  it('a report with a verbal noun: قام X بتأكيد …، نسبت X إلى Y قوله إن …، حرص على التأكيد بأن …', () => {
    const q = quotes('وقام وزير الخارجية السابق بتأكيد وجود هذه الرسائل لعدة صحف، إلا أنه حرص على التأكيد بأنه لم يطلع على محتواها أبدا.');
    expect(q).toContainEqual(expect.objectContaining({ who: 'وزير الخارجية السابق', text: 'وجود هذه الرسائل لعدة صحف', kind: 'indirect' }));
    expect(q).toContainEqual(expect.objectContaining({ text: 'لم يطلع على محتواها أبدا', kind: 'indirect' }));
    expect(quotes('وقامت الشركة بنفي هذه الأنباء جملة وتفصيلا.')).toEqual([{ who: 'الشركة', text: 'هذه الأنباء جملة وتفصيلا', kind: 'denial' }]);
    expect(quotes('ونسبت الصحيفة إلى أحد الدبلوماسيين قوله إن المفاوضات توقفت منذ أسابيع.')).toEqual([
      { who: 'أحد الدبلوماسيين', text: 'المفاوضات توقفت منذ أسابيع', kind: 'indirect' },
    ]);
    // (نسب without قوله attributes a deed, no statement; قام without a noun of saying reports nothing)
    expect(texts('ونسبت الشرطة الحريق إلى خلل كهربائي في المبنى.')).toEqual([]);
    expect(texts('وقام الفريق بتجديد عقد المدرب لموسمين إضافيين.')).toEqual([]);
  });

  it('a relative clause of a verb and a place after the subject describes it: the object follows (وينفي X الذي يقيم في … التهم)', () => {
    expect(quotes('وينفي الداعية الذي يقيم في الولايات المتحدة التهم الموجهة إليه بشكل قاطع.')).toEqual([
      { who: 'الداعية', text: 'التهم الموجهة إليه بشكل قاطع', kind: 'denial' },
    ]);
  });

  it('«على ما يبدو» is no source; «كشف النقاب عن» reveals what follows عن, its subject the one before', () => {
    expect(texts('إلا أن الأمر لم يعجب - على ما يبدو - الممثلة التي انتقدت دفاع صديقتها في التعليقات.')).toEqual([]);
    expect(quotes('مثل الشركة التي كشفت النقاب مؤخرا عن سيارة أجرة طائرة بين المدن.')).toEqual([
      { who: 'الشركة', text: 'سيارة أجرة طائرة بين المدن', kind: 'indirect' },
    ]);
    expect(texts('وكشفت الشركة النقاب عن هاتفها الجديد الذي يعمل بالطاقة الشمسية.')).toEqual(['هاتفها الجديد الذي يعمل بالطاقة الشمسية']);
  });

  it('a short quotation with a comma or question mark inside is what was said, not a quoted source name (round twenty)', () => {
    expect(texts('التقى المخرج أحمد سعيد بالطلاب. ويقول "الشرق، أكثر من الغرب، فلسفة"، فلسفة التأمل.')).toEqual(['الشرق، أكثر من الغرب، فلسفة']);
    // (a quoted definite name after a verb of saying is still its source)
    expect(quotes('وقال "المرصد السوري لحقوق الإنسان" إن عدد القتلى بلغ عشرة.')[0]?.who).toBe('المرصد السوري لحقوق الإنسان');
  });

  it('a relative clause inside a statement that names its own speaker is read too (الذي تتهمه أنقرة بأنه …)', () => {
    const q = quotes('وذكرت تقارير صحافية أن المشتبه به أزعج موظفين في الجامعة بادعائه أنهم أعضاء في حركة الداعية الذي تتهمه أنقرة بأنه العقل المدبر لمحاولة الانقلاب الفاشل.');
    expect(q.map((x) => x.who)).toEqual(['تقارير صحافية', 'أنقرة']);
    expect(q[1]!.text).toBe('العقل المدبر لمحاولة الانقلاب الفاشل');
    // (a relative clause of a verb and a place reports nothing)
    expect(quotes('وقال الوزير إن الداعية الذي يعيش في ولاية بنسلفانيا يتحمل مسؤولية الانقلاب الفاشل.').map((x) => x.who)).toEqual(['الوزير']);
  });

  it('findings and complaints with their complementiser: اكتشف/علمت/يشكو X (من) أن …', () => {
    expect(quotes('وعلمت الصحيفة أن أحد أعضاء الفريق هو ضابط في جهاز المخابرات.')[0]).toMatchObject({ who: 'الصحيفة', text: 'أحد أعضاء الفريق هو ضابط في جهاز المخابرات' });
    expect(quotes('لكن الباحثين يشكون منذ سنوات من أن المشكلة أكثر خطورة مما يبدو.')[0]?.text).toBe('المشكلة أكثر خطورة مما يبدو');
    // (with an object, no statement: a view needs its complementiser)
    expect(texts('واكتشف العلماء نوعا جديدا من الضفادع في الغابة.')).toEqual([]);
  });

  it('«by saying» after a verb no list holds: اكتفى X بالقول إن، ذهب/سارع X إلى القول إن (round twenty-two)', () => {
    expect(quotes('وبعد المباراة، اكتفى المدرب زيدان بالقول إن الفريق قدم أداء جيدا.')[0]).toMatchObject({ who: 'زيدان', text: 'الفريق قدم أداء جيدا', kind: 'indirect' });
    expect(quotes('وذهب الكاتب إلى القول إن الحكومة لن تتراجع عن قرارها.')[0]).toMatchObject({ who: 'الكاتب', text: 'الحكومة لن تتراجع عن قرارها' });
    // (a verb of saying before it reads the statement once, as before)
    expect(texts('وعلق الوزير على ذلك بالقول إن الحكومة لن تتراجع عن قرارها.')).toEqual(['الحكومة لن تتراجع عن قرارها']);
    // (no complementiser, no statement: اكتفى الفريق بالتعادل)
    expect(texts('وقد اكتفى الفريق بالتعادل في المباراة الأخيرة.')).toEqual([]);
  });

  it('وزاد/وأكمل/واستدرك/وبيّن right before their complementiser go on with the speaker (round twenty-two)', () => {
    expect(quotes('قال المحلل أحمد علي إن الأسواق ستتعافى. وبين أن الحكومة ستدعم القطاع الخاص.')[1]).toMatchObject({ who: 'أحمد علي', text: 'الحكومة ستدعم القطاع الخاص' });
    expect(quotes('قال المحلل أحمد علي إن الأسواق ستتعافى. وزاد أن الحكومة ستدعم القطاع الخاص.')[1]?.text).toBe('الحكومة ستدعم القطاع الخاص');
    // («between», «increased»: not where the word opens no clause or has no complementiser right after)
    expect(texts('وعليه الاختيار بين أن يستقيل من منصبه وبين أن يبقى في الحكومة.')).toEqual([]);
    expect(texts('ومما زاد الأمر سوءا أن الحكومة لم تتدخل في الأزمة.')).toEqual([]);
  });

  it('a framed participle right after a closing quotation mark opens its own statement', () => {
    // (as after a comma: the quotation ends the statement before it; the short quotation inside
    // the participle's complement clause does not stop the clause being read)
    const q = quotes('وأعلنت الوزيرة أنه "ليس هناك من رابحين في حرب تجارية" معربة عن الأمل في أن "تكون أوروبا معفية" من الإجراءات الجديدة.');
    expect(q).toContainEqual(expect.objectContaining({ who: 'الوزيرة', text: expect.stringContaining('تكون أوروبا معفية" من الإجراءات الجديدة'), kind: 'indirect' }));
    expect(q).toContainEqual(expect.objectContaining({ text: expect.stringContaining('ليس هناك من رابحين في حرب تجارية') }));
  });

  it('رأى with a plain object is «saw»: it does not cut the statement it stands in', () => {
    expect(texts('وقال السكان إنهم سمعوا انفجارا مدويا ورأوا كرة من اللهب فوق المبنى.')).toEqual(['إنهم سمعوا انفجارا مدويا ورأوا كرة من اللهب فوق المبنى']);
    // (with its complementiser it is a view of its own, as before)
    expect(texts('وقال الوزير إن الحكومة ستدرس الملف، ويرى أن الحوار هو الطريق الوحيد.')).toEqual(['الحكومة ستدرس الملف', 'الحوار هو الطريق الوحيد']);
  });

  it('a source named inside a clause, no comma before it: the clause, source and all, is the source\'s (quotes62)', () => {
    const q = quotes('ويبلغ إنتاج روسيا النفطي قرابة 11.2 مليون برميل يوميا، بحسب أرقام لوزارة الطاقة، فيما يبلغ إنتاج إيران اليومي وفق "أوبك"، نحو 3.45 ملايين برميل يوميا.');
    expect(q).toContainEqual(expect.objectContaining({ who: 'أوبك', text: expect.stringMatching(/^يبلغ إنتاج إيران اليومي وفق "أوبك"، نحو 3.45/), kind: 'indirect' }));
    expect(texts('والمسلسل بحسب الأنباء المتداولة يهدف إلى سرد قصة حياة القذافي منذ أن كان شابا فقيرا.')).toEqual([
      'والمسلسل بحسب الأنباء المتداولة يهدف إلى سرد قصة حياة القذافي منذ أن كان شابا فقيرا',
    ]);
    // (a source that ends its clause, its relative clause after it: the clause up to the source)
    expect(texts('والهدف من الإجراءات الأوروبية "المضادة" هو تعويض 2,8 مليار يورو من أضرار الرسوم الأمريكية على صناعاتها، وهو رقم "معتدل" بحسب المفوضية التي تحرص على أن يلتزم الإجراء قواعد منظمة التجارة بشكل كامل.')).toContain('وهو رقم "معتدل" بحسب المفوضية');
    // (a name's word is no cue: صلاح حسب الله)
    expect(texts('ودلل حسب الله على صحة حديثه بأرقام كثيرة من الواقع.')).toEqual([]);
  });

  it('a view whose subject has a comma-set apposition right before the complementiser (quotes62)', () => {
    expect(quotes('واكتشفت الجمعية، المعروفة باسم "ويتش؟"، أن سعر التذكرة لحضور المباراة يصل إلى 11337 جنيها إسترلينيا.')[0]).toMatchObject({
      who: 'الجمعية', text: 'سعر التذكرة لحضور المباراة يصل إلى 11337 جنيها إسترلينيا', kind: 'indirect',
    });
  });
});
