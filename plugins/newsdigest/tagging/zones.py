"""The stretches of an article's text that are not the article's own words:
photo credits, bylines and credit lines left in the body, datelines. A name
said only there is no tag. Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Photo credits: "(Adel Hana/Associated Press)", "(AP Video by Ann Lee)", "©
# Henri Frasque", "Photo : X", and "AP Photo/Alex Brandon" or "Jacquelyn
# Martin / Associated Press" ending a paragraph.
CAPITALISED = r"[A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,3}"
CREDIT = re.compile(
    r"\([^()\n]*/[^()\n]*\)|\([^()\n]*\b(?:Photo|Video)s? by [^()\n]*\)"
    r"|©[^\n]*|\b(?:Photo|Crédit|Credit)s? ?:[^\n]*"
    rf"|{CAPITALISED} ?/ ?{CAPITALISED}$",
    re.MULTILINE,
)
# A paragraph with an e-mail address is a contact box, not the story.
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# A short block that signs or credits rather than tells: "Par Jean Dupont,
# correspondant à Rome", "Un texte de X", "By Jane Doe", "X / AP", "Reuters".
SIGNING = re.compile(
    r"(?:par|by|de notre (?:correspondante?|envoyée? spéciale?)|un texte de|"
    r"une analyse de|propos recueillis par|avec|with|reporting by|"
    r"written by|photos?|vidéo|video|crédits?|credits?|source)\b",
    re.IGNORECASE,
)
SLASHED = re.compile(r"\S\s*/\s*\S")
MAX_SIGNING_CHARS = 120
# A dateline opening a paragraph: "NEW YORK (Reuters) -", "KYIV, Ukraine (AP)
# —", "PARIS, 13 septembre (AFP) -", "Associated Press in Valencia".
DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,}(?:,[^()\n.]{0,40})?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]"
    r"|^[^\n]{0,40}\([A-Z][A-Za-z. ]{1,25}\)\s*[-–—]"
)


MAX_AGENCY_LINE_CHARS = 60
# A person's name in a credit: two to four capitalised words beside the
# slash of "Ann Lee/AFP" or "AP Photo/Ann Lee", or after "Photos by", "©".
NAME = r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,3}"
CREDITED = re.compile(
    rf"(?<![\w.])({NAME}) ?(?=/ ?[A-Z])|/ ?({NAME})(?![\w/])|(?:Photos? by|©) ?({NAME})"
)


class Zones:
    """Sorted, disjoint (start, end) ranges of a text."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.ranges = merged
        self.starts = [start for start, _ in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ranges[index][1]


def not_own_text(
    text: str, blocks: list[tuple[int, int]], agencies: frozenset[str]
) -> Zones:
    """The credits, bylines and contact boxes of ``text``; ``blocks`` are its
    paragraphs but the title, ``agencies`` folded agency names.

    >>> text = "Par Jean Quimby, à Rome\\n\\nLe pape parle (Ann Lee/AFP)."
    >>> zones = not_own_text(text, [(0, 23), (25, 53)], frozenset({"afp"}))
    >>> zones.ranges
    [(0, 23), (39, 52)]
    """
    found = [match.span() for match in CREDIT.finditer(text)]
    for start, end in blocks:
        block = text[start:end]
        if EMAIL.search(block) or (
            len(block) <= MAX_SIGNING_CHARS and _signs(block, agencies)
        ):
            found.append((start, end))
    return Zones(found)


def credited(text: str) -> list[str]:
    """The people a photo credit names ("Ann Lee/AFP", "AP Photo/Ann Lee",
    "Photos by Ann Lee"): the article's photographers, who are no more its
    subject than its authors.

    >>> credited("Le pape parle. Ann Lee/AFP\\n\\nLa foule (AP Photo/Bo Ng).")
    ['Ann Lee', 'Bo Ng']
    """
    return list(
        dict.fromkeys(
            name
            for match in CREDITED.finditer(text)
            for name in match.groups()
            if name and not name.endswith(("Photo", "Photos"))
        )
    )


def datelines(text: str, blocks: list[tuple[int, int]]) -> Zones:
    """The datelines opening paragraphs ("ROME (AFP) -"): a place said there
    counts only when the article names it again.

    >>> datelines("ROME (AFP) - Le pape parle.", [(0, 27)]).ranges
    [(0, 12)]
    """
    found = []
    for start, end in blocks:
        match = DATELINE.match(text[start:end])
        if match:
            found.append((start, start + match.end()))
    return Zones(found)


def _signs(block: str, agencies: frozenset[str]) -> bool:
    """A short block that is a byline or a credit line ("Par X", "X / AP",
    "Associated Press in Valencia")."""
    stripped = block.strip()
    if SIGNING.match(stripped) or (SLASHED.search(stripped) and "." not in stripped):
        return True
    if len(stripped) > MAX_AGENCY_LINE_CHARS:
        return False
    key = " ".join(stripped.casefold().replace(".", " ").split())
    return any(key.startswith(a + " ") or key.endswith(" " + a) for a in agencies)
