"""Step: a list of the page's topics printed under the headline, kept as keywords.

Pages print their topics near the headline as one line of comma-separated
names ("Justice, Emmanuel Macron, La République en marche"). Such a line is
neither a byline nor the lede: it is claimed as tags, so that no topic is
ever taken for an author.
"""

from __future__ import annotations

from .draft import Draft, Role
from .names import is_person_name
from .text import ends_sentence, words

MIN_TOPICS = 3
MAX_TOPIC_WORDS = 4
MAX_TOPIC_LINE_CHARS = 160


def find_topic_lists(draft: Draft) -> None:
    """Claim topic lines under the headline; record their topics as keywords."""
    for line in draft.header_zone():
        topics = topic_list(line.text)
        if topics:
            draft.claim(line, Role.TAGS)
            draft.found.keywords.extend(topics)


def topic_list(text: str) -> list[str]:
    """The topics of a line of comma-separated names, or [] when it is not one.

    >>> topic_list("Justice, Emmanuel Macron, La République en marche")
    ['Justice', 'Emmanuel Macron', 'La République en marche']
    >>> topic_list("Jean Test, Ana Essai, Paul Exemple"), topic_list("Oui, non, si")
    ([], [])
    """
    if len(text) > MAX_TOPIC_LINE_CHARS or ends_sentence(text):
        return []
    items = [item.strip() for item in text.split(",")]
    if len(items) < MIN_TOPICS or not all(
        item[:1].isupper() and 1 <= len(words(item)) <= MAX_TOPIC_WORDS
        for item in items
    ):
        return []
    if all(is_person_name(item) for item in items):
        return []  # co-authors, not topics
    return items
