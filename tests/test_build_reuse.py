"""Pages reused from the previous build (``newsdigest.build.writer``).

A rebuild links the files of pages whose inputs did not change from the
previous output instead of rendering them. Each case changes something
(a seed added, a seed's front matter edited, a seed deleted, a template, a
setting, a corrupt or forged record), rebuilds, and compares the site byte
for byte with a cold build of the same project (the record and the output
deleted), search index (in several bundles) included; and checks that pages were reused where
nothing changed, so that the comparison is not between two cold builds.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from pathlib import Path

import pytest
from build_support import RUNS, snapshot
from conftest import ROOT, build
from crosslinks_corpus import SEEDS
from jinja2 import DictLoader, Environment
from markupsafe import Markup

from newsdigest.build.fingerprint import (
    NESTED_ITEMS,
    Fingerprints,
    UnknownValueError,
    template_inputs,
)
from newsdigest.build.reuse import PageReuse, read_record

# Bundles of two pages at most: each case compares several search bundles.
SETTINGS = {"DIGEST_SEARCH": True, "DIGEST_SEARCH_SHARD_PAGES": 2, **RUNS}
REUSED = re.compile(r"pages: (\d+) reused from the previous build, (\d+) rendered")
# Added by a test: it joins the story of the lighthouse's first article.
ADDED = "snorvik-phare-rallume.txt"
# Edited: its title is in the story box of the other article on its event.
EDITED = "zorblanc-gazette.txt"


def record_of(root: Path) -> Path:
    return root / "cache" / "newsdigest" / "pages.json"


def counts(site) -> tuple[int, int]:
    """(calls reused, calls rendered) the build logged."""
    for record in site.records:
        found = REUSED.fullmatch(record.getMessage())
        if found:
            return int(found[1]), int(found[2])
    raise AssertionError("no 'pages:' line logged")


def cold(root: Path, settings: dict | None = None) -> dict[str, str]:
    """The output of a build of the same project from nothing."""
    shutil.rmtree(root / "output")
    record_of(root).unlink()
    site = build(root, {}, {**SETTINGS, **(settings or {})})
    assert counts(site)[0] == 0
    return snapshot(site.output)


def rebuilt(root: Path, settings: dict | None = None) -> tuple[dict, tuple[int, int]]:
    site = build(root, {}, {**SETTINGS, **(settings or {})})
    return snapshot(site.output), counts(site)


@pytest.fixture(autouse=True)
def pages_logged(caplog):
    """The build's INFO line counting the pages reused is recorded."""
    caplog.set_level(logging.INFO, logger="newsdigest.build.session")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A site of the cross-links corpus but one seed, built once."""
    build(tmp_path, {n: text for n, text in SEEDS.items() if n != ADDED}, SETTINGS)
    return tmp_path


def test_an_unchanged_site_renders_nothing_and_stays_the_same(project):
    before = snapshot(project / "output")
    index = next((project / "output" / "pagefind").glob("*/pagefind-entry.json"))
    inode = index.stat().st_ino
    after, (reused, rendered) = rebuilt(project)
    assert after == before
    assert reused > 20
    assert rendered <= 2  # empty feeds are always written
    assert index.stat().st_ino == inode  # the search index was not made again
    page = next((project / "output").glob("20*/*/*/*/index.html"))
    assert page.stat().st_nlink == 2  # linked from the old site, kept retired
    [retired] = project.glob(".output.retired.*")
    rebuilt(project)
    assert not retired.exists()  # the next build deleted it
    assert page.stat().st_nlink == 2  # and retired the site it replaced


def test_adding_a_seed_gives_the_cold_build(project):
    (project / "seeds" / ADDED).write_text(SEEDS[ADDED], encoding="utf-8")
    warm, (reused, rendered) = rebuilt(project)
    assert reused > 0 and rendered > 0
    assert warm == cold(project)


def test_editing_front_matter_gives_the_cold_build(project):
    seed = project / "seeds" / EDITED
    text = seed.read_text(encoding="utf-8")
    front = "---\ntitle: Un titre corrigé\ntags: [Un sujet ajouté]\n---\n"
    seed.write_text(front + text, encoding="utf-8")
    warm, (reused, _rendered) = rebuilt(project)
    assert reused > 0
    assert any(name.startswith("tag/un-sujet-ajoute/") for name in warm)
    assert warm == cold(project)


def test_deleting_a_seed_gives_the_cold_build(project):
    (project / "seeds" / EDITED).unlink()
    warm, (reused, _rendered) = rebuilt(project)
    assert reused > 0
    assert warm == cold(project)


def test_a_changed_template_renders_every_page(project, tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    build(project, {}, {**SETTINGS, "THEME": str(theme)})
    base = theme / "templates" / "base.html"
    text = base.read_text(encoding="utf-8")
    base.write_text(text.replace("une revue de presse", "un essai"), "utf-8")
    warm, (reused, _rendered) = rebuilt(project, {"THEME": str(theme)})
    assert reused == 0
    assert warm == cold(project, {"THEME": str(theme)})


def test_a_changed_setting_renders_every_page(project):
    warm, (reused, _rendered) = rebuilt(project, {"SITENAME": "Une autre revue"})
    assert reused == 0
    assert warm == cold(project, {"SITENAME": "Une autre revue"})


@pytest.mark.parametrize(
    "record",
    [
        b"\x00\xff not json",
        b'{"version": 1, "calls": {"k": [["../../etc/passwd", 1, 2, 3]]}}',
        b'{"version": 99, "calls": {}}',
        b"[1, 2]",
    ],
    ids=["garbage", "outside", "other-version", "not-an-object"],
)
def test_a_corrupt_record_costs_time_not_correctness(project, record):
    before = snapshot(project / "output")
    record_of(project).write_bytes(record)
    warm, (reused, _rendered) = rebuilt(project)
    assert reused == 0
    assert warm == before


def test_a_record_with_swapped_files_is_not_believed(project):
    """Each call's files given to another call: no page gets another's."""
    path = record_of(project)
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = sorted(data["calls"])
    values = [data["calls"][key] for key in keys]
    data["calls"] = dict(zip(keys, values[1:] + values[:1], strict=True))
    path.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(project / "output")
    warm, (reused, _rendered) = rebuilt(project)
    assert reused == 0
    assert warm == before


def test_a_hand_edited_output_file_is_rendered_again(project):
    page = next((project / "output").glob("20*/*/*/*/index.html"))
    name = str(page.relative_to(project / "output"))
    before = snapshot(project / "output")
    page.write_text("modifié à la main", encoding="utf-8")
    warm, _counts = rebuilt(project)
    assert warm[name] == before[name]
    assert warm == before


def test_a_linked_file_is_never_written_through(tmp_path):
    """Writing over a linked file replaces it: the live file stays."""
    live, staging = tmp_path / "output", tmp_path / "staging"
    live.mkdir()
    staging.mkdir()
    (live / "a.html").write_text("ancien", encoding="utf-8")
    found = os.stat(live / "a.html")
    entry = ["a.html", found.st_ino, found.st_size, found.st_mtime_ns]
    record = tmp_path / "pages.json"
    record.write_text(json.dumps({"version": 1, "calls": {"k": [entry]}}), "utf-8")
    assert read_record(record) == {"k": [tuple(entry)]}
    reuse = PageReuse(live, staging, record)
    assert reuse.link("k", "a.html")
    assert reuse.release(str(staging / "a.html"), override=True)
    (staging / "a.html").write_text("nouveau", encoding="utf-8")
    assert (live / "a.html").read_text(encoding="utf-8") == "ancien"


def test_a_call_whose_file_is_taken_links_none_of_its_files(tmp_path):
    """A listing of two files, the second already written in the staging
    folder: neither is linked (Pelican renders the call), the first is
    unlinked again and the written one is left as it is."""
    live, staging = tmp_path / "output", tmp_path / "staging"
    (live / "tag" / "x" / "2").mkdir(parents=True)
    (staging / "tag" / "x" / "2").mkdir(parents=True)
    entries = []
    for name in ("tag/x/index.html", "tag/x/2/index.html"):
        (live / name).write_text("ancien", encoding="utf-8")
        found = os.stat(live / name)
        entries.append([name, found.st_ino, found.st_size, found.st_mtime_ns])
    (staging / "tag/x/2/index.html").write_text("écrit", encoding="utf-8")
    record = tmp_path / "pages.json"
    record.write_text(json.dumps({"version": 1, "calls": {"k": entries}}), "utf-8")
    reuse = PageReuse(live, staging, record)
    assert not reuse.link("k", "tag/x/index.html")
    assert not (staging / "tag/x/index.html").exists()
    assert (staging / "tag/x/2/index.html").read_text(encoding="utf-8") == "écrit"
    assert not reuse.linked


class Box:
    """A plugin object holding another (an article, or plain values)."""

    def __init__(self, held: object) -> None:
        self.held = held


def test_a_value_met_deep_first_is_digested_as_where_it_is_met_again():
    """A box holding an article is met first inside another article (where
    the article it holds is reduced to its URL), then on a page: the page's
    digest is the one a fresh start gives, and sees the held article's title."""
    first, second = story_of_two()
    box = Box(first)
    second.box = Box([box, Box({"a": 1})])
    warmed = Fingerprints()
    warmed.of([second, second.box])
    assert warmed.of(box) == Fingerprints().of(box)
    before = Fingerprints().of(box)
    first.title = "Un, corrigé"
    assert Fingerprints().of(box) != before


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (["a", 1], ["a", "1"]),
        ([1], [1.0]),
        ([True], [1]),
        (["a"], [Markup("a")]),
        ({"1": 1}, {1: 1}),
        ({"a": None}, {"a": "None"}),
        ({1, "1"}, {1, "2"}),
        (Box("1"), Box(1)),
        (Box(["a"]), Box(("a",))),
        ([{"a": 1}], [{"a": "1"}]),
        ({"k": [[1]]}, {"k": [(1,)]}),
        ({"k": {1}}, {"k": frozenset({1})}),
        ([{"a": [1, 2]}], [{"a": [2, 1]}]),
        ([{"a": None}], [{"a": Markup("None")}]),
        ([list(range(NESTED_ITEMS + 1))], [[*range(NESTED_ITEMS), -1]]),
    ],
)
def test_plain_values_are_digested_by_type_and_value(one, other):
    assert Fingerprints().of(one) != Fingerprints().of(other)


