"""Shared fixtures: build real sites with Pelican in a temporary folder."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import settings
from markup_scan import assert_no_runnable_markup

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FIRST_SEED = ROOT / "seeds" / "bfmtv-poutine-coree-du-nord-satellites.txt"

# The suite gives the same answer on every run: property tests try a fixed set
# of examples (a clean clone's CI cannot fail on a draw a local run never saw).
# `pytest --hypothesis-profile=explore` draws new examples to look for bugs.
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", max_examples=200)
settings.load_profile("fixed")


class RecordingHandler(logging.Handler):
    """Keeps every log record of a build, to assert on errors and warnings."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Site:
    """A site built in a temporary folder, with helpers to read its pages."""

    root: Path
    output: Path
    records: list[logging.LogRecord] = field(default_factory=list)

    def messages(self, level: int = logging.WARNING) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= level]

    def errors(self) -> list[str]:
        return self.messages(logging.ERROR)

    def html(self, path: str) -> str:
        target = self.output / path
        if target.is_dir() or path.endswith("/"):
            target = target / "index.html"
        return target.read_text(encoding="utf-8")

    def soup(self, path: str) -> BeautifulSoup:
        return BeautifulSoup(self.html(path), "html.parser")

    def article_paths(self) -> list[str]:
        """Every article page (dated URL), relative to the output folder."""
        pages = sorted(self.output.glob("[12][0-9][0-9][0-9]/*/*/*/index.html"))
        return [str(page.relative_to(self.output)) for page in pages]

    def jsonld(self, path: str) -> dict:
        script = self.soup(path).find("script", type="application/ld+json")
        return json.loads(script.string)


def build(
    root: Path,
    seeds: dict[str, str | bytes],
    settings: dict | None = None,
    pelicanconf: Path | None = None,
) -> Site:
    """Build a site from seed texts with the project's pelicanconf.py."""
    from pelican import Pelican

    conf = site_settings(root, seeds, settings, pelicanconf)
    handler = RecordingHandler()
    logging.getLogger().addHandler(handler)
    try:
        Pelican(conf).run()
    finally:
        logging.getLogger().removeHandler(handler)
    # No test may leave markup that could run in a site (issue 5): every build
    # is scanned. A theme script added on purpose is allowed in markup_scan.py.
    assert_no_runnable_markup(root / "output")
    return Site(root=root, output=root / "output", records=handler.records)


def site_settings(
    root: Path,
    seeds: dict[str, str | bytes],
    settings: dict | None = None,
    pelicanconf: Path | None = None,
) -> dict:
    """The settings of a site in ``root`` (seeds written, content copied)."""
    from pelican.settings import read_settings

    seeds_dir = root / "seeds"
    seeds_dir.mkdir(parents=True, exist_ok=True)
    for name, text in seeds.items():
        data = text.encode("utf-8") if isinstance(text, str) else text
        (seeds_dir / name).write_bytes(data)
    content = root / "content"
    if not content.exists():
        shutil.copytree(ROOT / "content", content)
    output = root / "output"
    override = {
        "PATH": str(content),
        "ARTICLE_PATHS": [str(seeds_dir), "posts"],
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(root / "cache"),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "DIGEST_SEARCH": False,
        "DIGEST_NER_ENABLED": False,
    }
    override.update(settings or {})
    return read_settings(str(pelicanconf or ROOT / "pelicanconf.py"), override=override)


@pytest.fixture(scope="session", autouse=True)
def every_output_scanned(tmp_path_factory) -> Iterator[None]:
    """At the end of the session, every ``output/`` folder the tests built
    (in their temporary folders) is scanned once more for runnable markup:
    the builds no helper above saw (a process a test started itself) too."""
    yield
    for output in sorted(tmp_path_factory.getbasetemp().rglob("output")):
        assert_no_runnable_markup(output)


@pytest.fixture
def build_site(tmp_path: Path) -> Iterator[Callable[..., Site]]:
    """Build a site in tmp_path: ``build_site({"a.txt": text}, settings)``."""
    counter = iter(range(1000))

    def _build(seeds: dict[str, str | bytes], settings: dict | None = None) -> Site:
        return build(tmp_path / f"site{next(counter)}", seeds, settings)

    yield _build


@pytest.fixture(scope="session")
def first_seed_text() -> str:
    return FIRST_SEED.read_text(encoding="utf-8")
