"""The Arabic words event extraction reads (extract.py): prepositions, cue words for
modality, speech and attribution, heads, markers and the reaches (in tokens) within which
they count. Plain data: each list says, with an example, what its words signal. Words are
folded as the tokenizer folds them (normalize_key), so hamza and ta marbuta forms match."""

from __future__ import annotations

from ..text.normalize import normalize_key


def fold(words: set[str]) -> frozenset[str]:
    """The words as the tokenizer's keys."""
    return frozenset(normalize_key(w) for w in words)


PREPS = fold({"مع", "إلى", "ضد", "على", "عن", "من", "في", "ل", "ب", "لدى", "حول", "نحو", "تجاه", "لـ", "بـ", "بين"})
APPOSITIVES = fold({"العاصمة", "عاصمة", "مدينة", "المدينة", "بلدة", "محافظة", "ولاية", "إقليم", "منطقة", "دولة",
                     "الرئيس", "رئيس", "الملك", "الأمير", "الوزير", "وزير", "الجنرال", "اللواء", "المشير", "الشيخ",
                     "نظيره", "نظيرها", "نظيريه", "نظرائه", "نظرائها"})
JOINERS = {"و", "،", ",", "وكذلك", "او"}  # "او": "طردهم إلى إريتريا أو السودان" is one phrase after إلى
QUOTES = {"\"", "«", "»", "'", "“", "”", "#"}  # and the hashtag sign: "في #تعز" is a place
# "يلتقي نظيره الأمريكي، مايك بومبيو": a counterpart right after the verb is its object, never its subject
COUNTERPARTS = fold({"نظيره", "نظيرها", "نظيريه", "نظرائه", "نظرائها", "نظيرتها", "نظيرته"})
ADJECTIVE_TARGET_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "CONSULT"}  # "التفاوض من الدولة السورية"
VICTIM_TYPES = {"ASSAULT", "COERCE"}
# the ally named with "بدعم وإسناد من" is no guessed target of these ("وحث الرئيس اليمني الجميع على
# اليقظة ... بدعم وإسناد من قوات التحالف": the coalition is not the one urged)
ALLY_NOT_GUESSED = VICTIM_TYPES | {"REQUEST"}
# attack nouns that name an act, no transitive verbal noun: their genitive is the one who strikes
# ("ضربة الحوثيين على ناقلة نفط"، "غارات التحالف"; but "قصف المدن"، "استهداف المدنيين" name the struck)
AGENT_GENITIVE_ATTACKS = fold({"هجوم", "الهجوم", "هجمات", "الهجمات", "غارة", "الغارة", "غارات", "الغارات",
                               "ضربة", "الضربة", "ضربات", "الضربات"})
# places a side holds: after an attack verb their owner is the one struck, not the subject
# ("وقصفت مواقع الحوثيين في صعدة"، "استهدفت تجمعات المليشيا")
HELD_PLACES = fold({"مواقع", "موقع", "قواعد", "مقرات", "مقر", "تجمعات", "تجمع", "معاقل", "معقل",
                    "أوكار", "وكر", "ثكنات", "ثكنة", "تحصينات", "مخازن", "مستودعات", "منصات"})
# a threat told in the sentence after the same side's attack aims at its target ("وشنت تركيا ضربات
# استهدفت قواعد حزب العمال ...، وهددت كذلك بشن هجوم بري": the PKK); attacks so read: valid2 -1
FOLLOW_UP_TYPES = {"THREATEN"}
# a leader "in" a group is one of its own: an attack on him hits the group too ("قتل القيادي في مليشيات
# الحوثي، عبدالملك مقبل طاوس"، "مقتل الصماد، القيادي في جماعة الحوثيين")
LEADER_TITLES = fold({"القيادي", "قيادي", "القائد", "قائد", "القياديين", "قياديين"})
LEADER_EPITHETS = fold({"البارز", "بارز", "الميداني", "ميداني", "الكبير"})
LEADER_REACH = 6  # tokens between the person and the title's group
LI_AGENT_TYPES = {"ASSAULT", "MOBILIZE"}  # "غارة للتحالف", "الحشد العسكري لقوات النظام": ل names the doer
# "هاجم الوزير قناة الجزيرة": a person attacks with words, not arms
VERBAL_ATTACKS = fold({"هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "هجوم", "هجوما", "هجمات", "الهجوم",
                       "هجومه", "هجومها", "هجماته", "هجماتها"})  # "جدد الأسد هجومه على التدخلات الأمريكية"
