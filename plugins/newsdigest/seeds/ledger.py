"""The seed ledger, ``seeds/ledger.json``: when each seed was added, where it is.

For every seed (keyed by its path under ``seeds/``) the ledger records the
moment a build (or ``invoke seeds``) first saw it and the URL its article is
published at. It is written for seeds it does not hold yet and committed
with the seeds, so that every later build, on any machine, gives the same
bytes: an article whose paste prints no date is dated by its ``added``
moment, and an article keeps its URL whatever other seeds come and go (see
:mod:`newsdigest.build.duplicates`)::

    {
     "version": 1,
     "seeds": {
      "bfmtv-poutine.txt": {"added": "2024-03-05T09:30:00+00:00",
                            "url": "2023/09/13/vladimir-poutine-laisse/"}
     }
    }

"Now" is ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else the
clock. The ledger is input like any other file: it is read strictly (JSON
without NaN or duplicate keys, this exact shape, dates in range, paths that
stay under ``seeds/``); one that fails is refused with its line and reason,
not used by the build and never overwritten. Nothing here imports Pelican.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from .decode import INVISIBLE
from .errors import SeedError
from .files import read_guarded
from .limits import MAX_LEDGER_BYTES, MAX_PATH_CHARS, date_range, in_range

LEDGER_NAME = "ledger.json"
VERSION = 1
ENTRY_KEYS = frozenset({"added", "url"})


@dataclass(frozen=True)
class Record:
    """What the ledger knows of one seed."""

    added: dt.datetime
    url: str | None = None


class LedgerError(ValueError):
    """A ledger that fails the check: the line and what is wrong."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def now(environ: Mapping[str, str] = os.environ) -> dt.datetime:
    """This moment in UTC, to the second; ``SOURCE_DATE_EPOCH`` when set.

    >>> now({"SOURCE_DATE_EPOCH": "1709631000"}).isoformat()
    '2024-03-05T09:30:00+00:00'
    """
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def parse_ledger(text: str) -> dict[str, Record]:
    """The records of a ledger's text, or LedgerError with the line and reason."""
    try:
        data = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_pairs)
    except json.JSONDecodeError as error:
        raise LedgerError(error.lineno, f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise LedgerError(1, "nested too deeply to be a ledger") from None
    except _DuplicateKeyError as error:
        raise LedgerError(_line_of(text, str(error)), f"'{error}' twice") from None
    if not isinstance(data, dict) or set(data) != {"version", "seeds"}:
        raise LedgerError(1, 'expected {"version": 1, "seeds": {...}}')
    if data["version"] != VERSION:
        raise LedgerError(_line_of(text, "version"), f"version must be {VERSION}")
    if not isinstance(data["seeds"], dict):
        raise LedgerError(_line_of(text, "seeds"), "seeds must be an object")
    records = {}
    for key, entry in data["seeds"].items():
        try:
            records[_checked_key(key)] = _record(entry)
        except ValueError as error:
            raise LedgerError(_line_of(text, key), f"'{key}': {error}") from None
    return records


def dump_ledger(records: Mapping[str, Record]) -> str:
    """The ledger's text: sorted, one seed a line, so that diffs stay small."""
    lines = []
    for key in sorted(records):
        record = records[key]
        entry: dict[str, Any] = {"added": record.added.isoformat()}
        if record.url is not None:
            entry["url"] = record.url
        lines.append(
            f"  {json.dumps(key, ensure_ascii=False)}: "
            + json.dumps(entry, ensure_ascii=False)
        )
    seeds = "{\n" + ",\n".join(lines) + "\n }" if lines else "{}"
    return f'{{\n "version": {VERSION},\n "seeds": {seeds}\n}}\n'


@dataclass
class Ledger:
    """The ledger of one build: what it read, and what the build adds."""

    path: Path
    name: str
    moment: dt.datetime
    records: dict[str, Record] = field(default_factory=dict)
    error: str | None = None
    changed: bool = False
    owners: dict[str, str] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, path: Path, name: str, moment: dt.datetime, root: Path) -> Ledger:
        """The ledger at ``path`` (shown as ``name``); empty when there is none.

        A ledger that fails the check gives an empty one with ``error`` set,
        which is never saved.
        """
        ledger = cls(path, name, moment)
        if not os.path.lexists(path):
            return ledger
        try:
            data = read_guarded(str(path), name, MAX_LEDGER_BYTES, str(root))
            ledger.records = parse_ledger(data.decode("utf-8"))
        except SeedError as error:
            ledger.error = f"{error.problem}"
        except UnicodeDecodeError:
            ledger.error = f"{name}: not UTF-8 text"
        except LedgerError as error:
            ledger.error = f"{name}:{error.line}: {error.reason}"
        if ledger.error:
            ledger.error += (
                ": fix it (git diff shows what changed); until then this build "
                "dates new undated seeds by now and does not write it"
            )
        return ledger

    def added(self, key: str) -> dt.datetime:
        """When the seed was first added; a seed not recorded yet is added now."""
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = Record(self.moment)
            self.changed = True
        return record.added

    def url(self, key: str) -> str | None:
        record = self.records.get(key)
        return record.url if record else None

    def publish(self, key: str, url: str, added: dt.datetime | None = None) -> None:
        """Record the URL a seed's article is published at; a seed that is
        gone and held it loses it (back, it will be a newcomer there). A seed
        not recorded yet is added ``added`` (its article's date when that
        came from a ledger, say through a cache), else now."""
        record = self.records.get(key) or Record(added or self.moment)
        if record.url == url:
            return
        owners = self._owners()
        holder = owners.get(url)
        if holder is not None and holder != key:
            self.records[holder] = replace(self.records[holder], url=None)
        owners.pop(record.url, None)
        owners[url] = key
        self.records[key] = replace(record, url=url)
        self.changed = True

    def _owners(self) -> dict[str, str]:
        if self.owners is None:
            self.owners = {r.url: k for k, r in self.records.items() if r.url}
        return self.owners

    def save(self) -> bool:
        """Write the ledger if this build changed it (atomically); say if
        written. OSError when its folder cannot be written."""
        if self.error or not self.changed or not self.path.parent.is_dir():
            return False
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(dump_ledger(self.records))
            os.replace(temporary, self.path)
        except BaseException:
            os.unlink(temporary)
            raise
        self.changed = False
        return True


