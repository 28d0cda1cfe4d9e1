"""Closed-class words that are never a name on their own, as written (not folded: "على"
the preposition is written with ى, "علي" the name with ي). A one-word NER mention that is
one of these is a tagging error ("على" read as the name Ali)."""

FUNCTION_WORDS = frozenset("""
على إلى الى في من عن مع ضد حول بعد قبل عند لدى منذ خلال بين دون عبر نحو تجاه
هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين هو هي هم هما نحن أنا أنت
أن إن أنه إنه أنها إنها لكن كما أو أم ثم حتى قد لقد لم لن لا ما ليس كل بعض غير
""".split())