PLACE_WORDS = fold({"مقاطعة", "المقاطعة"})  # a trigger that is also a word for a region
# a verb after these has a pronoun for subject (the speaker of "قال X إنه التقى Y"): the
# noun phrase after it is its object, not its subject
PRONOUN_SUBJECTS = fold({"أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما", "أننا", "إننا", "لأنه", "لأنها"})
# ... and with the conjunction the tokenizer keeps on them: "فإنها تدعو المجتمع الدولي"، "وإنهم يدعمون"
PRONOUN_SUBJECTS = PRONOUN_SUBJECTS | frozenset(c + k for c in "وف" for k in PRONOUN_SUBJECTS if not k.startswith("ل"))
IMPERSONAL = fold({"تم", "يتم", "سيتم", "وتم", "جرى", "يجري", "وجرى", "تمت"})
# an act answered, named with no target ("ردا على هجوم الأحواز"): the one answering, named before, is
# not its doer (but "ردا على هجوم كيماوي على مدينة دوما" may be read as the answer itself)
ANSWERING = fold({"ردا", "رداً", "وردا", "انتقاما", "ثأرا"})
ANSWERED_PREPS = fold({"على", "ل"})
STAND_BY = fold({"الوقوف", "وقوف", "وقوفه", "وقوفها", "وقوفهم", "وقوفنا", "وقف", "وقفت", "يقف", "تقف", "يقفون", "تقفون", "نقف", "أقف", "وقفنا", "بالوقوف", "للوقوف"})
PARTICLES = fold({"قد", "لقد", "لم", "لن", "لا", "ما", "سوف", "قد", "فقد", "وقد", "ف", "و"})
DOER_VERBS = fold({"قام", "قامت", "اجراها", "اجراه", "اجرتها", "نفذ", "نفذت", "نفذه", "نفذها", "نفذته",
                    "نفذتها", "شن", "شنت", "شنه", "شنها", "شنته", "شنتها", "تبنى", "تبنت", "تبناه", "تبنته",
                    "وجهها", "وجهه", "وجهته", "وجهتها", "اطلقها", "اطلقه", "اطلقته", "اطلقتها",
                    "يشنه", "تشنه", "يشنها", "تشنها", "ينفذه", "تنفذه", "ينفذها", "تنفذها", "يشنونها", "يشنونه",
                    "خاضها", "خاضتها", "خاضه", "خاضته", "يخوضها", "تخوضها", "يخوضونها",
                    # the giver of aid named after it: "مساعدات غذائية قدمها برنامج الغذاء العالمي"
                    "قدمها", "قدمه", "قدمتها", "قدمته", "يقدمها", "يقدمه",
                    # who imposes a siege or restrictions: "جراء الحصار الذي يفرضه النظام"
                    "يفرضه", "تفرضه", "يفرضها", "تفرضها", "فرضه", "فرضها", "فرضته", "فرضتها",
                    # who commits a crime or uses force: "للمجزرة التي ارتكبتها قوات الجيش الإسرائيلي"
                    "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", "يرتكبها", "ترتكبها"})
# people who act for a group, named before it with partitive من ("نشطاء من حماس")
AGENT_HEADS = fold({"قادة", "مسؤولون", "مسؤولين", "ممثلون", "ممثلين", "نشطاء", "ناشطون", "ناشطين", "وفد", "وفدا",
                     "أعضاء", "نواب", "سفراء", "دبلوماسيون", "دبلوماسيين", "زعماء", "مقاتلون", "مسلحون",
                     "خبراء", "محققون", "قيادات", "قيادي", "مسؤول", "ممثل", "متحدث",
                     "وحدات", "عناصر", "كتائب", "ألوية", "جنود", "كل"})  # "سيطرت وحدات من الجيش", "رفض كل من ..."
# adverbials that end in a definite word before a VSO verb ("وفي الأسبوع الماضي دعا الرئيس"،
# "وفي السياق دعت"): the subject still follows the verb
ADVERBIALS = fold({"الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الحالي", "الحالية", "السياق",
                   "المقابل", "الأثناء", "الصدد", "الوقت", "الأسبوع", "الشهر", "العام"})
DEMONSTRATIVES = fold({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})
# what a denial or rejection points back to, right after it ("نفى الكرملين ذلك", "ونفى برانسون
# الاتهامات", "يرفض التيار هذا المطلب") or as the relative before it ("وهو ما رفضه", "الأمر الذي رفضته"):
# the charge, claim or demand told just before, whose maker is the target
ANSWERED_CLAIMS = DEMONSTRATIVES | fold({"الاتهامات", "الاتهام", "الاتهمات", "اتهامات", "المزاعم", "الادعاءات",
                                         "التقرير", "التقارير", "الأنباء", "المقترح", "الاقتراح", "المطلب",
                                         "المطالب", "الطلب", "العرض", "الرواية"})
