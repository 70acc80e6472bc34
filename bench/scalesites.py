"""The same synthetic articles as three sites: this project's seeds, plain
Pelican's Markdown and Hugo's, for ``bench/scale.py``.

Articles come from ``bench/synthetic.py`` (invented names, places and events
covered by several sources) written with French words in the proportions
French uses them (wordfreq), about 600 words each, 3 to 6 front-matter tags.
The same count and seed always give the same bytes.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

from wordfreq import top_n_list

from bench.synthetic import Prose, seed_text, synthetic_articles

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = 9  # about 600 words with the title and the lede
THEMES = (
    "Énergie Santé Élections Climat Justice Transports Éducation Agriculture "
    "Logement Défense Numérique Budget Diplomatie Immigration Espace Retraites"
).split()
AUTHOR = "Auteur Fictif"


def french_prose(rng: random.Random) -> Prose:
    """Prose of French words: the 3,000 most common as filler, rarer ones as
    the words an event is about."""
    words = [w for w in top_n_list("fr", 30_000) if w.isalpha()]
    common = [w for w in words[:3500] if len(w) > 1 or w in "ày"][:3000]
    rare = [w for w in words[5000:] if len(w) >= 5]
    return Prose(rng, common=common, rare=rare)


def articles(count: int, seed: int = 0) -> dict[str, dict]:
    """``count`` articles by seed file name, each the fields of ``seed_text``."""
    rng = random.Random(seed)
    found = synthetic_articles(count, rng, french_prose(rng), paragraphs=PARAGRAPHS)
    for fields in found.values():
        fields["tags"] = fields["tags"] + rng.sample(THEMES, rng.randint(0, 2))
    return found


def write_seeds(folder: Path, found: dict[str, dict]) -> None:
    """This project's seeds, one file each, under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, fields in found.items():
        (folder / name).write_text(seed_text(**fields), encoding="utf-8")


def ours_settings(site: Path) -> Path:
    """The project's ``pelicanconf.py`` pointed at ``site`` (seeds/, content/,
    cache/, output/ there; theme and plugins from the project)."""
    content = site / "content"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    for name in ("taxonomy.yaml", "pages/a-propos.md"):
        (content / name).write_bytes((ROOT / "content" / name).read_bytes())
    path = site / "benchconf.py"
    path.write_text(
        textwrap.dedent(f"""\
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from pelicanconf import *  # noqa: F403
            THEME = {str(ROOT / "theme")!r}
            PLUGIN_PATHS = [{str(ROOT / "plugins")!r}]
            """),
        encoding="utf-8",
    )
    return path


def pelican_markdown(name: str, fields: dict) -> str:
    """One article as Markdown for plain Pelican."""
    body = "\n\n".join([fields["lede"], *fields["paragraphs"]])
    return (
        f"Title: {fields['title']}\nDate: {fields['date']:%Y-%m-%d %H:%M}\n"
        f"Category: {fields['section']}\nTags: {', '.join(fields['tags'])}\n"
        f"Authors: {AUTHOR}\nSlug: {Path(name).stem}\n"
        f"Summary: {fields['lede']}\n\n{body}\n\n*{fields['source']}*\n"
    )


PELICAN_CONF = """\
AUTHOR = "Bench"
SITENAME = "Revue de presse"
SITEURL = ""
RELATIVE_URLS = True
PATH = "content"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
PLUGINS = []
DEFAULT_PAGINATION = 20
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
"""


def write_pelican(site: Path, found: dict[str, dict]) -> Path:
    """Plain Pelican's site (default theme, pagination, tag and category pages
    and feeds); the settings file."""
    content = site / "content"
    content.mkdir(parents=True, exist_ok=True)
    for name, fields in found.items():
        text = pelican_markdown(name, fields)
        (content / f"{Path(name).stem}.md").write_text(text, encoding="utf-8")
    path = site / "pelicanconf.py"
    path.write_text(PELICAN_CONF, encoding="utf-8")
    return path


def hugo_markdown(fields: dict) -> str:
    """One article as Markdown with YAML front matter for Hugo."""
    body = "\n\n".join([fields["lede"], *fields["paragraphs"]])
    tags = ", ".join(f'"{tag}"' for tag in fields["tags"])
    return (
        f'---\ntitle: "{fields["title"]}"\n'
        f"date: {fields['date']:%Y-%m-%dT%H:%M:00+01:00}\n"
        f'categories: ["{fields["section"]}"]\ntags: [{tags}]\n'
        f'authors: ["{AUTHOR}"]\nsummary: "{fields["lede"]}"\n---\n'
        f"{body}\n\n*{fields['source']}*\n"
    )


HUGO_CONF = """\
baseURL = "/"
locale = "fr"
buildFuture = true
title = "Revue de presse"
disableKinds = ["sitemap", "robotsTXT", "404"]
[pagination]
pagerSize = 20
[taxonomies]
tag = "tags"
category = "categories"
"""
HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>{{ .Title }} · {{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml"
href="{{ .RelPermalink }}">{{ end }}</head>
<body><header><a href="/">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time>{{ .Date.Format "2006-01-02" }}</time>
<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>
{{ end }}</p>{{ .Content }}</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
{{ range (.Paginate $pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">
{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}
{{ template "_internal/pagination.html" . }}{{ end }}
""",
    "terms.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>
{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">
{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
}


def write_hugo(site: Path, found: dict[str, dict]) -> None:
    """Hugo's site: a minimal layout with the same pages (articles, paginated
    front page, tag and category pages, their feeds)."""
    content = site / "content" / "articles"
    content.mkdir(parents=True, exist_ok=True)
    for name, fields in found.items():
        text = hugo_markdown(fields)
        (content / f"{Path(name).stem}.md").write_text(text, encoding="utf-8")
    layouts = site / "layouts"
    layouts.mkdir(exist_ok=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    (site / "hugo.toml").write_text(HUGO_CONF, encoding="utf-8")
