"""Proclitics and the words that only look as if they carried one.

Data only; the rules that use it are in rasd.text.tokenize.
"""

# Conjunctions, then prepositions; a word may carry one of each (و+ب+...).
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"

# Prefix combinations tried longest first.
PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")

# Function words and frequent words that begin with a proclitic letter but carry none
# (or whose split helps nobody). Folded spellings (see rasd.text.normalize).
KEEP_WHOLE = frozenset("""
كان كانت كانوا كانا كنت كنا يكون تكون لكن لكنه لكنها لكنهم لم لن لا له لها لهم لهما لهن لك لكم لنا لي
لدى لدي لديه لديها لديهم لقد لان لانه لانها لذلك لذا لكي لما لو لولا ليس ليست ليسوا لعل لازال
كما كل كلا كلي كلما كيف كي كذلك كأن كان كالتالي بين بينما بعد بعض بل بها به بهم بهذا بهذه بان بانه
بد بدون بسبب بشان بحسب بفضل بغض بينهم بيننا بذلك فيه فيها فيهم في فيما فقط فوق فان فانه فانها
ولي ولد وكيل وزير وزاره وزراء وطن وطني وطنيه ولايه والي وفد وفاق وقت وقف وفق وحده وسط واحد واحده
وجه وجود وصل وصول وضع وقع وليد وائل وسام وديع وهيب فارس فادي فيصل فؤاد فتحي فاطمه بسام بشار بشير
بحر بحار بحري بحريه بحرين لجان لجنه بلد بلدان بلديه بنك بنوك فريق فرق فصائل فصيل كتائب كتيبه لواء
كريم كمال كامل كمالا بكر بلال لبنى ليلى لطفي لؤي فراس فرح لبنان ليبيا بغداد بيروت فلسطين كردستان
فرنسا بريطانيا بلجيكا بولندا بلغاريا كندا كوبا كوريا كينيا بنغلاديش باكستان البحرين بوركينا بورندي
بيونغ بيونغيانغ لندن باريس برلين بكين بيجين واشنطن وهران فاس بنغازي لاهاي لوزان فيينا بروكسل كابول كراتشي لاغوس
""".split())

# Tokens that are a preposition written apart with tatweel: لـ"العربي, بـ"داعش".
TATWEEL_PREPOSITIONS = ("لـ", "بـ", "كـ", "ولـ", "وبـ", "فلـ", "فبـ")
