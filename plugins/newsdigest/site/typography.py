"""Typography of rendered text: French spacing and quotes, English quotes.

French text gets a narrow no-break space (U+202F) before ``; : ! ?`` and
inside « », no-break spaces inside numbers ("13 000") and before "%" and
units, curly apostrophes, and « » for straight double quotes (“ ” inside
them). English text gets curly quotes and apostrophes, nothing else. Other
languages are left as they are.

``typeset_html`` changes only the text of an HTML fragment: tags, attributes,
comments, and the text of ``code``, ``pre``, ``script``... stay byte for byte,
URLs and e-mail addresses written in the text too, and an element's ``lang``
attribute switches the rules for what it holds. Pure functions, no Pelican.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"
HIGH_PUNCTUATION = ";:!?"
# Elements whose text is never typeset.
VERBATIM = frozenset(
    "code pre kbd samp script style textarea svg math template var".split()
)
# Elements inside which a run of text goes on (a quote may open in one and
# close after it); any other tag ends the run.
INLINE = frozenset(
    "a abbr b bdi bdo cite data dfn em i mark q s small span strong sub sup time "
    "u wbr".split()
)
VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()
)
TOKEN = re.compile(r"<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)")
LANG = re.compile(r"\slang\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
# Written addresses are never touched.
ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"«»]*[^\s<>\"«».,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)
SPACE = re.compile(r"\s")
# Words after a number that a line must not separate from it.
UNITS = (
    "km/h|km²|km|cm|mm|m²|m³|m|kg|mg|g|t|l|ml|cl|h|min|s|ha|°C|°F|°|€|\\$|£|"
    "Mds?|M€|Md€|kWh|MW|GW|Go|Mo|ko"
)
NUMBER_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")
PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]?%")
UNIT = re.compile(rf"(?<=\d)[ \u00a0\u202f](?=(?:{UNITS})(?![\w/²³]))")
OPENERS = "([{«“‘—–-/"
# The only characters the quote and spacing rules change or look at (any
# other is left as it is): found at once instead of one by one.
QUOTE_MARKS = re.compile("['«»\"]")
SPACED_MARKS = re.compile(f'[{re.escape(HIGH_PUNCTUATION)}«»"]')


@dataclass
class _Run:
    """A run of text across inline elements: each character of the joined
    text maps to its output (the same character, a replacement, or a
    character with a space added before or after it)."""

    text: str
    out: list[str] = field(init=False)
    locked: list[bool] = field(init=False)

    def __post_init__(self) -> None:
        self.out = list(self.text)
        self.locked = [False] * len(self.text)
        for match in ADDRESS.finditer(self.text):
            for index in range(*match.span()):
                self.locked[index] = True

    def free(self, index: int) -> bool:
        return 0 <= index < len(self.text) and not self.locked[index]

    def space_before(self, index: int) -> None:
        """Make the spaces before ``index`` one narrow no-break space, or add one."""
        start = index
        while start > 0 and SPACE.match(self.text[start - 1]):
            start -= 1
        if start == 0:
            return  # nothing before it in this run: leave it
        if start == index:
            self.out[index] = NNBSP + self.out[index]
            return
        for position in range(start, index):
            self.out[position] = ""
        self.out[index - 1] = NNBSP

    def space_after(self, index: int) -> None:
        end = index + 1
        while end < len(self.text) and SPACE.match(self.text[end]):
            end += 1
        if end == len(self.text):
            return
        if end == index + 1:
            self.out[index] += NNBSP
            return
        for position in range(index + 1, end):
            self.out[position] = ""
        self.out[index + 1] = NNBSP


def _opens(text: str, index: int) -> bool:
    """A straight quote opens when nothing, a space or an opening sign is before it."""
    return (
        index == 0
        or SPACE.match(text[index - 1]) is not None
        or (text[index - 1] in OPENERS)
    )


def _quotes(run: _Run, lang: str) -> None:
    """Curly apostrophes; straight double quotes as « » in French (“ ” inside
    « »), “ ” in English."""
    text = run.text
    open_marks: list[str] = []  # the quotes open at this point, innermost last
    for mark in QUOTE_MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        if not run.free(index):
            continue
        if char == "'":
            single_opens = lang == "en" and _opens(text, index)
            run.out[index] = "‘" if single_opens else "’"
        elif char == "«":
            open_marks.append("«")
        elif char == "»" and open_marks:
            open_marks.pop()
        elif char == '"':
            run.out[index] = _double_quote(open_marks, _opens(text, index), lang)


def _double_quote(open_marks: list[str], opening: bool, lang: str) -> str:
    """The curly quote a straight one stands for, given the quotes open."""
    if opening:
        mark = "«" if lang == "fr" and not open_marks else "“"
        open_marks.append(mark)
        return mark
    if open_marks and open_marks[-1] == "“":
        open_marks.pop()
        return "”"
    if open_marks:
        open_marks.pop()
    return "»" if lang == "fr" else "”"


def _french_spaces(run: _Run) -> None:
    """Narrow no-break spaces before ; : ! ? and inside « », after _quotes."""
    text = run.text
    for mark in SPACED_MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        if not run.free(index):
            continue
        shown = run.out[index]
        if char in HIGH_PUNCTUATION:
            before = text[index - 1] if index else ""
            between_digits = (
                char == ":"
                and before.isdigit()
                and (text[index + 1 : index + 2].isdigit())
            )
            if not (between_digits or before in HIGH_PUNCTUATION or before in "([{/"):
                run.space_before(index)
        elif shown.startswith("«"):
            run.space_after(index)
        elif shown.startswith("»"):
            run.space_before(index)


def _french_numbers(run: _Run) -> None:
    """No-break spaces inside numbers and before "%" and units."""
    text = run.text
    for match in NUMBER_GROUPS.finditer(text):
        for index in range(*match.span()):
            if run.free(index) and SPACE.match(text[index]):
                run.out[index] = NNBSP
    for match in PERCENT.finditer(text):
        if run.free(match.start()):
            if match.end() - match.start() == 2:
                run.out[match.start()] = NNBSP
            else:
                run.out[match.start()] = NNBSP + run.out[match.start()]
    for match in UNIT.finditer(text):
        if run.free(match.start()):
            run.out[match.start()] = NBSP


RULES = {
    "fr": (lambda run: _quotes(run, "fr"), _french_spaces, _french_numbers),
    "en": (lambda run: _quotes(run, "en"),),
}


def typeset_text(text: str, lang: str) -> str:
    """Plain text typeset for its language (``lang`` "fr", "en"...).

    >>> typeset_text('Il a dit : "non" à 13 000 personnes!', "fr")
    'Il a dit\\u202f: «\\u202fnon\\u202f» à 13\\u202f000 personnes\\u202f!'
    >>> typeset_text("soit 5%", "fr")
    'soit 5\\u202f%'
    >>> typeset_text("It's \\"fine\\": 13,000 people?", "en")
    'It’s “fine”: 13,000 people?'
    >>> typeset_text("À 10:30, voir https://ex.org/a?b=c;d", "fr")
    'À 10:30, voir https://ex.org/a?b=c;d'
    """
    rules = RULES.get(_base_lang(lang), ())
    if not rules or not text:
        return text
    run = _Run(text)
    for rule in rules:
        rule(run)
    return "".join(run.out)


def typeset_html(fragment: str, lang: str) -> str:
    """An HTML fragment with its text typeset, everything else unchanged.

    >>> typeset_html('<p>Lien : <a href="https://x.org/?a=1;b">ici</a>!</p>', "fr")
    '<p>Lien\\u202f: <a href="https://x.org/?a=1;b">ici</a>\\u202f!</p>'
    >>> typeset_html('<p lang="en">Why? <code>a ; b</code></p>', "fr")
    '<p lang="en">Why? <code>a ; b</code></p>'
    """
    pieces: list[str] = []  # markup and text, in order
    runs: list[tuple[list[int], str]] = []  # indexes of a run's texts, its lang
    stack: list[tuple[str, str, bool]] = [("", lang, False)]  # name, lang, verbatim
    current: list[int] = []
    position = 0
    for token in [*TOKEN.finditer(fragment), None]:
        end = token.start() if token else len(fragment)
        if end > position:
            pieces.append(fragment[position:end])
            if not stack[-1][2]:
                current.append(len(pieces) - 1)
        if token is None:
            break
        pieces.append(token.group())
        position = token.end()
        tag = TAG.match(token.group())
        if tag is None:
            continue
        before = stack[-1][1:]
        _follow(stack, tag.group(1) == "/", tag.group(2).lower(), token.group())
        if tag.group(2).lower() not in INLINE or stack[-1][1:] != before:
            if current:
                runs.append((current, before[0]))
            current = []
    if current:
        runs.append((current, stack[-1][1]))
    for indexes, run_lang in runs:
        _typeset_run(pieces, indexes, run_lang)
    return "".join(pieces)


def _follow(stack: list[tuple[str, str, bool]], closing: bool, name: str, tag: str):
    """Open or close an element on the stack of (name, lang, verbatim)."""
    if closing:
        if any(entry[0] == name for entry in stack[1:]):
            while stack.pop()[0] != name:
                pass
    elif name not in VOID and not tag.endswith("/>"):
        _, lang, verbatim = stack[-1]
        stack.append((name, _lang_of(tag) or lang, verbatim or name in VERBATIM))


def _typeset_run(pieces: list[str], indexes: list[int], lang: str) -> None:
    """Typeset the texts ``pieces[i]`` of one run as one text, and put each
    part back where it was (an inserted space goes with its sign)."""
    rules = RULES.get(_base_lang(lang), ())
    if not rules:
        return
    texts = [html.unescape(pieces[index]) for index in indexes]
    run = _Run("".join(texts))
    for rule in rules:
        rule(run)
    start = 0
    for index, text in zip(indexes, texts, strict=True):
        end = start + len(text)
        typeset = "".join(run.out[start:end])
        if typeset != text:
            pieces[index] = html.escape(typeset, quote=False)
        start = end


def _lang_of(tag: str) -> str | None:
    match = LANG.search(tag)
    if match is None:
        return None
    return next(group for group in match.groups() if group is not None).strip()


def _base_lang(lang: str) -> str:
    return (lang or "").split("-")[0].lower()
