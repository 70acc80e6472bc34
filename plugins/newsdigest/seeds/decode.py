"""Turn the bytes of a seed file into clean text, or say why they are not text.

Editors paste from any browser on any system, so a seed may arrive in UTF-8
(with or without a BOM), UTF-16, Windows-1252 or Latin-1, with CRLF or CR line
ends, and with invisible characters that would spoof the page (zero-width and
bidirectional controls). Files that are not text at all (a PDF or an image
renamed ``.txt``, binary garbage) are rejected with a message naming what
they look like.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import SeedError

# Leading bytes of formats an editor may save by mistake under a .txt name.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image or WAV sound)"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that must never reach a page: bidirectional overrides and
# isolates (they can reorder what a reader sees), soft hyphens, invisible
# operators, the C0/C1 controls other than tab and newline, and what XML 1.0
# forbids (non-characters such as U+FFFE and U+FFFF, lone surrogates): one
# of those in a title made every feed malformed. Zero-width spaces and
# joiners stay in the text (emoji need the joiner, and pages carry them);
# comparisons, tags and slugs ignore them.
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)
)
INVISIBLE = re.compile(
    "[\u00ad\u200e\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069"
    "\ufff9-\ufffb\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff"
    + NONCHARACTERS
    + "]"
)
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
TRAILING_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+$", re.MULTILINE)
LEADING_SPACE = re.compile(r"^[ \t\u00a0\u2000-\u200a\u202f\u3000]+", re.MULTILINE)

# Share of characters that must look like text (letters, digits, spaces,
# punctuation) for a decoded file to be accepted as a seed.
MIN_TEXT_SHARE = 0.85


def decode_seed(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a seed, or raise SeedError.

    >>> decode_seed("Élysée\\r\\nParis".encode("cp1252"), "x.txt")
    ('Élysée\\nParis', 'cp1252')
    """
    if not data.strip():
        what = "empty" if not data else "only whitespace"
        raise SeedError(path, 1, f"the file is {what}: paste an article into it")
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise SeedError(path, 1, f"this looks like {kind}, not pasted text")
    text, encoding = _decode(data)
    share = _text_share(text)
    text = normalize_text(text)
    if not text.strip():
        raise SeedError(path, 1, "the file holds no visible text")
    if share < MIN_TEXT_SHARE:
        raise SeedError(
            path,
            1,
            f"this does not look like text ({share:.0%} readable characters, "
            f"decoded as {encoding}): save the article as plain text",
        )
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: Latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 from the zero bytes ASCII text leaves on one side."""
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.6 and even_zeros < half * 0.1:
        return "utf-16-le"
    if even_zeros > half * 0.6 and odd_zeros < half * 0.1:
        return "utf-16-be"
    return None


def normalize_text(text: str) -> str:
    """Unify line ends, drop invisible characters, compose accents (NFC).

    >>> normalize_text("a\\u202eb\\r\\nc\\rd\\u2066  ")
    'ab\\nc\\nd'
    """
    text = LINE_BREAKS.sub("\n", text.removeprefix("\ufeff"))
    text = INVISIBLE.sub("", text).replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    text = TRAILING_SPACE.sub("", text)
    return LEADING_SPACE.sub("", text)


def clean_value(text: str) -> str:
    """A front-matter value as seed text is cleaned: invisible characters
    removed, accents composed, every run of spaces and line breaks one space.

    >>> clean_value(" Un\\u202e titre\\x07\\n sur deux lignes\\uffff ")
    'Un titre sur deux lignes'
    """
    return " ".join(unicodedata.normalize("NFC", INVISIBLE.sub("", text)).split())


# Unicode categories of characters that prose is made of.
PROSE_CATEGORIES = frozenset(
    "Lu Ll Lt Lm Lo Mn Mc Nd No Zs Pc Pd Ps Pe Pi Pf Po Sc".split()
)


def _text_share(text: str) -> float:
    """Share of characters, before cleaning, that prose is made of."""
    sample = text[:20000]
    readable = sum(
        1
        for char in sample
        if char in "\n\r\t" or unicodedata.category(char) in PROSE_CATEGORIES
    )
    return readable / len(sample)
