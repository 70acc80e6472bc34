"""Tag, category and author pages in linear time make Pelican's own calls."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import pytest
from blinker import Signal
from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings
from pelican.writers import FileOverwriteFailedError

from newsdigest.build.listings import LISTINGS, linear_listings, write_listings

# Invented articles: shared and repeated tags, several authors, two categories,
# dates out of file order and one tie.
ARTICLES = {
    "un.md": ("2024-03-02 10:00", "Vie locale", "Léa Martin", "Pont, Marché"),
    "deux.md": ("2024-01-15 08:30", "Économie", "Léa Martin, Paul Roy", "Marché"),
    "trois.md": ("2024-02-20 18:00", "Vie locale", "Paul Roy", "Pont, pont, Fête"),
    "quatre.md": ("2024-02-20 18:00", "Économie", "Inès Abadi", "Fête, Marché"),
    "cinq.md": ("2023-12-31 23:59", "Vie locale", "Inès Abadi", "Pont"),
}


def generator(tmp_path: Path) -> ArticlesGenerator:
    content = tmp_path / "content"
    content.mkdir()
    for name, (date, category, authors, tags) in ARTICLES.items():
        (content / name).write_text(
            f"Title: Article {name}\nDate: {date}\nCategory: {category}\n"
            f"Authors: {authors}\nTags: {tags}\n\nTexte inventé de {name}.\n",
            encoding="utf-8",
        )
    settings = read_settings(
        override={"PATH": str(content), "CACHE_CONTENT": False, "TIMEZONE": "UTC"}
    )
    context = {
        **settings,
        "generated_content": {},
        "static_links": set(),
        "static_content": {},
    }
    found = ArticlesGenerator(
        context=context,
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path=str(tmp_path / "output"),
    )
    with contextlib.ExitStack() as muted:
        # Pelican alone: receivers other tests' builds connected stay silent.
        for signal in vars(signals).values():
            if isinstance(signal, Signal):
                muted.enter_context(signal.muted())
        found.generate_context()
    return found


def calls(method) -> list[tuple[str, dict]]:
    made = []

    def write(name, template, context, **kwargs):
        made.append((name, template.name, id(context), kwargs))

    method(write)
    return made


@pytest.mark.parametrize(("method", "groups", "_template", "_kind"), LISTINGS)
def test_the_same_writes_as_pelicans_own(tmp_path, method, groups, _template, _kind):
    found = generator(tmp_path)
    pelicans = calls(getattr(ArticlesGenerator, method).__get__(found))
    linear_listings(found)
    ours = calls(getattr(found, method))
    assert len(pelicans) == len(getattr(found, groups)) > 1
    assert ours == pelicans


def test_a_tag_page_lists_its_articles_once_newest_first(tmp_path):
    found = generator(tmp_path)
    linear_listings(found)
    pages = {name: kwargs for name, _, _, kwargs in calls(found.generate_tags)}
    dates = [article.source_path for article in pages["tag/pont.html"]["dates"]]
    assert [Path(path).name for path in dates] == ["un.md", "trois.md", "cinq.md"]


def refusing(name, *args, **kwargs):
    raise FileOverwriteFailedError(name)


def test_a_page_that_cannot_be_written_fails_the_build(tmp_path):
    found = generator(tmp_path)
    with pytest.raises(FileOverwriteFailedError):
        write_listings(found, "tags", "tag", "Tag", refusing)


def test_a_group_without_a_slug_is_skipped_as_pelican_does(tmp_path, caplog):
    found = generator(tmp_path)
    for tag in found.tags:
        tag.slug = ""
    with caplog.at_level(logging.INFO, logger="newsdigest.build.listings"):
        write_listings(found, "tags", "tag", "Tag", refusing)
    assert "has an invalid slug; skipping writing tag page" in caplog.text