class _DuplicateKeyError(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    raise json.JSONDecodeError(f"{name} is not a number JSON allows", name, 0)


def _checked_key(key: str) -> str:
    path = PurePosixPath(key)
    if (
        not key
        or len(key) > MAX_PATH_CHARS
        or path.is_absolute()
        or ".." in path.parts
        or "\\" in key
        or INVISIBLE.search(key)
        or str(path) != key
    ):
        raise ValueError("not a path under seeds/")
    return key


def _record(entry: Any) -> Record:
    if not isinstance(entry, dict) or "added" not in entry or set(entry) - ENTRY_KEYS:
        raise ValueError('expected {"added": "...", "url": "..."}')
    added = entry["added"]
    try:
        moment = dt.datetime.fromisoformat(added) if isinstance(added, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or not in_range(moment):
        raise ValueError(
            f"added: {added!r} is not a date and time with its offset, {date_range()}"
        )
    url = entry.get("url")
    if url is not None and (
        not isinstance(url, str) or len(url) > MAX_PATH_CHARS or INVISIBLE.search(url)
    ):
        raise ValueError(f"url: {url!r} is not a URL of this site")
    return Record(moment.astimezone(dt.UTC), url)


def _line_of(text: str, key: str) -> int:
    """The line where a key is first written (1 when it cannot be found)."""
    for quoted in (json.dumps(key, ensure_ascii=False), json.dumps(key)):
        index = text.find(quoted)
        if index >= 0:
            return text.count("\n", 0, index) + 1
    return 1
