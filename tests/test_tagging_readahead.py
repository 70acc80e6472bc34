"""Seeds the model has not read are read ahead in worker processes: the marks
that say which, the pool that reads them, the components the model keeps.
With stand-ins for the reader and the model (the real model:
``test_tagging_model.py``)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdigest.tagging import readahead
from newsdigest.tagging.ner import unheard
from newsdigest.tagging.readahead import MIN_SEEDS, ReadMarks, read_ahead


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
    # The seed that failed is left to the build, which says why; it stays unread.
    assert marks.unread(paths) == [str(tmp_path / "seeds" / "essai-3.txt")]
    assert read_ahead(paths, _read, marks, workers=2) == 0


@pytest.mark.parametrize(("count", "workers"), [(MIN_SEEDS - 1, 2), (MIN_SEEDS, 1)])
def test_few_seeds_or_one_core_are_left_to_the_build(
    tmp_path, marks, loads, count, workers
):
    paths = _seeds(tmp_path / "seeds", count)
    assert read_ahead(paths, _read, marks, workers=workers) == 0
    assert loads == []
    assert list((tmp_path / "seeds").glob("*.lu")) == []


def test_the_model_keeps_the_recogniser_and_what_it_listens_to():
    pipeline = [
        ("tok2vec", SimpleNamespace(listening_components=["morphologizer"])),
        ("vecteurs", SimpleNamespace(listening_components=["ner"])),
        ("lemmatizer", SimpleNamespace()),
        ("ner", SimpleNamespace()),
    ]
    assert unheard(pipeline) == ["tok2vec", "lemmatizer"]