ANSWERED_RELATIVES = fold({"ما", "الذي", "التي"})
# a demand for an inquiry ("دعا مجلس الأمن إلى إجراء تحقيق في الهجوم"، "طالب بتحقيق دولي") is
# pressed on the side whose act is to be probed
PROBES = fold({"تحقيق", "تحقيقا", "بتحقيق", "التحقيق", "بالتحقيق", "لتحقيق", "تحقيقات", "بتحقيقات",
               # and a call for a release ("دعت الخارجية إلى سرعة الإفراج عن الكربي") on the captor
               "الإفراج", "بالإفراج", "للإفراج", "سراح"})
# describing a charge or report ("ووصف ماتيس الاتهامات بأنها سخيفة", "اعتبرت دمشق الاتهامات فبركات",
# "وهي الاتهامات التي وصفتها السعودية بغير المبررة") rejects it: the verbs, near the claim noun
DESCRIBING = fold({"وصف", "وصفت", "وصفه", "وصفها", "وصفته", "وصفتها", "يصف", "تصف", "اعتبر", "اعتبرت", "يعتبر", "تعتبر"})
DESCRIBED_CLAIMS = fold({"الاتهامات", "الاتهام", "الاتهمات", "اتهامات", "المزاعم", "الادعاءات", "التقارير",
                         "التقرير", "الأنباء", "الرواية", "الروايات", "المعلومات"})
QUOTE_MARKS = "\"'«»“”()،,.:"  # stripped off a word read straight from the text
POINTED_TYPES = {"CONSULT", "REQUEST"}  # meetings and calls pointed at by a demonstrative are told before
AUXILIARIES = fold({"كان", "كانت", "كانوا"})  # right before a verb, with its subject in them ("وكان يدعو البرلمان")
NOUN_SUBJECT_PARTICLES = fold({"قد", "لقد"})  # between a fronted subject and its verb ("الدولية قد حثت")
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "هن")
# a football match's words mark a sports story: its "قمة" is a match, its "طلب" a coach's
# ("القمة العربية التي جمعته بنظيره المصري ... ضمن منافسات مونديال روسيا")
SPORTS_WORDS = fold({"مباراة", "المباراة", "مباراتين", "المباراتين", "مباريات", "المباريات", "مونديال",
                      "المونديال", "لمونديال", "مرمى", "المرمى", "مرماه", "مرماها"})
# repelling an attack ("أفشلت قوات الشرعية هجوما لمليشيا الحوثي"): the attack is the attackers' act
# against the repellers
REPEL_WORDS = fold({"أفشل", "أفشلت", "أفشلوا", "إفشال", "صد", "صدت", "صدوا", "يصد", "تصد", "أحبط", "أحبطت",
                     "أحبطوا", "يحبط", "تحبط", "إحباط", "تصدى", "تصدت", "تصدوا", "يتصدى", "تتصدى", "التصدي"})
REPEL_REACH = 6
# a verb form right after a time or cause word is its verbal noun: "بعد طرد تنظيم الدولة" (the
# expulsion of IS; a verb would need أن: "بعد أن طرد")
NOUN_AFTER = fold({"بعد", "قبل", "عقب", "إثر", "اثر", "جراء", "بسبب", "أثناء", "خلال",
                   "لا",  # and after the absolute negation: "لا تنازل ولا تفاوض" (no concession)
                   # and after an impersonal "it is possible/necessary" (a verb would need أن: "يمكن أن
                   # تطرد"): "لا يمكن طرد هؤلاء المهاجرين إلى إريتريا" names no one who expels
                   "يمكن", "ويمكن", "يجب", "ويجب", "ينبغي", "يتعين", "يستحيل", "يصعب"})
# a finite verb never follows a preposition: after one a verb form is its verbal noun ("نجح في
# قتل عدد من قادة الحوثي": the killing, done by the army; "تمكن من قتل": من too, the relative
# "مَن قتل" being rare in news)
PREP_BEFORE_NOUN = fold({"في", "عن", "على", "إلى", "من"})
# receiving aid or backing: "ويلقى دعماً من إيران", "تلقت الحكومة مساعدات من السعودية" (the giver after
# من or the noun's genitive: "وحظي التجمع بدعم السلطات البوسنية"، "لم ينل سوى تأييد روسيا والصين";
# the subject of the receiving verb is helped)
RECEIVE = fold({"تلقى", "تلقت", "تلقوا", "يتلقى", "تتلقى", "يتلقون", "يلقى", "تلقي", "تلقيها", "تلقيه",
                 "تلقيهم", "حصل", "حصلت", "يحصل", "تحصل", "حصول", "حصولها", "حصوله", "تسلم", "تسلمت", "استلم",
                 "استلمت", "يتسلم", "تتسلم", "حظي", "حظيت", "يحظى", "تحظى", "نال", "نالت", "ينال", "تنال",
                 "ينل", "تنل"})
