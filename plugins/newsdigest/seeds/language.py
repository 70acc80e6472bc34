"""Step: tell the language of the article from its most frequent short words."""

from __future__ import annotations

from collections import Counter

from .draft import Draft, Role
from .vocabulary.language import STOPWORDS

TEXT_ROLES = (Role.TITLE, Role.LEDE, Role.PARAGRAPH, Role.HEADING, Role.LIST_ITEM)
MIN_EVIDENCE = 3


def detect_language(text: str, default: str = "fr") -> str:
    """The language whose frequent words the text uses most, else ``default``.

    >>> detect_language("The talks were over, he said."), detect_language("")
    ('en', 'fr')
    """
    counts = Counter(token.strip(".,;:!?«»\"'()") for token in text.casefold().split())
    scores = Counter(
        {
            lang: sum(count for token, count in counts.items() if token in words)
            for lang, words in STOPWORDS.items()
        }
    )
    lang, score = max(sorted(scores.items()), key=lambda item: item[1])
    return lang if score >= MIN_EVIDENCE else default


def find_language(draft: Draft) -> None:
    """Record the language of the article's text."""
    text = " ".join(line.text for line in draft.lines if line.role in TEXT_ROLES)
    draft.found.lang = detect_language(text, draft.default_lang)
