"""Boilerplate that scrapers leave in article text: related-links and share widgets.

Folded spellings (rasd.text.normalize.normalize_key: no tatweel or diacritics, أإآ -> ا,
ى -> ي, ة -> ه). A paragraph that starts with one of these, followed by nothing, a
colon or a short headline, is a widget and is removed with the reason given.
"""

RELATED_LINKS = (
    "اقرا ايضا", "اقرا ايضاً", "اقرا كذلك", "اقرا المزيد", "اقرا الخبر", "اقرا:", "اقرا ..", "اقرا..",
    "طالع ايضا", "طالع كذلك", "طالع:", "شاهد ايضا", "شاهد كذلك", "شاهد:", "شاهد..", "شاهد ..",
    "شاهدوا ايضا", "اخبار ذات صله", "مواضيع ذات صله", "مقالات ذات صله", "روابط ذات صله",
    "موضوعات ذات صله", "قد يهمك ايضا", "قد يهمك", "للمزيد من الاخبار", "المزيد من الاخبار",
    "اخترنا لك", "الاكثر قراءه", "الاكثر مشاهده", "تابع ايضا",
)

SHARE = (
    "شارك هذا", "شارك المقال", "شارك الخبر", "شاركوا", "شارك على", "شارك عبر", "تابعونا على",
    "تابعونا عبر", "تابعنا على", "تابعنا عبر", "انشر على", "اشترك في النشره", "اشترك في نشرتنا",
)

# A widget line carries at most a headline after the phrase.
MAX_WIDGET_WORDS = 30

# News agencies and channels whose dateline opens a paragraph: "دبي، الإمارات العربية المتحدة
# (CNN)-- ..." (a place and the agency, not actors of the story).
DATELINE_AGENCIES = (
    "CNN", "سي إن إن", "رويترز", "أ ف ب", "أ.ف.ب", "ا ف ب", "د ب أ", "د.ب.أ", "يو بي آي", "واس", "وام", "قنا",
    "كونا", "بترا", "سانا", "الأناضول", "سبوتنيك",
)
# the place part of a dateline: at most this many words
MAX_DATELINE_WORDS = 6