STOP_WORDS = fold({"وقف", "إيقاف", "إنهاء", "انهاء", "لوقف", "بوقف", "رفع"})
STATEMENT_VERB_TYPES = {"ACCUSE", "REJECT", "THREATEN"}
# the act a charge names is not told as done ("اعتقلته السلطات التركية بتهمة التعاون مع حزب العمال")
CHARGE_NOUNS = fold({"تهمة", "تهم", "بتهمة", "بتهم", "تهمتي", "بتهمتي"})
# the pronoun on ب after a threat verb that points back to the act named before it: "هجوما واسعا
# لوحت به دمشق"، "ضربات محتملة تهدد بها الدول الغربية" (the act is only threatened, by the one after)
THREATENED_WITH = fold({"به", "بها", "بهما", "بهم"})
THREATENED_REACH = 3  # words (adjectives, a quote) between the act and the threat verb
# backing in battle, read as SUPPORT (the backer's ب before the noun, or the participle): "بدعم من
# التحالف"، "بإسناد من"، "قوات مدعومة/مسنودة بغطاء جوي من": backer and backed fight on one side
BACKING = ("بدعم", "بإسناد", "باسناد", "مدعوم", "المدعوم", "مسنود", "المسنود")
REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "PROTEST"}
DEFENDED_REACH = 12  # "دافع ماكرون، أمام البرلمان الأوروبي، الثلاثاء، عن الضربات": the verb to its act
# accusing: "اتهم X بـ" (the charge follows ب; ندد ب, أدان names its target after ب)
CHARGE_VERBS = fold({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "اتهمته", "اتهمتها", "اتهمه", "اتهمها",
                      "اتهمتهم", "اتهمهم"})
