"""Step: newsletter and subscription boxes, never a sentence of the article.

A sign-up box is a run of short lines around an anchor: an e-mail prompt, a
"subscribe" button, a line inviting "you" to subscribe next to other
furniture, or the consent notice such boxes print ("By signing up you agree
to our Privacy Policy ..."). It runs once bylines and dates are claimed, so
that a box never swallows them.
"""

from __future__ import annotations

import re

from .draft import Draft, Line, Role
from .text import compile_table, ends_sentence, is_all_caps, words
from .vocabulary.boxes import CONSENT_WORDS, NEWSLETTER_ANCHORS, PITCH_STARTS

NEWSLETTER_ANCHOR = compile_table(NEWSLETTER_ANCHORS)
PITCH = re.compile(r"^(?:" + "|".join(PITCH_STARTS) + r")\b", re.IGNORECASE)
SUBSCRIPTION_WORDS = re.compile(
    r"\b(subscri\w*|abonne\w*|newsletter\w*|inscri\w*|sign up|premium|bookmark\w*)\b",
    re.I,
)
CONSENT = compile_table(CONSENT_WORDS, whole=False)
EMAIL_WORD = re.compile(r"\be-?mails?\b|\bcourriel", re.I)
MAX_CONSENT_CHARS = 700
SECOND_PERSON = re.compile(r"\b(you|your|vous|votre|vos)\b", re.I)
MAX_BOX_LINE_CHARS = 260
MAX_BOX_PITCH_CHARS = 200
BOX_REACH = 3


def drop_signup_boxes(draft: Draft) -> None:
    """Claim newsletter and subscription boxes: short lines around an e-mail
    prompt or a sign-up pitch, up to other furniture. Runs once bylines and
    dates are claimed, so that a box never swallows them."""
    lines = draft.lines
    anchors = [
        index
        for index, line in enumerate(lines)
        if (line.free or line.skipped)
        and (
            (len(line.text) <= MAX_BOX_LINE_CHARS and _is_anchor(draft, line))
            or _consent_notice(line.text)
        )
    ]
    for index in anchors:
        draft.claim(lines[index], Role.BOX)
    for index in anchors:
        for step in (-1, 1):
            cursor = index + step
            for _ in range(BOX_REACH):
                if not 0 <= cursor < len(lines) or not _box_line(lines[cursor]):
                    break
                draft.claim(lines[cursor], Role.BOX)
                cursor += step


def _box_line(line: Line) -> bool:
    """Whether a line next to a sign-up box belongs to it: a free, short label,
    button or pitch ("Tous les soirs à 18h", "Recevez ..."), not a sentence."""
    text = line.text
    if not line.free or len(text) > MAX_BOX_PITCH_CHARS:
        return False
    return not ends_sentence(text) or is_all_caps(text) or bool(PITCH.match(text))


def _consent_notice(text: str) -> bool:
    """What a sign-up box tells its reader about personal data ("By signing up
    you agree to our Privacy Policy ...", "Vos données personnelles ... vous
    désinscrire"); an article about a privacy policy does not say "you"."""
    return (
        len(text) <= MAX_CONSENT_CHARS
        and bool(CONSENT.search(text))
        and bool(SECOND_PERSON.search(text))
        and bool(SUBSCRIPTION_WORDS.search(text) or EMAIL_WORD.search(text))
    )


def _is_anchor(draft: Draft, line: Line) -> bool:
    if NEWSLETTER_ANCHOR.match(line.text) and len(words(line.text)) <= 30:
        return True
    if not (SUBSCRIPTION_WORDS.search(line.text) and SECOND_PERSON.search(line.text)):
        return False
    index = draft.index_of(line)
    neighbours = draft.lines[max(0, index - 1) : index + 2]
    return any(other.skipped for other in neighbours if other is not line)
