"""French dates for the theme, with Babel (pure functions)."""

from __future__ import annotations

import datetime as dt
import functools

from babel.dates import format_date, format_datetime

LOCALES = {"fr": "fr_FR", "en": "en_GB", "de": "de_DE", "es": "es_ES", "it": "it_IT"}


def long_date(value: dt.date | dt.datetime, lang: str = "fr") -> str:
    """A date as a French news site prints it ("1er" for the first of a month).

    >>> long_date(dt.date(2023, 9, 13)), long_date(dt.date(2031, 4, 1))
    ('mercredi 13 septembre 2023', 'mardi 1er avril 2031')
    >>> long_date(dt.date(2031, 4, 1), "en")
    'Tuesday, 1 April 2031'
    """
    return _long_day(dt.date(value.year, value.month, value.day), lang)


@functools.lru_cache(maxsize=4096)
def _long_day(day: dt.date, lang: str) -> str:
    """:func:`long_date` of a day, remembered: a listing prints a day once per
    card, and Babel formats it in about 0.1 ms."""
    locale = LOCALES.get(lang, "fr_FR")
    if locale == "fr_FR" and day.day == 1:
        return format_date(day, "EEEE d'er' MMMM y", locale=locale)
    return format_date(day, format="full", locale=locale)


def edition_title(value: dt.date | dt.datetime) -> str:
    """An edition's heading: "Mercredi 13 septembre 2023".

    >>> edition_title(dt.date(2023, 9, 13))
    'Mercredi 13 septembre 2023'
    """
    text = long_date(value)
    return text[:1].upper() + text[1:]


# The time of day in each language's newspapers; French keeps "10 h 25"
# together with no-break spaces.
CLOCKS = {"fr": "H'\u00a0h\u00a0'mm", "en": "HH:mm"}


def clock(value: dt.datetime, lang: str = "fr") -> str:
    """The time of day: "10 h 25" in French, "10:25" in English.

    >>> clock(dt.datetime(2023, 9, 13, 10, 25))
    '10\xa0h\xa025'
    >>> clock(dt.datetime(2024, 3, 7, 7, 55), "en")
    '07:55'
    """
    return format_datetime(
        value, CLOCKS.get(lang, CLOCKS["fr"]), locale=LOCALES.get(lang, "fr_FR")
    )


def month_title(value: dt.date | dt.datetime) -> str:
    """ "Septembre 2023".

    >>> month_title(dt.date(2023, 9, 1))
    'Septembre 2023'
    """
    text = format_date(value, "LLLL y", locale="fr_FR")
    return text[:1].upper() + text[1:]


def iso(value: dt.datetime) -> str:
    """ISO 8601 with its offset, for ``<time datetime>`` and JSON-LD."""
    return value.isoformat()