def test_a_mapping_or_set_digest_does_not_depend_on_its_order():
    prints = Fingerprints()
    assert prints.of({"a": 1, "b": [2]}) == prints.of({"b": [2], "a": 1})
    assert prints.of({"b": 1, "a": 2}) == prints.of({"a": 2, "b": 1})
    assert prints.of({3, 1, 2}) == prints.of({2, 3, 1})
    assert prints.of([{"a": {3, 1}, "b": 2}]) == prints.of([{"b": 2, "a": {1, 3}}])
    large = {str(n): [n] for n in range(NESTED_ITEMS)}
    assert prints.of([large]) == prints.of([dict(reversed(large.items()))])


def test_a_content_met_inside_another_first_is_digested_as_on_its_own():
    """An article's own part (HTML, attributes holding no other article) is
    digested once, where it is first met; the articles it names are
    digested again at each depth: its digest is that of a fresh start, and
    sees a change of the article it names."""
    first, second = story_of_two()
    first.box = Box([{"jsonld": [1, {"a": "b"}]}, first.story])
    warmed = Fingerprints()
    warmed.of([second, Box(first)])
    assert warmed.of(first) == Fingerprints().of(first)
    before = Fingerprints().of(first)
    second.title = "Deux, corrigé"
    assert Fingerprints().of(first) != before


