"""Optional YAML front matter: the editor's last word on any field of a seed.

    ---
    title: Un titre corrigé
    date: 2023-09-13 10:25
    tags: [Russie, Corée du Nord]
    ---
    BFMTV
    ...

Values are checked one by one. A malformed block (aliases, deep nesting and
oversized blocks included, :mod:`.yamlload`), an unknown ``status`` or a
front matter that is not a mapping rejects the seed; a value of the wrong
type or out of bounds (``date: demain``, ``date: 9999-12-31``, ``tags: 3``,
10,000 tags, ``url: javascript:...``, an image that is neither an
``https://`` address nor a picture under ``content/``) is ignored with a
warning naming its line, so the rest of the seed still publishes. Text
values lose control characters, bidirectional overrides and
non-characters, as the seed's text does (:func:`~.decode.clean_value`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..slugs import make_slug
from .dates import DateMatch, find_dates
from .decode import clean_value
from .errors import Problem, SeedError
from .limits import (
    MAX_FIELD_CHARS,
    MAX_FRONT_MATTER_CHARS,
    MAX_LIST_ITEMS,
    date_range,
    in_range,
)
from .yamlload import load_front_matter

FENCE = re.compile(r"^---\s*$")
CLOSING = re.compile(r"^(?:---|\.\.\.)\s*$")
# A relative path of plain characters: no backslash, scheme or leading slash.
IMAGE_PATH = re.compile(r"^[\w.-]+(?:/[\w.-]+)*$")
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
STATUSES = ("published", "draft", "hidden", "skip")
ALIASES = {
    "category": "section",
    "lede": "summary",
    "chapo": "summary",
    "chapô": "summary",
    "author": "authors",
    "source_url": "url",
    "link": "url",
    "published": "date",
    "updated": "modified",
}


class BadValueError(ValueError):
    """A front-matter value the reader cannot use; the message says what to write."""


@dataclass
class FrontMatter:
    """Checked overrides, the line each key was on, and the problems found."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    body_start: int = 1


def split_front_matter(
    text: str, path: str, images: tuple[str, ...] = ()
) -> tuple[FrontMatter, str]:
    """Separate and check the front matter; return it and the remaining text.

    ``images`` are the folders an ``image:`` path may name a picture in.
    """
    lines = text.split("\n")
    if not lines or not FENCE.match(lines[0]):
        return FrontMatter(), text
    end = next((i for i in range(1, len(lines)) if CLOSING.match(lines[i])), None)
    if end is None:
        raise SeedError(
            path, 1, "front matter opened with '---' is never closed by '---'"
        )
    raw = "\n".join(lines[1:end])
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise SeedError(
            path,
            1,
            f"front matter is {len(raw):,} characters long, more than "
            f"{MAX_FRONT_MATTER_CHARS:,}: keep it to the keys you override",
        )
    try:
        data = load_front_matter(raw) if raw.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SeedError(
            path, line, f"front matter is not valid YAML: {problem}"
        ) from None
    if not isinstance(data, dict):
        raise SeedError(path, 2, "front matter must be 'key: value' lines")
    front = FrontMatter(body_start=end + 2)
    key_lines = _key_lines(lines[1:end])
    for raw_key, value in data.items():
        shown = clean_value(str(raw_key))
        key = ALIASES.get(shown.lower(), shown.lower())
        line = key_lines.get(shown, 2)
        checker = CHECKS.get(key)
        if checker is None:
            front.problems.append(
                Problem(
                    path,
                    line,
                    f"unknown front-matter key '{shown}' ignored "
                    f"(known: {', '.join(sorted(CHECKS))})",
                )
            )
            continue
        try:
            checked = checker(value)
            if key == "image":
                checked = check_image_file(checked, images)
            front.values[key] = checked
        except BadValueError as error:
            if key == "status":
                raise SeedError(path, line, str(error)) from None
            front.problems.append(
                Problem(path, line, f"{shown}: {error}; value ignored")
            )
    return front, "\n".join(lines[end + 1 :])