# a campaign of an act: the word after is its verbal noun ("حملة خطف واسعة استهدفت صحفيين")
CAMPAIGNS = fold({"حملة", "حملات", "موجة", "سلسلة"})
# reinforcements after a strike verb are what it struck, no mobilizing of their own, even past the strike's
# means and time: "استهدف طيران التحالف بأربع غارات جوية، الجمعة، تعزيزات لميليشيات الحوثي"
STRUCK_REACH = 14
LAUNCHES = fold({"شن", "شنت", "شنوا", "يشن", "تشن", "يشنون"})  # who launches a campaign does its act
COMPLEMENT_REACH = 10  # tokens from an accusation, a threat or a demand to its complement
# acts whose content is a clause after أن: what one must do, is accused of, threatens or denies
# ("يجب على قطر أن تدفع"); a trigger the learned model names there is that content, no act
CONTENT_ACTS = {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}
MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
SESSION_PARTNERS = fold({"مع", "بين"})  # a body's session with a party named: "اجتماع الاتحاد الأوروبي مع تركيا"
SUMMITS = fold({"قمة", "القمة", "قمم", "القمم"})
AGENT_GENITIVE_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "RETREAT"}  # "دعوات فرنسا", "انسحاب القوات الأمريكية"
GENITIVE_TARGET_TYPES = {"SUPPORT", "AID", "COERCE", "ASSAULT", "AGREE", "COOPERATE", "SANCTION", "CONCEDE"}
BEFORE_WINDOW = 30
AFTER_WINDOW = 15
FALLBACK_PREPS = {None, "مع", "ب", "ل", "ضد", "من"}
FALLBACK_REACH = 8
PLACE_KINDS = ("city", "state")
# where the object of a verb with a pronoun subject may stand: bare or partitive ("فرقة من X"); but
# a first-person verb's object is bare ("لن نسمح بتحويل أسلحة من سوريا": Syria is where from)
OBJECT_PREPS = {True: (None,), False: (None, "من")}
OBJECT_REACH = 14  # a verb's object may follow adverbials ("في حوار نشرته جريدة ...، جماعة الإخوان")
AGAINST_MEDIA_TYPES = {"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "THREATEN", "REJECT"}
APPOSITION_REACH = 7  # tokens from a name to one named in its apposition
SENTENCE_REACH = 25  # tokens, for the sentence-level target guess
TIME_WINDOW = 8
SOLE_TIME_WINDOW = 20

FUTURE_CUES = fold({"سوف", "يعتزم", "تعتزم", "يعتزمون", "اعتزام", "اعتزامه", "اعتزامها", "اعتزامهم", "يسعي", "تسعي",
               "يسعيان", "تسعيان", "يسعون", "ينوي", "تنوي", "ينوون", "نيه", "نيته", "نيتها", "يخطط", "تخطط",
               "المقرر", "مقرر", "تعتزمان", "يعتزمان", "سعي", "سعيه", "سعيها"})
# a future main verb carries to its حيث clause: "وسيكون الجدول ... حوالي أسبوع، حيث تزور غانا"
FUTURE_MAIN = fold({"سيكون", "ستكون", "سيتم", "ستتم", "سيبدأ", "ستبدأ"})
NEGATION_CUES = fold({"لم", "لن", "ليس", "ليست", "لا", "عدم", "دون"})
# a verbal noun right after these names an act that is not done ("مشددا على عدم استهداف المدنيين"،
# "دون توجيه اتهامات"): no event; unless a negation before makes it one ("لن يمر من دون عواقب")
# or ب makes it the content of a request ("أقنع ترامب بعدم سحب القوات")
NOT_DONE = fold({"عدم", "دون", "بدون"})
# nor does a verb right after these and لم: the act not done is a threat's or a warning's condition ("هددت
# الولايات المتحدة بفرض مزيد من العقوبات على تركيا إذا لم تفرج عن القس"، "ما لم توافق بريطانيا")
UNLESS = fold({"اذا", "ما", "لو", "ان"})
# nor a verbal noun after "ضرورة": the act is what a demand says is needed ("شدد على ضرورة تعاون روسيا وإيران
# وتركيا"، "يتفقان على ضرورة منع تقدم القوات التركية")
NEEDED = fold({"ضرورة", "ضروره"})
# nor one after في that a failure governs: "فشل روسيا في منع الأسد"، "فشلت السعودية والإمارات في شن حرب منسقة"
FAILED = fold({"فشل", "فشلت", "فشلوا", "فشلا", "فشله", "فشلها", "فشلهم", "يفشل", "تفشل"})
FAILED_REACH = 6
# nor an act named as what one fears ("خشية وقوعهم في حصار كامل"، "وتخشى أنقرة أن يتسبب هجوم كبير على إدلب"،
# "تحسبا من خروج تظاهرات"): a verbal noun within FEARED_REACH words after these
FEARED = fold({"خشية", "خشيه", "تخشى", "يخشى", "خوفا", "تحسبا", "مخافة"})
FEARED_REACH = 4
DENIAL_CUES = fold({"نفي", "نفت", "ينفي", "تنفي", "نفيه", "نفيها", "كذب", "كذبت", "تكذيب"})
# (and an expected act, "وتوقع موافقة الولايات المتحدة على ذلك خلال شهور", "ومن المتوقع أن يلتقي")
HYPOTHETICAL_CUES = fold({"اذا", "لو", "حال", "ربما", "يحتمل", "احتمال", "توقع", "يتوقع", "تتوقع", "يتوقعون",
                          "المتوقع", "متوقع", "متوقعا"})
CONDITIONS = fold({"اذا", "لو", "حال"})  # a condition, not a mere possibility
SPEECH_VERBS = fold({"قال", "قالت", "قالوا", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت",
                "كشف", "كشفت", "اوضح", "اوضحت", "اضاف", "اضافت", "صرح", "صرحت", "نقل", "نقلت", "اشار",
                "اشارت", "زعم", "زعمت", "ادعي", "ادعت", "نفى", "نفت", "نفوا", "ينفي", "تنفي"})
# going on speaking ("وتابع نتنياهو بالقول إن"، "وأردف الأزهري"): the speaker of what follows, for a
# first-person verb and the sentences after (not "مركز تابع للأمم المتحدة", affiliated)
CONTINUE_VERBS = fold({"تابع", "تابعت", "اردف", "اردفت", "استطرد", "استطردت"})
SAYING = fold({"القول", "قائلا", "قائلة", "قائلين"})  # "وتابع بالقول:"، "وتابع قائلا:"
# verbs that name a claim's source besides SPEECH_VERBS: the present tense and stressing
CLAIM_VERBS = SPEECH_VERBS | fold({"يقول", "تقول", "يقولون", "تقولان", "يؤكد", "تؤكد", "يذكر", "تذكر", "يشير",
                                    "تشير", "يوضح", "توضح", "يضيف", "تضيف", "شدد", "شددت", "يشدد", "تشدد",
                                    "لفت", "لفتت", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "اورد", "اوردت",
                                    "كتب", "كتبت", "غرد", "غردت"})
SPEECH_TIMES = fold({"اليوم", "امس", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                      "الجمعه", "السبت", "ايضا", "كذلك", "حينها", "مجددا", "يوم"})
SPEECH_VENUES = fold({"تصريح", "تصريحات", "بيان", "مقابله", "حديث", "كلمه", "مؤتمر", "تغريده", "رساله"})
NOT_SPEAKERS = fold({"اثر", "بعد", "قبل", "خلال", "عقب", "حيث", "كما", "ايضا", "وان", "ان", "فيه"})
CONTRAST = fold({"بينما", "فيما"})
# a speech verb in a clause of time tells when, not who claims the story: "وزاد التوتر مع إيران منذ أن
# أعلن ترامب انسحاب الولايات المتحدة"، "عندما أعلن البيت الأبيض فرض عقوبات"
WHEN_CLAUSE = fold({"عندما", "حين", "حينما", "بعدما", "منذ", "وعندما", "وحين", "وبعدما", "ومنذ"})
# between a speaker named first and the verb of saying: "ترامب، كان قد كشف، الخميس، أن"
BEFORE_SPEECH = fold({"كان", "كانت", "قد", "،", ","})
THAT = fold({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", ":"})
ACCORDING_SAID = fold({"حسبما", "بحسبما"})  # "حسبما قال المرصد": as X said
ACCORDING_TO = fold({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"})
SOURCE_NOUNS = fold({"مصادر", "مصدر", "المصادر", "المصدر", "مسؤول", "مسؤولون", "متحدث", "المتحدث", "بيان",
                "البيان", "تقارير", "تقرير", "شهود", "ناشطون", "ناشطين", "نشطاء", "الناشطين", "النشطاء", "وسائل", "مراسل", "وكاله", "صحيفه"})
# "أدان المتحدث باسم الحكومة الإيرانية محمد باقر نوبخت": the spokesman as an act's own subject
# speaks for the body named after باسم, which is then the act's source
SPOKESMEN = fold({"المتحدث", "الناطق", "المتحدثة", "الناطقة", "متحدث", "ناطق", "متحدثة", "ناطقة", "الرسمي", "الرسمية",
                  "رسمي", "رسمية", "باسم", "اسم", "ب"})
# "حمّل المتحدث باسم البيت الأبيض، راج شاه، حركة حماس مسؤولية": where the second object may be
SECOND_OBJECT_REACH = 14
# a condemnation aims at the doer a relative clause names ("أدانت فرنسا "العنف الذي استخدمه الجيش
# الإسرائيلي""، "للمجزرة التي ارتكبتها قوات الجيش")
RELATIVE_DOER_VERBS = DOER_VERBS | fold({"استخدمه", "استخدمها", "استخدمته", "استخدمتها", "يستخدمها", "تستخدمها",
                                         "يمارسها", "تمارسها", "مارسها", "مارستها", "تقوم", "يقوم"})
RELATIVE_DOER_REACH = 14
# "ما وصفه بـ" (what he called), before the act a condemnation names
CALLED = fold({"ما", "بما", "عما", "مما", "لما", "وصفه", "وصفته", "وصفها", "وصفتها", "وصفوه", "وصفوها", "أسماه",
               "أسمته", "أسماها", "سماه", "سمته", "سماها", "ب", "بـ", '"', "«", "“"})
CONDEMNED_OWNER_REACH = 6  # tokens from a condemned act to its owner: "بـ"التحركات غير القانونية" لتركيا"
OBJECT_ADJECTIVE_REACH = 6  # tokens from a verb to the adjective on its object: "لمواجهة التهديد الإيراني"
# adjectives of a source noun that end in no nationality suffix: "مصدر مسؤول بوزارة الخارجية السعودية"
SOURCE_ADJECTIVES = fold({"مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "كبير", "كبار", "رفيع", "رفيعه", "مطلع", "مطلعه", "مطلعون"})
RELATIVES = fold({"الذي", "التي", "الذين", "اللذين", "اللتين"})
# "تعرضت دوما لهجوم كيميائي": the subject of تعرض suffers the act named after its ل
EXPERIENCE = fold({"تعرض", "تعرضت", "تتعرض", "يتعرض", "يتعرضون", "تعرضوا", "تعرضن", "تعرضه", "تعرضها",
                    "تعرضهم", "وتعرض", "وتعرضت", "يتعرضان", "تتعرضان"})
EXPERIENCE_REACH = 10
# the act named before its sufferer: "الهجمات الصاروخية التي تتعرض لها المملكة"، "عدوان جديد تتعرض له
# بعض المواقع" (the sufferer follows the pronoun; the doer only as a marker names it: "من قبل الحوثيين")
SUFFERED_PRONOUNS = fold({"له", "لها", "لهم", "لهما", "لهن"})
SUFFERED_REACH = 4  # words from the act's noun to the verb, past its adjectives and the relative
# a verbal noun of these inside a أن clause takes no doer from before it, unless its teller says it
# (extract._other_clause): attacks, arrests, meetings, signings, aid, withdrawals named in a warning or
# a view are mostly others' ("وحذر بوتين من أن ضربات جديدة ضد سوريا"، "ورأت المحكمة أن التوقيع على
# الاتفاقية"); charges, demands, backing and cooperation are mostly the teller's own (measured: they lost hits)
OTHER_CLAUSE_TYPES = {"ASSAULT", "CONSULT", "CONCEDE", "RETREAT", "REJECT", "SANCTION", "THREATEN", "AID", "MOBILIZE", "COERCE", "AGREE"}
BARE_THAT = fold({"ان", "بان"})  # "أنها"، "بأنه" name the speaker as the clause's subject: he may be its doer
# saying, stressing, denying: the speaker may tell his own act ("مؤكدا أن تحرير مطار الحديدة جزء من خطة")
ASSERTING = CLAIM_VERBS | fold({"مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مضيفا", "مضيفة", "معلنا",
                                "معلنة", "مشددا", "مشددة", "شدد", "شددت", "نافيا", "نافية"})
# "تواجه قوات الأسد اتهامات بقتل الأبرياء": the subject of واجه is the target of the act it faces
FACE = fold({"واجه", "واجهت", "يواجه", "تواجه", "واجهوا", "يواجهون", "يواجهان", "تواجهان"})
ON_REQUEST = [normalize_key("بناء"), normalize_key("على")]
IN_ANSWER = fold({"استجابة", "تلبية", "استجابه", "تلبيه"})
BETWEEN_TITLE_REACH = 5  # words of a title between بين (or its و) and the party named
# where a death happened, with the other side after it: "في مواجهات مع", "في غارة ل"
BATTLE_NOUNS = fold({"مواجهات", "المواجهات", "معارك", "المعارك", "اشتباكات", "الاشتباكات", "غاره", "غارات",
                      "الغارات", "قصف", "هجوم", "كمين", "معركه", "قصفا", "غارتين"})
BATTLE_REACH = 20
ORG_HEADS = fold({"منظمة", "منظمه", "شركة", "حركة", "جماعة", "جمعية", "مركز", "مؤسسة", "حزب", "هيئة", "رابطة",
                   "اتحاد", "نقابة", "لجنة", "المنظمة", "الشركة", "الحركة", "الجماعة", "الجمعية", "المركز",
                   "المؤسسة", "الحزب", "الهيئة"})
KILLED = fold({"قتل", "وقتل", "قتلت", "وقتلت"})
WOUNDED = fold({"اصيب", "واصيب", "اصيبوا", "واصيبوا", "جرح", "وجرح", "اصابه", "واصابه", "جرحوا"})
# ... or killed with their companions: "قتل القيادي الحوثي ... مع عدد من مرافقيه في غارة"
COMPANIONS = fold({"مرافقيه", "مرافقيها", "مرافقيهم", "مرافقيهما", "حراسه", "عناصره"})
PASSIVE_CUE_REACH = 12
# "بحسب ما نقلته وكالة ...", "وفق ما ذكرت صحيفة ...": the report verb between
REPORT_VERBS = fold({"ما", "نقلته", "نقلت", "ذكرته", "ذكرت", "اوردته", "اوردت", "افادت", "اعلنته", "اعلنت",
                      "نشرته", "نشرت", "قالته", "قالت", "اكدته", "اكدت",
                      # the masculine object pronoun: "حسب ما أعلنه المتحدث", "وفقا لما ذكره"
                      "نقله", "ذكره", "اورده", "اعلنه", "نشره", "قاله", "اكده", "افاده"})
QUOTE_STOPS = fold({"ان", "إن", "عن", "ل", "الي", "،", ",", ":", "\"", "«", "."})

# "المرصد السوري، ومقره بريطانيا": the seat named after these describes the one before, no party
SEAT_WORDS = fold({"مقره", "مقرها", "ومقره", "ومقرها", "مقرهم", "ومقرهم"})
NEAR_WORDS = fold({"قرب", "بالقرب", "قريبا", "بمحاذاة"})
MAKER_WORDS = fold({"الصنع"})  # "صواريخ باليستية إيرانية الصنع": the nationality names the maker
AFFILIATION = fold({"الموالي", "الموالية", "الموالين", "الموالون", "موالية", "موالين", "موالون",
                     "المقرب", "المقربة", "المقربين", "المقربون", "مقربة", "العضو", "عضو", "الأعضاء", "أعضاء"})

# "أقام الجهاز العسكري النسائي التابع لمليشيات الحوثي عرضاً عسكرياً": an unnamed body that is
# theirs acts for them
BELONGING = fold({"التابع", "التابعة", "تابع", "تابعة", "التابعين", "التابعون", "تابعين", "تابعون"})
CONTRASTS = fold({"لكن", "ولكن"})
DIRECTIONS = fold({"شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي", "وسط", "داخل",
                    "شمالا", "جنوبا", "شرقا", "غربا"})

# an object pronoun stands for an actor (not for a weapon or a text) in these acts
# what one owns or runs, with the owner's pronoun, as the object of a ban or seizure: "وحظرت نشاطها
# وتحفظت على أصولها" (the group named before is banned); the owner is the one acted on
OWNED = fold({"نشاط", "أنشطة", "أصول", "أموال", "ممتلكات", "أملاك", "حسابات", "أرصدة", "مقرات", "مكاتب"})
# "to carry out" right before ب + a verbal noun, with no subject between: "إذ تقوم بوضع آلياتها ... وتقوم
# بقصف قرى" (the act is the verb's, whose subject carries on from the clause before)
DO_VERBS = fold({"قام", "قامت", "يقوم", "تقوم", "قاموا", "يقومون", "تقومان", "يقومان"})
PRONOUN_OBJECT_TYPES = {"ASSAULT", "COERCE", "AID", "SANCTION", "ACCUSE", "THREATEN", "REQUEST"}

# "وتشن حملة عسكرية ضدهم", "آخر معاركها ضده": a pronoun on the attack's preposition stands for
# the one attacked, named before (against, on: ضد، على)
AGAINST_PRONOUNS = {p + s: p for p in fold({"ضد", "على"}) for s in ("ه", "ها", "هم", "هما")}
AGAINST_REACH = 3  # tokens from the trigger's end to such a preposition
POSSESSOR_REACH = 6  # tokens between the doer and its possessed verbal noun ("كثفت X خلال الأيام الماضية غاراتها")

# an attack is made on or against someone: "قتل عشرة في غارات للتحالف" names the striker
# after ل, "اشتبكت مع" the other side, "قصفت بالصواريخ" the weapon after ب
# "بحق": against ("مذكرة اعتقال بحق نائب الرئيس"، "إعدامات بحق ستة رهائن"), read as one preposition
AGAINST = "بحق"
TYPE_TARGET_PREPS = {"ASSAULT": fold({"على", "ضد"}) | {AGAINST}}
DEFAULT_TARGET_PREPS = fold({"مع", "إلى", "ضد", "على", "ل", "ب"}) | {AGAINST}

# a threat whose doer is a nationality adjective on it ("لمواجهة التهديد الإيراني"): a standing
# danger, not a threat made to anyone the sentence names, so no target is guessed for it (other
# types keep their guess: "بعد اتصالات مصرية مكثفة" with the side named before)
ADJECTIVE_DOER_UNGUESSED = {"THREATEN"}

# the offices of a state that command no force: an attack read as theirs is one they speak of
# ("وزارة الخارجية الروسية" on fire opened at the Syrian army, "وزارة الخزانة الأميركية" targeting Iran
# with sanctions)
UNARMED_OFFICES = fold({"الخارجية", "الخزانة", "المالية", "العدل"})

# who holds a place named in passing ("إدلب، التي تسيطر عليها المعارضة"، "المناطق الخاضعة لسيطرة
# الحكومة"، "تحت سيطرة الحوثيين"): a description of the place, not a doer of the act told
CONTROL_VERBS = fold({"تسيطر", "يسيطر"})
CONTROL_ON = fold({"عليها", "عليه", "عليهما", "عليهم"})
CONTROL_NOUNS = fold({"سيطرة"})

# a side's leader named by a relative verb ("التحالف الذي تقوده السعودية"، "هجوما على ساحل البحر
# الأحمر، تقوده الإمارات"): on that side, like "بقيادة"
LEADING_VERBS = fold({"تقوده", "يقوده", "تقودها", "يقودها", "قادها", "تتزعمه", "يتزعمه", "تتزعمها", "يتزعمها"})
