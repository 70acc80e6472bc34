"""Tag accuracy and speed on the dev articles an editor tagged by hand.

    python bench/tags.py              # figures, per language and per hand-tag set
    python bench/tags.py --misses     # also every miss and wrong tag, with its cause

Every corpus seed is read by the project's reader and tagged as a build tags
it (``tagging.reading`` per seed, then the site-wide step), with the language
model and its span cache. Scores are computed by ``bench/tagscore.py`` against
the 15 articles of ``tests/fixtures/expected_tags.yaml`` and the 47 of
``tests/fixtures/dev_tags.json``: precision (a malformed name counting as
right, then as wrong), core recall (then names only, without the subjects of
``tests/fixtures/hand_subjects.yaml``), articles without a tag, and entities
with two tag pages. The same figures are printed without the taxonomy file
(vocabulary only): what the editor's curated subjects and aliases add.
Speed: tagging every seed with an empty span cache (cold, model load apart)
and again from the cache (warm).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from pelican.settings import read_settings

from bench.tagscore import (
    HandTag,
    Matcher,
    Predicted,
    assign,
    duplicates,
    load_hand_tags,
    score,
)
from newsdigest.seeds.reader import SeedReader
from newsdigest.settings import digest_settings
from newsdigest.tagging.lexicon import Lexicon
from newsdigest.tagging.names import tag_slug
from newsdigest.tagging.ner import load_model
from newsdigest.tagging.reading import ReadTagger, text_of
from newsdigest.tagging.sitewide import SiteTags
from newsdigest.tagging.taxonomy import load_taxonomy
from newsdigest.tagging.text import fold
from newsdigest.tagging.vocabulary import vocabulary

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
TAXONOMY = ROOT / "content" / "taxonomy.yaml"
Read = tuple[str, dict[str, Any]]


def settings(**override: Any) -> dict[str, Any]:
    """The project's settings, with the corpus's folders and ``override``."""
    values = {"PATH": str(ROOT / "content"), "DIGEST_TAXONOMY": str(TAXONOMY)}
    return read_settings(str(ROOT / "pelicanconf.py"), override={**values, **override})


def read_corpus(names: list[str]) -> dict[str, Read]:
    """Every seed as the reader renders it (its own tags are redone below)."""
    reader = SeedReader(settings(DIGEST_NER_ENABLED=False))
    return {
        name: reader.read_seed(str(CORPUS / f"{name}.txt"), f"{name}.txt")
        for name in names
    }


def tag_corpus(read: dict[str, Read], tagger: ReadTagger) -> dict[str, list[dict]]:
    """Each article's ``entity_tags``, as the reader would give them."""
    found = {}
    for name, (content, metadata) in read.items():
        _, tagged = tagger(content, metadata, str(CORPUS / f"{name}.txt"))
        found[name] = tagged.get("entity_tags", [])
    return found


def site_tags(
    read: dict[str, Read], found: dict[str, list[dict]], lexicon: Lexicon
) -> dict[str, list[Predicted]]:
    """The tag pages of each article after the site-wide step (oldest first)."""
    order = sorted(read, key=lambda n: (str(read[n][1].get("date")), n))
    pages = SiteTags(lexicon)
    pages.settle([((), found[name]) for name in order])
    return {
        name: [
            Predicted(p.name, p.kind, p.slug) for p in pages.tags_of((), found[name])
        ]
        for name in read
    }


def matcher_for(lexicon: Lexicon) -> Matcher:
    def canonical(name: str) -> str:
        entry = lexicon.lookup(name)
        return entry.tag if entry is not None and not entry.demonym else name

    spellings: dict[str, list[str]] = {}
    for key, entry in lexicon.entries.items():
        spellings.setdefault(entry.tag, [entry.tag]).append(key)
    return Matcher(
        key=lambda name: tag_slug(canonical(name)),
        variant=fold,
        known=lambda name: lexicon.lookup(name) is not None,
        spellings=lambda name: spellings.get(name, [name]),
        titles=_title_words(),
    )


def _title_words() -> frozenset[str]:
    """Titles, ranks and honorifics: "Colonel Barry" is Mamadou Alpha Barry."""
    words = vocabulary()
    honorifics = {fold(h) for h in words.honorifics}
    return frozenset(
        w for t in words.titles | honorifics | words.peerages for w in t.split()
    )


def report(
    label: str,
    hand: dict[str, list[HandTag]],
    predicted: dict[str, list[Predicted]],
    matcher: Matcher,
) -> None:
    print(f"\n{label}")
    header = "articles  precision  strict  core recall  names only  untagged"
    print(f"  {'':<22}{header}")
    dev = _dev_names()
    groups = [
        ("all", hand),
        ("  French", {n: t for n, t in hand.items() if n.startswith("fr-")}),
        ("  English", {n: t for n, t in hand.items() if n.startswith("en-")}),
        ("  the 15 (yaml)", {n: t for n, t in hand.items() if n not in dev}),
        ("  the 47 (json)", {n: t for n, t in hand.items() if n in dev}),
    ]
    for name, subset in groups:
        counts = score(subset, predicted, matcher)
        row = counts.row()
        print(
            f"  {name:<22}{counts.articles:>8}  {row['precision']:>9.3f}  "
            f"{row['strict precision']:>6.3f}  {row['core recall']:>11.3f}  "
            f"{row['core recall, names']:>10.3f}  {len(counts.untagged):>8}"
        )
    untagged = score(hand, predicted, matcher).untagged
    if untagged:
        print(f"  untagged: {', '.join(sorted(untagged))}")
    twins = duplicates(hand, predicted, matcher)
    print(f"  entities with two tag pages: {len(twins)}")
    for entity, names in twins.items():
        print(f"    {entity}: {' / '.join(names)}")


