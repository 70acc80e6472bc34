"""Laws an article is about: "le projet de loi sur le renseignement" in the
headline is the theme "Loi sur le renseignement" when the article keeps
talking about the law. Nothing here imports Pelican.
"""

from __future__ import annotations

import re

from .mentions import SUBJECT_FORM, Mention
from .text import ArticleText

SUBJECT = "thème"
# "loi sur le renseignement", "loi relative à l'immigration", "loi pour la
# fin de vie": the law's object is a noun, maybe with its complement.
LAW = re.compile(
    r"\b(loi (?:sur|relative à|relative aux|contre|pour|de) "
    r"(?:l['’]|la |le |les |un |une )?\w+(?: d(?:e|u|es|e la|e l['’]) ?\w+)?)",
    re.IGNORECASE,
)
LAW_AGAIN = re.compile(r"\b(?:loi|texte|projet de loi)\b", re.IGNORECASE)
MIN_AGAIN = 2  # the rest of the article comes back to the law this often


def law_mentions(doc: ArticleText) -> list[Mention]:
    """The law the headline names, and where the article names it again.

    >>> from .text import article_text
    >>> doc = article_text("Le projet de loi sur le quimbage adopté", None, None,
    ...     "<p>La loi sur le quimbage passe. Le texte revient.</p>")
    >>> sorted({m.name for m in law_mentions(doc)})
    ['Loi sur le quimbage']
    """
    title = doc.blocks("title")
    if not title:
        return []
    start, end = title[0]
    match = LAW.search(doc.text, start, end)
    if match is None or len(LAW_AGAIN.findall(doc.text, end)) < MIN_AGAIN:
        return []
    phrase = match.group(1)
    name = phrase[:1].upper() + phrase[1:].lower()
    spelled = re.compile(re.escape(phrase), re.IGNORECASE)
    return [
        Mention(m.start(), m.end(), name, SUBJECT, SUBJECT_FORM)
        for m in spelled.finditer(doc.text)
    ]
