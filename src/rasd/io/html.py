"""HTML to article text: markup, scripts, styles, navigation and forms dropped.

For HTML input the Document's original text is this extracted text; block
elements become line breaks so paragraphs survive.
"""

from __future__ import annotations

import re

DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, head"
BLOCKS = ("p, div, br, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, article, section, blockquote, "
          "figcaption, pre, table, main, dd, dt")
_BLANKS = re.compile(r"[ \t\u00a0]*\n[\s\u00a0]*")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible article text and metadata (title) of an HTML page."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    meta: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        meta["title"] = title.text(strip=True)
    tree.strip_tags(DROP.split(", "))
    root = tree.body or tree.root
    if root is None:
        return "", meta
    for node in root.css(BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    text = root.text(separator="", strip=False)
    text = _SPACES.sub(" ", text)
    text = _BLANKS.sub("\n", text).strip()
    return text, meta