def _dev_names() -> set[str]:
    import json

    from bench.tagscore import DEV_TAGS

    return set(json.loads(DEV_TAGS.read_text(encoding="utf-8"))["articles"])


def show_misses(
    hand: dict[str, list[HandTag]],
    predicted: dict[str, list[Predicted]],
    matcher: Matcher,
    read: dict[str, Read],
    tagger: ReadTagger,
) -> None:
    """Every missed core tag and every tag no hand tag accepts, with its cause."""
    print("\nMisses (core tags not found) and wrong tags, with their causes:")
    for name, tags in sorted(hand.items()):
        got = predicted[name]
        content, metadata = read[name]
        verdicts = tagger.verdicts(content, metadata)
        text = fold(text_of(content, metadata).text)
        lines = []
        for h in tags:
            if h.core and not any(matcher.exact(t, h) for t in got):
                cause = _cause(h, got, verdicts, text, matcher)
                lines.append(f"  missed {h.names[0]!r}: {cause}")
        for tag, match, exact in assign(got, tags, matcher):
            if match is None:
                lines.append(
                    f"  wrong  {tag.name!r} ({tag.kind}): {_origin(tag, verdicts)}"
                )
            elif not exact:
                lines.append(f"  malformed {tag.name!r} for {match.names[0]!r}")
        if lines:
            print(name)
            print("\n".join(lines))


def _cause(
    hand: HandTag, got: list[Predicted], verdicts: list, text: str, matcher: Matcher
) -> str:
    loose = [t.name for t in got if matcher.loose(t, hand)]
    if loose:
        return f"tagged under another name: {', '.join(loose)}"
    for verdict in verdicts:
        entity = verdict.entity
        candidate = Predicted(entity.name, entity.kind or "", tag_slug(entity.name))
        if matcher.loose(candidate, hand):
            why = verdict.reason or "kept, then merged"
            return f"found as {entity.name!r} ({entity.kind}), {why} ({verdict.score})"
    if any(fold(n) in text for n in hand.names):
        return "in the text, never found as a name or subject"
    return "not named in the article's text"


def _origin(tag: Predicted, verdicts: list) -> str:
    for verdict in verdicts:
        if tag_slug(verdict.entity.name) == tag.slug:
            mentions = verdict.entity.mentions
            forms = ", ".join(sorted({m.form for m in mentions}))
            return f"score {verdict.score}, {len(mentions)} mentions ({forms})"
    return "from the site-wide step"


def timed(read: dict[str, Read], folder: str) -> tuple[dict[str, list[dict]], dict]:
    """Tag everything cold (empty span cache) then warm; seconds of each."""
    values = settings(DIGEST_NER_ENABLED=True, DIGEST_CACHE_PATH=folder)
    started = time.perf_counter()
    load_model(digest_settings(values)["DIGEST_NER_MODEL"])
    loaded = time.perf_counter()
    cold = tag_corpus(read, ReadTagger(values))
    cold_done = time.perf_counter()
    warm = tag_corpus(read, ReadTagger(values))
    warm_done = time.perf_counter()
    assert cold == warm
    return cold, {
        "model load": loaded - started,
        "cold": cold_done - loaded,
        "warm": warm_done - cold_done,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    hand = load_hand_tags()
    names = sorted(p.stem for p in CORPUS.glob("*.txt"))
    read = read_corpus(names)
    lexicon = Lexicon(vocabulary(), load_taxonomy(TAXONOMY))
    matcher = matcher_for(lexicon)
    with tempfile.TemporaryDirectory() as folder:
        found, seconds = timed(read, folder)
        empty = Path(folder) / "no-taxonomy.yaml"
        empty.write_text("", encoding="utf-8")  # an empty taxonomy (a missing
        # file is an error: the blocklist would silently stop applying)
        bare = ReadTagger(
            settings(
                DIGEST_CACHE_PATH=folder,
                DIGEST_TAXONOMY=str(empty),
            )
        )
        without = tag_corpus(read, bare)
        predicted = site_tags(read, found, lexicon)
        print(f"Tags of {len(hand)} hand-tagged dev articles ({len(read)} seeds read)")
        report("With the taxonomy file", hand, predicted, matcher)
        bare_lexicon = Lexicon(vocabulary(), load_taxonomy(empty))
        report(
            "Without it (vocabulary only; hand tags still read through the taxonomy)",
            hand,
            site_tags(read, without, bare_lexicon),
            matcher,
        )
        if args.misses:
            tagger = ReadTagger(settings(DIGEST_CACHE_PATH=folder))
            show_misses(hand, predicted, matcher, read, tagger)
    count = len(read)
    print(f"\nmodel load            {seconds['model load']:6.2f} s")
    print(f"cold (model + rules)  {count / seconds['cold']:6.1f} seeds/s")
    print(f"warm (cache + rules)  {count / seconds['warm']:6.1f} seeds/s")


if __name__ == "__main__":
    main()
