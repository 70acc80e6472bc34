"""A peeress named by her title and her husband's surname ("Lady Quimby") is
the woman the article names as his wife ("Sir Jo Quimby and his wife,
Ann"): one person under her full name, Ann Quimby. Nothing here imports
Pelican.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions import Mention
from .text import fold

if TYPE_CHECKING:
    from .resolve import Entity
    from .vocabulary import Vocabulary

PERSON = "personne"
WORD = r"[A-ZÀ-Ý][\w'’-]+"
# "Jo Quimby and his wife, Ann", "Jo Quimby et son épouse, Ann": a first
# name alone (no surname after it) for the wife of a man named in full.
HIS_WIFE = re.compile(
    rf"(?P<man>{WORD}(?: {WORD})+),? (?:and|et) (?:his wife|son épouse|sa femme),? "
    rf"(?P<first>{WORD})\b(?![ \u00a0]+[A-ZÀ-Ý])"
)


def join_wives(entities: dict[str, Entity], text: str, vocabulary: Vocabulary) -> None:
    """Put (in place) each "Lady X" under the full name of the wife the text
    gives X, with the first name's mention.

    >>> from .resolve import Entity
    >>> from .vocabulary import vocabulary
    >>> text = "Lady Quimby spoke. Sir Jo Quimby and his wife, Ann"
    >>> lady = Entity("lady quimby", "Lady Quimby", PERSON, False,
    ...     mentions=[Mention(0, 11, "Lady Quimby", PERSON)])
    >>> found = {"lady quimby": lady}
    >>> join_wives(found, text, vocabulary())
    >>> [(k, [text[m.start:m.end] for m in e.mentions]) for k, e in found.items()]
    [('ann quimby', ['Lady Quimby', 'Ann'])]
    """
    women = vocabulary.peerages - vocabulary.male_peerages
    for match in HIS_WIFE.finditer(text):
        surname = match.group("man").split()[-1]
        titled = [
            key
            for key in entities
            if len(key.split()) == 2
            and key.split()[0] in women
            and key.split()[1] == fold(surname)
        ]
        if len(titled) != 1:
            continue
        full = f"{match.group('first')} {surname}"
        start, end = match.span("first")
        for key in list(entities):
            entities[key].mentions = [
                m for m in entities[key].mentions if m.start != start
            ]
            if not entities[key].mentions and key not in titled:
                del entities[key]
        wife = entities.pop(titled[0])
        wife.mentions.append(Mention(start, end, full, PERSON))
        wife.key = fold(full)
        if wife.key in entities:
            entities[wife.key].mentions.extend(wife.mentions)
        else:
            entities[wife.key] = wife
