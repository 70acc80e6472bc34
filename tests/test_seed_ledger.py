"""The seed ledger (``seeds/ledger.json``) read strictly, written predictably.

It is committed with the seeds and so is input like any other file: every
way it can be wrong is refused with its line and reason, and a refused
ledger is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from newsdigest.seeds.ledger import (
    Ledger,
    LedgerError,
    Record,
    dump_ledger,
    now,
    parse_ledger,
)

MOMENT = dt.datetime(2024, 3, 5, 11, 30, tzinfo=dt.UTC)
GOOD = (
    '{\n "version": 1,\n "seeds": {\n'
    '  "a.txt": {"added": "2024-03-05T11:30:00+00:00", "url": "2024/03/05/a/"},\n'
    '  "sous/b.txt": {"added": "2024-03-04T08:00:00+01:00"}\n }\n}\n'
)


def test_a_ledger_reads_back_what_it_wrote():
    records = parse_ledger(GOOD)
    assert records == {
        "a.txt": Record(MOMENT, "2024/03/05/a/"),
        "sous/b.txt": Record(dt.datetime(2024, 3, 4, 7, 0, tzinfo=dt.UTC)),
    }
    assert parse_ledger(dump_ledger(records)) == records
    assert dump_ledger(records) == dump_ledger(dict(reversed(records.items())))
    assert dump_ledger({}) == '{\n "version": 1,\n "seeds": {}\n}\n'


def _entry(value: str) -> str:
    return '{"version": 1, "seeds": {\n"a.txt": ' + value + "\n}}"


BAD_LEDGERS = [
    ("not JSON", "{version: 1}", 1, "not valid JSON: Expecting property name"),
    ("NaN", _entry('{"added": NaN}'), 1, "not valid JSON: NaN is not a number"),
    ("Infinity", _entry('{"added": Infinity}'), 1, "not valid JSON: Infinity"),
    ("deep", "[" * 100_000 + "]" * 100_000, 1, "nested too deeply"),
    ("list", "[]", 1, 'expected {"version": 1, "seeds": {...}}'),
    ("extra key", '{"version": 1, "seeds": {}, "x": 1}', 1, "expected"),
    ("version", '{\n"version": 2,\n"seeds": {}}', 2, "version must be 1"),
    ("seeds", '{"version": 1,\n"seeds": []}', 2, "seeds must be an object"),
    (
        "duplicate",
        '{"version": 1, "seeds": {\n"a.txt": {"added": "2024-03-05T11:30:00+00:00"},'
        '\n"a.txt": {"added": "2024-03-05T11:30:00+00:00"}}}',
        2,
        "'a.txt' twice",
    ),
    ("no added", _entry('{"url": "x/"}'), 2, "'a.txt': expected {\"added\""),
    ("other field", _entry('{"added": "2024-03-05T11:30Z", "x": 1}'), 2, "expected"),
    ("naive", _entry('{"added": "2024-03-05T11:30"}'), 2, "with its offset"),
    ("not a date", _entry('{"added": "hier"}'), 2, "added: 'hier' is not"),
    ("year 9999", _entry('{"added": "9999-12-31T23:00:00-05:00"}'), 2, "1800"),
    ("number", _entry('{"added": 1709640000}'), 2, "added: 1709640000"),
    ("url", _entry('{"added": "2024-03-05T11:30Z", "url": 3}'), 2, "url: 3"),
    (
        "control",
        _entry('{"added": "2024-03-05T11:30Z", "url": "a/\\u202e/"}'),
        2,
        "url",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [case[1:] for case in BAD_LEDGERS],
    ids=[case[0] for case in BAD_LEDGERS],
)
def test_a_bad_ledger_is_refused_with_its_line_and_reason(text, line, reason):
    with pytest.raises(LedgerError) as refused:
        parse_ledger(text)
    assert (refused.value.line, reason in refused.value.reason) == (line, True)


@pytest.mark.parametrize(
    "key", ["../a.txt", "/etc/passwd", "a/../../b.txt", "", "a\\b.txt", "./a.txt"]
)
def test_a_key_must_stay_under_seeds(key):
    text = json.dumps({"version": 1, "seeds": {key: {"added": "2024-03-05T11:30Z"}}})
    with pytest.raises(LedgerError, match="not a path under seeds/"):
        parse_ledger(text)


def test_a_refused_ledger_is_named_and_never_overwritten(tmp_path):
    path = tmp_path / "ledger.json"
    path.write_text(_entry('{"added": "hier"}'), encoding="utf-8")
    ledger = Ledger.load(path, "seeds/ledger.json", MOMENT, tmp_path)
    assert ledger.error.startswith(
        "seeds/ledger.json:2: 'a.txt': added: 'hier' is not a date and time"
    )
    assert ledger.added("a.txt") == MOMENT  # this build only
    assert ledger.save() is False
    assert path.read_text(encoding="utf-8") == _entry('{"added": "hier"}')


def test_a_ledger_that_is_a_link_outside_or_a_pipe_is_not_read(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    secret = tmp_path / "secret.json"
    secret.write_text(GOOD, encoding="utf-8")
    (seeds / "ledger.json").symlink_to(secret)
    ledger = Ledger.load(seeds / "ledger.json", "seeds/ledger.json", MOMENT, seeds)
    assert ledger.error.startswith(
        "seeds/ledger.json: not read: a symbolic link to a file outside"
    )
    (seeds / "ledger.json").unlink()
    os.mkfifo(seeds / "ledger.json")
    ledger = Ledger.load(seeds / "ledger.json", "seeds/ledger.json", MOMENT, seeds)
    assert "a named pipe (FIFO)" in ledger.error


def test_new_seeds_are_added_now_and_written_once(tmp_path):
    path = tmp_path / "ledger.json"
    ledger = Ledger.load(path, "seeds/ledger.json", MOMENT, tmp_path)
    assert ledger.records == {} and ledger.error is None
    assert ledger.added("b.txt") == MOMENT
    assert ledger.save() is True
    assert ledger.save() is False  # nothing new since
    later = Ledger.load(path, "seeds/ledger.json", MOMENT.replace(hour=20), tmp_path)
    assert later.added("b.txt") == MOMENT
    assert later.save() is False


def test_a_url_belongs_to_one_seed():
    """A seed that is gone loses its URL to the article published there, so
    that it comes back as a newcomer instead of taking the URL back."""
    ledger = Ledger(None, "seeds/ledger.json", MOMENT)
    ledger.publish("parti.txt", "2024/03/05/titre/")
    ledger.publish("nouveau.txt", "2024/03/05/titre/")
    assert ledger.url("parti.txt") is None
    assert ledger.url("nouveau.txt") == "2024/03/05/titre/"
    assert ledger.added("parti.txt") == MOMENT  # its date is kept


def test_now_is_source_date_epoch_when_set():
    assert now({"SOURCE_DATE_EPOCH": "1709638200"}) == MOMENT
    assert now({}).microsecond == 0
    assert abs(now({}) - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
