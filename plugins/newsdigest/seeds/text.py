"""Small pure functions over strings that several parsing steps share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
    }
)
QUOTE_CHARS = re.compile("[" + "".join(map(chr, QUOTES)) + "]")
NOT_ALNUM = re.compile(r"[\W_]+")
ODD_SPACES = re.compile(r"[^\S ]|  ")
SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u3000]+")
# Spaces French typography puts (or not) before ; : ! ? » % and after «.
TYPOGRAPHIC_SPACES = re.compile(r"\s+(?=[;:!?»%])|(?<=«)\s+")
ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
# A list item's marker at the start of a line ("• ", "- ", "* ").
BULLET = re.compile(r"^(?:[•·▪◦●■►▶✓✔→*]|[-–—](?=\s))\s*")
SENTENCE_END = re.compile(r"[.!?…](?:[\s\u00a0]*[»\"”’')\]])*$")
CLOSING = "»\"”’')] "
PARAGRAPH_WORDS = 25
OPENING_QUOTES = "«\"“‘'"
UPPER_START = re.compile(r"^[\W_]*[A-ZÀ-ÖØ-Þ0-9]")
WORD = re.compile(r"\w+(?:['’-]\w+)*")
# A sentence ends after . ! ? … (and closing quotes) before a capital or a quote.
SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?…])(?:[\s\u00a0]*[»\"”’)])*[\s\u00a0]+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])"
)


def norm(text: str) -> str:
    """Fold case, quotes and spaces, so that two spellings of a line compare equal.

    >>> norm("  L’Est  de la\\u00a0Russie ")
    "l'est de la russie"
    >>> norm("«\\u202fQuoi\\u202f?\\u202f»") == norm("«Quoi?»")
    True
    """
    if ZERO_WIDTH.search(text):
        text = ZERO_WIDTH.sub("", text)
    text = TYPOGRAPHIC_SPACES.sub("", text)
    if QUOTE_CHARS.search(text):
        text = text.translate(QUOTES)
    if ODD_SPACES.search(text):
        text = SPACES.sub(" ", text)
    return text.strip().casefold()


def squash(text: str) -> str:
    """Keep only letters and digits, folded: ``"USA TODAY"`` -> ``"usatoday"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return NOT_ALNUM.sub("", decomposed)


def words(text: str) -> list[str]:
    """The words of a text, hyphenated and elided words kept whole."""
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    """Whether text ends like a sentence: ``.``, ``!``, ``?`` or ``…``.

    >>> ends_sentence('a dit Vladimir Poutine.»'), ends_sentence("Beaucoup de plages")
    (True, False)
    """
    return bool(SENTENCE_END.search(text.rstrip()))


def starts_upper(text: str) -> bool:
    """Whether the first letter or digit is a capital or a digit."""
    return bool(UPPER_START.match(text))


def is_prose(text: str) -> bool:
    """Whether a line reads as running text rather than a label or a title."""
    count = len(words(text))
    if count >= 25:
        return True
    return count >= 7 and ends_sentence(text)


def is_paragraph(text: str) -> bool:
    """Whether a line is a paragraph of prose ending with a full stop (a
    headline or an intertitle may ask a question).

    >>> is_paragraph("Le maire a voté le budget de la halle mardi soir."), is_paragraph(
    ...     "Pourquoi la halle de Testville a-t-elle fermé ses portes ?")
    (True, False)
    """
    if len(words(text)) >= PARAGRAPH_WORDS:
        return True
    return is_prose(text) and text.rstrip().rstrip(CLOSING).endswith(".")


def sentences(text: str) -> list[str]:
    """Split text into sentences (good enough to count and compare them)."""
    return [part.strip() for part in SENTENCE_SPLIT.split(text) if part.strip()]


def strip_outer_quotes(text: str) -> str:
    """Remove quotation marks around a whole line."""
    return text.strip().lstrip(OPENING_QUOTES).rstrip(CLOSING).strip()


def is_all_caps(text: str) -> bool:
    """Whether every cased letter is a capital (and there are at least three)."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 3 and all(
        char.isupper() for char in letters if char.isalpha()
    )


def compile_table(patterns: Iterable[str], whole: bool = True) -> re.Pattern[str]:
    """One case-insensitive regex matching any pattern of a vocabulary table.

    An apostrophe in a pattern matches the typographic one too (l'article, l’article),
    a space any space (a no-break space before a colon: "Lire aussi\u00a0:").
    """
    body = "|".join(f"(?:{pattern})" for pattern in patterns)
    body = body.replace("'", "['’]").replace(" ", r"\s")
    return re.compile(f"^(?:{body})$" if whole else body, re.IGNORECASE)


def smart_title(text: str) -> str:
    """Title-case words of four letters or more, keep short capitals as acronyms.

    >>> smart_title("USA TODAY"), smart_title("FOOTBALL"), smart_title("20 minutes")
    ('USA Today', 'Football', '20 Minutes')
    """
    out = []
    for word in text.split():
        if word.isupper() and len(word) <= 3:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


def similar(a: str, b: str) -> bool:
    """Whether two lines say the same thing once case, quotes, tags and spaces
    go; lines without a letter (digits, tags) say nothing."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 4 + 12:
        return False
    return says_something(a) and _plain(a) == _plain(b)


def says_something(text: str) -> bool:
    """Whether a line holds a letter outside its tags (not only digits and markup)."""
    return any(char.isalpha() for char in _plain(text))


def _plain(text: str) -> str:
    return squash(re.sub(r"<[^<>]{1,40}>", "", text))