class Story:
    """A plugin object naming articles, as stories and related boxes do."""

    def __init__(self, title: str, articles: list) -> None:
        self.title, self.articles = title, articles


class Content:
    """The public face of a Pelican content: HTML, URL, attributes."""

    def __init__(self, url: str, title: str) -> None:
        self.url = self.save_as = url
        self.title = title
        self.story: Story | None = None

    def get_content(self, siteurl: str) -> str:
        return f"<p>{self.title}</p>"

    def get_summary(self, siteurl: str) -> str:
        return self.title


def story_of_two() -> tuple[Content, Content]:
    first, second = Content("a/", "Un"), Content("b/", "Deux")
    first.story = second.story = Story("Une histoire", [first, second])
    return first, second


def test_a_digest_does_not_depend_on_what_was_digested_first():
    first, second = story_of_two()
    one_way = Fingerprints()
    before = (one_way.of(first), one_way.of(second))
    other_way = Fingerprints()
    after = other_way.of(second), other_way.of(first)
    assert before == after[::-1]
    assert before[0] != before[1]


def test_a_digest_sees_a_change_in_an_article_named_by_another():
    first, second = story_of_two()
    unchanged = Fingerprints().of(first)
    second.title = "Deux, corrigé"
    assert Fingerprints().of(first) != unchanged