def _key_lines(lines: list[str]) -> dict[str, int]:
    found = {}
    for offset, line in enumerate(lines):
        match = re.match(r"^([^\s:#][^:]*):", line)
        if match:
            found.setdefault(match.group(1).strip(), offset + 2)
    return found


def check_text(value: Any) -> str:
    if isinstance(value, (dict, list)) or value is None:
        raise BadValueError("expected a line of text")
    text = clean_value(str(value))
    if not text:
        raise BadValueError("is empty")
    if len(text) > MAX_FIELD_CHARS:
        raise BadValueError(
            f"is {len(text):,} characters long, more than {MAX_FIELD_CHARS:,}"
        )
    return text


def check_list(value: Any) -> list[str]:
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list) and all(
        isinstance(item, (str, int, float)) for item in value
    ):
        items = value
    else:
        raise BadValueError("expected a list such as [Russie, Corée du Nord] or 'a, b'")
    if len(items) > MAX_LIST_ITEMS:
        raise BadValueError(f"{len(items):,} items, at most {MAX_LIST_ITEMS}")
    return [check_text(item) for item in items if clean_value(str(item))]


def check_url(value: Any) -> str:
    text = check_text(value)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadValueError(f"'{text}' is not an http(s) address")
    return text


def check_image(value: Any) -> str:
    """An ``https://`` address, or a relative path of plain characters
    (whether the picture exists is :func:`check_image_file`'s question)."""
    text = check_text(value)
    parts = urlsplit(text)
    if parts.scheme == "https" and parts.netloc and "\\" not in text:
        return text
    if not IMAGE_PATH.match(text) or ".." in text.split("/"):
        raise BadValueError(
            f"'{text}' is neither an https:// address nor a path under content/"
        )
    return text


def check_image_file(text: str, images: tuple[str, ...]) -> str:
    """A path names a file in one of the ``images`` folders (links followed)."""
    if text.startswith("https://"):
        return text
    for folder in images:
        target = os.path.realpath(os.path.join(os.path.dirname(folder), text))
        if os.path.commonpath([target, folder]) == folder and os.path.isfile(target):
            return text
    shown = ", ".join(f"content/{os.path.basename(f)}/" for f in images) or "content/"
    raise BadValueError(f"'{text}' is not a picture in {shown}")


def check_date(value: Any) -> DateMatch:
    text = check_text(value)
    matches = [match for match in find_dates(text) if match.has_year]
    if len(matches) != 1:
        raise BadValueError(
            f"'{text}' is not a date (write 2023-09-13 or 2023-09-13 10:25)"
        )
    if not in_range(matches[0].day):
        raise BadValueError(f"'{text}' is not a date {date_range()}")
    return matches[0]


def check_slug(value: Any) -> str:
    text = check_text(value)
    if "/" in text or "\\" in text or ".." in text:
        raise BadValueError(
            f"'{text}' is a path, not a slug (write words-joined-by-dashes)"
        )
    slug = make_slug(text)
    if not slug:
        raise BadValueError(f"'{text}' gives an empty slug")
    return slug


def check_lang(value: Any) -> str:
    text = check_text(value).lower()
    if not LANG_CODE.match(text):
        raise BadValueError(f"'{text}' is not a language code such as fr or en")
    return text[:2]


def check_status(value: Any) -> str:
    text = check_text(value).lower()
    if text not in STATUSES:
        raise BadValueError(f"status '{text}' must be one of {', '.join(STATUSES)}")
    return text


CHECKS: dict[str, Callable[[Any], Any]] = {
    "title": check_text,
    "source": check_text,
    "section": check_text,
    "summary": check_text,
    "kicker": check_text,
    "caption": check_text,
    "credit": check_text,
    "url": check_url,
    "image": check_image,
    "date": check_date,
    "modified": check_date,
    "tags": check_list,
    "authors": check_list,
    "agencies": check_list,
    "slug": check_slug,
    "lang": check_lang,
    "status": check_status,
}
