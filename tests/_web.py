"""A small store for the web tests: the seed article and a few short Arabic articles,
analysed by rasd and stored through the store's public API; one of them is hostile
(markup that would run if it were not escaped)."""

from __future__ import annotations

from pathlib import Path

from rasd import api
from rasd.store import Store

HOSTILE = ('هاجمت قوات حفتر العاصمة طرابلس مجددا. <script>window.__pwned=1</script> '
           '<img src=x onerror="window.__pwned=1"> وقال الجيش <b>bold</b> '
           '"><svg onload="window.__pwned=1">')

SHORT = [
    ("short-1", "2019-11-20", "هددت تركيا بإرسال قوات إلى ليبيا لدعم حكومة الوفاق ضد قوات حفتر."),
    ("short-2", "2019-10-02", "اتهمت تركيا الإمارات بدعم قوات حفتر في ليبيا."),
    ("short-3", "2019-04-06", "هاجمت قوات حفتر العاصمة طرابلس."),
    ("short-4", "2020-01-10", "أعلنت مصر دعمها للجيش الوطني الليبي، وأدانت الإمارات التدخل التركي في ليبيا."),
    ("hostile", "2020-02-01", HOSTILE),
]


def build_store(path: Path, seed_text: str | None) -> Path:
    """Analyse and store the articles (the seed first, dated 2019-12-05, outlet 'alaraby')."""
    articles = ([("seed", "2019-12-05", seed_text, "alaraby")] if seed_text else []) + [
        (i, d, t, "testnews") for i, d, t in SHORT]
    with Store.open(path) as store:
        for id, date, text, outlet in articles:
            record = api.to_dict(api.analyze(text, date=date, id=id, meta={"source": outlet, "title": id}))
            store.add(record)
    return path
