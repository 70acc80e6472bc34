"""Undated articles and stable URLs: the seed ledger, as an editor meets it.

An article whose paste prints no date is dated by the moment its seed was
first added (recorded in ``seeds/ledger.json``), says "Ajouté le …" and
claims no ``datePublished``: no page, URL, feed or JSON-LD holds an
invented date. A published article keeps its URL whatever other seeds come,
go or are renamed: the newcomer gets the suffix.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from build_support import snapshot
from conftest import build
from hostile_support import BODY, GOOD, GOOD_PAGES, LEDE, own_messages, synthetic
from publish_support import QUICK, git, make_project, run_invoke, run_module

ADDED = "1709638200"  # 2024-03-05 11:30 UTC, 12:30 in Paris
LATER = "1741174200"  # a year later
UNDATED = synthetic("Un essai sans date imprimée", front="")
UNDATED_PAGE = "2024/03/05/un-essai-sans-date-imprimee/index.html"
# What an invented date used to look like, in URLs, pages, feeds and JSON-LD.
INVENTED = re.compile(r"2000[-/]01[-/]01|janvier 2000|January 2000")
TITLE = "Un essai au titre partagé"


def texts(folder: Path) -> dict[str, str]:
    """Every page and feed of a built site, by path."""
    return {
        str(path.relative_to(folder)): path.read_text("utf-8")
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".html", ".xml", ".json") and path.is_file()
    }


@pytest.fixture(scope="module")
def undated(tmp_path_factory):
    """Three dated seeds and an undated one, first built on 2024-03-05."""
    root = tmp_path_factory.mktemp("undated")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", ADDED)
        site = build(root, {**GOOD, "sans-date.txt": UNDATED})
    return site


def test_an_undated_article_is_dated_when_its_seed_was_added(undated):
    assert sorted(undated.article_paths()) == sorted([*GOOD_PAGES, UNDATED_PAGE])
    soup = undated.soup(UNDATED_PAGE)
    dates = soup.select_one(".article-dates")
    assert " ".join(dates.get_text().split()) == "Ajouté le mardi 5 mars 2024"
    assert dates.find("time")["datetime"] == "2024-03-05T12:30:00+01:00"
    assert soup.find("meta", property="article:published_time") is None
    jsonld = undated.jsonld(UNDATED_PAGE)
    assert "datePublished" not in jsonld
    assert undated.jsonld(GOOD_PAGES[1])["datePublished"].startswith("2023-09-13")
    assert own_messages(undated, logging.WARNING) == []
    ledger = json.loads((undated.root / "seeds" / "ledger.json").read_text("utf-8"))
    assert ledger["seeds"]["sans-date.txt"] == {
        "added": "2024-03-05T11:30:00+00:00",
        "url": "2024/03/05/un-essai-sans-date-imprimee/",
    }
    assert sorted(ledger["seeds"]) == sorted([*GOOD, "sans-date.txt"])


def test_no_page_url_feed_or_jsonld_holds_an_invented_date(undated):
    found = {
        path: INVENTED.findall(text)
        for path, text in texts(undated.output).items()
        if INVENTED.search(path + text)
    }
    assert found == {}
    feed = (undated.output / "feeds" / "all.atom.xml").read_text("utf-8")
    assert "2024-03-05T12:30:00+01:00" in feed  # the moment it was added


def test_a_later_build_gives_the_same_date_and_bytes(undated, tmp_path, monkeypatch):
    first = texts(undated.output)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", LATER)
    again = build(undated.root, {})
    assert texts(again.output) == first


def test_a_relative_date_resolves_against_the_moment_added(tmp_path, monkeypatch):
    """ "Publié il y a 3 heures", pasted at 12:30 in Paris: 9:30, every build."""
    text = (
        "Le Quotidien Synthétique\nEssais\n\nUn essai publié trois heures plus tôt"
        f"\n\nPar Jeanne Exemple\nPublié il y a 3 heures\n\n{LEDE}\n\n{BODY}\n"
    )
    page = "2024/03/05/un-essai-publie-trois-heures-plus-tot/index.html"
    for moment in (ADDED, LATER):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", moment)
        site = build(tmp_path, {"relatif.txt": text})
        assert site.article_paths() == [page]
        time = site.soup(page).select_one(".article-dates time")
        assert time["datetime"] == "2024-03-05T09:30:00+01:00"
        assert site.jsonld(page)["datePublished"] == "2024-03-05T09:30:00+01:00"


def test_two_fresh_clones_build_the_same_bytes(tmp_path):
    """The ledger is committed with the seeds; clones built a year apart agree."""
    origin = make_project(tmp_path / "origin", {**GOOD, "sans-date.txt": UNDATED}, None)
    listed = run_invoke(origin, "seeds", "--json", "--no-entities")
    assert listed.returncode == 0, listed.stderr
    assert "seeds/ledger.json: recorded the new seeds" in listed.stderr
    git(origin, "add", "seeds/ledger.json")
    git(origin, "commit", "--quiet", "--message", "Seed ledger")
    outputs = []
    for name, moment in (("a", ADDED), ("b", LATER)):
        clone = tmp_path / name / "revue"
        git(tmp_path, "clone", "--quiet", str(origin), str(clone))
        done = run_module(
            clone,
            ["pelican", "content", "-e", *QUICK[1:]],
            {"SOURCE_DATE_EPOCH": moment},
        )
        assert done.returncode == 0, done.stderr
        outputs.append(snapshot(clone / "output"))
        assert git(clone, "status", "--porcelain", "--", "seeds") in (
            "",
            " M seeds/ledger.json\n",  # the URLs, recorded by the first build
        )
    assert outputs[0] == outputs[1]
    assert not any(INVENTED.search(name) for name in outputs[0])


def test_strict_publishing_accepts_an_undated_seed(tmp_path):
    project = make_project(
        tmp_path / "project", {"sans-date.txt": UNDATED}, tmp_path / "remote.git"
    )
    result = run_invoke(
        project,
        "publish",
        "--dry-run",
        "--",
        *QUICK,
        env={"DIGEST_SITEURL": "https://editor.github.io/revue"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Dry run: nothing committed" in result.stdout


def same_title(hour: int, words: str = "Une copie collée par la rédaction.") -> str:
    return synthetic(TITLE, [words], front=f"date: 2024-03-05 {hour:02d}:00\n")


PLAIN = "2024/03/05/un-essai-au-titre-partage/index.html"


def test_a_newcomer_with_the_same_title_gets_the_suffix(tmp_path):
    """Even when it is earlier in the day and its file name sorts first."""
    first = build(tmp_path, {"b-publie.txt": same_title(10)})
    assert first.article_paths() == [PLAIN]
    site = build(tmp_path, {"a-nouveau.txt": same_title(9, "Une copie plus tôt.")})
    assert set(site.article_paths()) == {
        PLAIN.replace("partage/", "partage-af214b/"),
        PLAIN,
    }
    assert "Une copie collée par la rédaction." in site.html(PLAIN)
    assert own_messages(site, logging.WARNING) == [
        "seeds/a-nouveau.txt: same URL as seeds/b-publie.txt "
        f"({PLAIN}, same title and day): published at "
        "2024/03/05/un-essai-au-titre-partage-af214b/"
    ]


def test_removing_or_renaming_another_seed_moves_no_article(tmp_path):
    seeds = tmp_path / "seeds"
    site = build(
        tmp_path,
        {
            "a.txt": same_title(8, "La copie A."),
            "b.txt": same_title(9, "La copie B."),
            "c.txt": same_title(10, "La copie C."),
        },
    )
    where = {
        page: site.soup(page).select(".article-body p")[-1].get_text()
        for page in site.article_paths()
    }
    assert sorted(where.values()) == ["La copie A.", "La copie B.", "La copie C."]
    assert where[PLAIN] == "La copie A."
    (seeds / "a.txt").unlink()
    (seeds / "b.txt").rename(seeds / "b-renomme.txt")
    site = build(tmp_path, {})
    now = {
        page: site.soup(page).select(".article-body p")[-1].get_text()
        for page in site.article_paths()
    }
    c_page = next(page for page, text in where.items() if text == "La copie C.")
    assert now[c_page] == "La copie C."  # C did not move to the free plain URL
    b_page = next(page for page, text in now.items() if text == "La copie B.")
    assert b_page == PLAIN  # renamed, B is a newcomer: the plain URL was free


def test_an_edited_title_moves_only_its_own_article(tmp_path):
    build(tmp_path, {"a.txt": same_title(8), "b.txt": synthetic("Un autre essai")})
    site = build(tmp_path, {"a.txt": same_title(8).replace(TITLE, "Un titre corrigé")})
    assert sorted(site.article_paths()) == [
        "2024/03/05/un-autre-essai/index.html",
        "2024/03/05/un-titre-corrige/index.html",
    ]
    ledger = json.loads((tmp_path / "seeds" / "ledger.json").read_text("utf-8"))
    assert ledger["seeds"]["a.txt"]["url"] == "2024/03/05/un-titre-corrige/"


def test_a_refused_ledger_is_named_and_left_as_it_was(tmp_path):
    (tmp_path / "seeds").mkdir()
    ledger = tmp_path / "seeds" / "ledger.json"
    ledger.write_text('{"version": 1, "seeds": NaN}\n', encoding="utf-8")
    site = build(tmp_path, {"essai.txt": synthetic("Un essai au registre refusé")})
    assert own_messages(site, logging.ERROR) == [
        "seeds/ledger.json:1: not valid JSON: NaN is not a number JSON allows: "
        "fix it (git diff shows what changed); until then this build dates new "
        "undated seeds by now and does not write it"
    ]
    assert site.article_paths() == ["2024/03/05/un-essai-au-registre-refuse/index.html"]
    assert ledger.read_text("utf-8") == '{"version": 1, "seeds": NaN}\n'