def test_an_object_that_holds_itself_is_not_digested():
    story = Story("Une histoire", [])
    story.articles.append(story)
    with pytest.raises(UnknownValueError):
        Fingerprints().of(story)


def test_files_reached_through_a_linked_folder_are_not_reused(project, tmp_path):
    """A folder of the live site swapped for a link to one elsewhere: its
    files (the very same, by inode) are rendered again, never linked."""
    before = snapshot(project / "output")
    elsewhere = tmp_path / "elsewhere"
    os.rename(project / "output" / "tag", elsewhere)
    os.symlink(elsewhere, project / "output" / "tag")
    inodes = {path.stat().st_ino for path in elsewhere.rglob("*.html")}
    warm, (reused, _rendered) = rebuilt(project)
    assert reused > 0
    assert warm == before
    tags = (project / "output" / "tag").rglob("*.html")
    assert not inodes & {path.stat().st_ino for path in tags}


class CountingLoader(DictLoader):
    """Templates from a dict, counting the sources asked."""

    def __init__(self, mapping: dict[str, str]) -> None:
        super().__init__(mapping)
        self.asked: list[str] = []

    def get_source(self, environment, template):
        self.asked.append(template)
        return super().get_source(environment, template)


TEMPLATES = {
    "base.html": "{{ SITENAME }}{% block body %}{% endblock %}",
    "tag.html": '{% extends "base.html" %}{% block body %}{{ tag }}{% endblock %}',
    "page.html": '{% extends "base.html" %}{% block body %}{{ page }}{% endblock %}',
    "chosen.html": "{% include choice %}",
}


def test_template_inputs_name_what_each_template_reads_parsing_each_once():
    loader = CountingLoader(TEMPLATES)
    environment = Environment(loader=loader)
    parsed: dict = {}
    tag = template_inputs(environment, "tag.html", parsed)
    page = template_inputs(environment, "page.html", parsed)
    assert tag[0] == {"SITENAME", "tag"}
    assert page[0] == {"SITENAME", "page"}
    assert tag[1] != page[1]
    assert sorted(loader.asked) == ["base.html", "page.html", "tag.html"]
    fresh = Environment(loader=DictLoader(TEMPLATES))
    assert template_inputs(fresh, "tag.html") == tag
    assert template_inputs(environment, "chosen.html", parsed) is None
