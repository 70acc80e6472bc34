"""Seeds the model has not read are read ahead in other processes: the marks
that say which, the pool that reads many, the one process that reads a few
while the build goes on (waited for before this process would load the
model), the components the model keeps. With stand-ins for the reader and
the model (the real model: ``test_tagging_model.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdigest.tagging import ner, readahead
from newsdigest.tagging.cache import Span, SpanCache
from newsdigest.tagging.ner import ModelNer, settle, unheard
from newsdigest.tagging.readahead import MIN_SEEDS, STOPPED, ReadMarks, read_ahead

TEXT = "Le professeur Zorglub a parlé à Champignac."


@pytest.fixture
def marks(tmp_path) -> ReadMarks:
    return ReadMarks(tmp_path / "cache", "modele_fictif", "modele_fictif-1.0")


@pytest.fixture
def loads(monkeypatch) -> list[str]:
    """The model names loaded; each load is let go after the pool."""
    loaded: list[str] = []

    def load(name: str) -> None:
        loaded.append(name)

    load.cache_clear = lambda: loaded.append("let go")
    monkeypatch.setattr(readahead, "load_model", load)
    return loaded


def _seeds(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"essai-{number}.txt"
        path.write_text(f"Un essai numéro {number}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _read(path: str) -> None:
    """A stand-in reader: leaves a trace, fails on seeds named 'essai-3'."""
    if path.endswith("essai-3.txt"):
        raise ValueError("une graine illisible")
    Path(path + ".lu").write_text("lu", encoding="utf-8")


def test_marks_follow_the_bytes_and_the_model(tmp_path, marks):
    [first, second] = _seeds(tmp_path / "seeds", 2)
    missing = str(tmp_path / "seeds" / "absent.txt")
    assert marks.unread([first, second, missing]) == [first, second, missing]
    marks.mark(first)
    assert marks.unread([first, second]) == [second]
    other = ReadMarks(marks.folder, marks.model, "modele_fictif-2.0")
    assert other.unread([first]) == [first]
    Path(first).write_text("Un essai corrigé\n", encoding="utf-8")
    assert marks.unread([first]) == [first]


def test_unread_seeds_are_read_in_workers_and_marked(tmp_path, marks, loads):
    paths = _seeds(tmp_path / "seeds", MIN_SEEDS + 4)
    assert read_ahead(paths, _read, marks, workers=2) == len(paths)
    assert loads == ["modele_fictif", "let go"]
    read = sorted(p.name for p in (tmp_path / "seeds").glob("*.lu"))
    assert read == sorted(Path(p).name + ".lu" for p in paths if "essai-3." not in p)
    # The seed that failed is left to the build, which says why; it stays
    # unread, and the next build tries it again, in one process.
    assert marks.unread(paths) == [str(tmp_path / "seeds" / "essai-3.txt")]
    assert read_ahead(paths, _read, marks, workers=2) == 1
    assert settle() is True


def test_many_seeds_and_one_core_are_left_to_the_build(tmp_path, marks, loads):
    paths = _seeds(tmp_path / "seeds", MIN_SEEDS)
    assert read_ahead(paths, _read, marks, workers=1) == 0
    assert loads == []
    assert list((tmp_path / "seeds").glob("*.lu")) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_a_few_seeds_are_read_in_one_process_left_running(
    tmp_path, marks, loads, workers
):
    paths = _seeds(tmp_path / "seeds", MIN_SEEDS - 1)
    assert read_ahead(paths, _read, marks, workers=workers) == len(paths)
    assert settle() is True  # waited for it
    assert settle() is False
    assert loads == []  # that process loads the model itself, if it needs it
    read = sorted(p.name for p in (tmp_path / "seeds").glob("*.lu"))
    assert read == sorted(Path(p).name + ".lu" for p in paths if "essai-3." not in p)
    assert marks.unread(paths) == [str(tmp_path / "seeds" / "essai-3.txt")]


class _Model:
    """A stand-in for the spaCy pipeline: 'Zorglub' is a person. Each load
    is written down with the id of the process that loads it, and a process
    other than ``stays`` dies in it when ``dies``."""

    def __init__(self, record: Path, stays: int, dies: bool) -> None:
        self.record, self.stays, self.dies = record, stays, dies

    def __call__(self, name: str) -> _Model:
        with self.record.open("a", encoding="utf-8") as file:
            file.write(f"{os.getpid()}\n")
        if self.dies and os.getpid() != self.stays:
            os._exit(3)
        return self

    def pipe(self, texts, batch_size):
        for text in texts:
            start = text.find("Zorglub")
            ents = [SimpleNamespace(start_char=start, end_char=start + 7, label_="PER")]
            yield SimpleNamespace(ents=ents if start >= 0 else [])

    def loads(self) -> list[int]:
        return [int(pid) for pid in self.record.read_text().split()]


def _model_reads(tmp_path, monkeypatch, dies: bool) -> tuple[_Model, ModelNer]:
    """One seed read ahead by a reader that asks the model for its text."""
    model = _Model(tmp_path / "loads.txt", os.getpid(), dies)
    model.record.write_text("", encoding="utf-8")
    monkeypatch.setattr(ner, "load_model", model)
    cache = SpanCache(tmp_path / "cache", "modele_fictif-1.0")
    marks = ReadMarks(tmp_path / "cache", "modele_fictif", "modele_fictif-1.0")

    def read(path: str) -> None:
        ModelNer("modele_fictif", cache).spans([Path(path).read_text("utf-8")])

    [path] = _seeds(tmp_path / "seeds", 1)
    Path(path).write_text(TEXT, encoding="utf-8")
    assert read_ahead([path], read, marks, workers=2) == 1
    return model, ModelNer("modele_fictif", cache)


def test_the_build_takes_the_answers_of_the_process_reading_ahead(
    tmp_path, monkeypatch, caplog
):
    model, here = _model_reads(tmp_path, monkeypatch, dies=False)
    assert here.spans([TEXT]) == [[Span(14, 21, "PER")]]
    [loaded] = model.loads()
    assert loaded != os.getpid()  # the model was never loaded here
    assert here.analysed == 0
    assert STOPPED not in caplog.messages


def test_a_process_reading_ahead_that_dies_costs_only_time(
    tmp_path, monkeypatch, caplog
):
    model, here = _model_reads(tmp_path, monkeypatch, dies=True)
    assert here.spans([TEXT]) == [[Span(14, 21, "PER")]]
    [elsewhere, loaded] = model.loads()
    assert (elsewhere != os.getpid(), loaded) == (True, os.getpid())
    assert here.analysed == 1
    assert caplog.messages.count(STOPPED) == 1


def test_a_forked_process_never_waits_for_work_its_parent_started(monkeypatch):
    waited = []
    monkeypatch.setattr(ner, "_ELSEWHERE", [])
    ner.elsewhere(lambda: waited.append("ici"))
    monkeypatch.setattr(os, "getpid", lambda: -1)  # as seen from a fork
    assert settle() is False
    assert waited == []


def test_the_model_keeps_the_recogniser_and_what_it_listens_to():
    pipeline = [
        ("tok2vec", SimpleNamespace(listening_components=["morphologizer"])),
        ("vecteurs", SimpleNamespace(listening_components=["ner"])),
        ("lemmatizer", SimpleNamespace()),
        ("ner", SimpleNamespace()),
    ]
    assert unheard(pipeline) == ["tok2vec", "lemmatizer"]


STOPPED_BUILD = """
import os, signal, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from newsdigest.interrupts import stopping
from newsdigest.tagging.readahead import ReadMarks, read_ahead
seed, trace = sys.argv[2], Path(sys.argv[3])
def read(path):
    trace.write_text(str(os.getpid()))
    time.sleep(60)
with stopping():
    read_ahead([seed], read, ReadMarks(trace.parent / "cache", "m", "m-1"), 2)
    while not trace.exists():
        time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(60)
"""


def test_a_build_stopped_by_sigterm_stops_the_process_reading_ahead(tmp_path):
    [seed] = _seeds(tmp_path / "seeds", 1)
    trace = tmp_path / "reader.pid"
    plugins = Path(readahead.__file__).parents[2]
    command = [sys.executable, "-c", STOPPED_BUILD, str(plugins), seed, str(trace)]
    result = subprocess.run(command, timeout=30, check=False)
    assert result.returncode == 128 + signal.SIGTERM
    assert not Path(f"/proc/{trace.read_text()}").exists()
