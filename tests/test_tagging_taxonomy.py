"""The editor's taxonomy: what a valid file gives, and the line and key of
every mistake (a malformed taxonomy fails with a clear message)."""

from __future__ import annotations

import pytest

from newsdigest.tagging.taxonomy import (
    TaxonomyError,
    TaxonomyTag,
    load_taxonomy,
    parse_taxonomy,
)

GOOD = """\
tags:
  - name: Kim Jong-un
    kind: personne
    aliases: [Kim Jong Un]
    description: Dirigeant de la Corée du Nord.
  - name: Conquête spatiale
    pattern: 'satellites?|fusées?'
blocklist: [NDLR, Zorglub]
"""


def test_a_valid_taxonomy_gives_its_tags_and_blocklist():
    taxonomy = parse_taxonomy(GOOD)
    kim, space = taxonomy.tags
    assert kim == TaxonomyTag(
        "Kim Jong-un", "personne", ("Kim Jong Un",), "Dirigeant de la Corée du Nord."
    )
    assert (space.name, space.kind, space.pattern.pattern) == (
        "Conquête spatiale",
        "thème",
        "satellites?|fusées?",
    )
    assert taxonomy.blocklist == frozenset({"ndlr", "zorglub"})


def test_an_empty_file_is_an_empty_taxonomy_a_missing_one_an_error(tmp_path):
    (tmp_path / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert load_taxonomy(tmp_path / "empty.yaml").tags == ()
    with pytest.raises(TaxonomyError) as missing:
        load_taxonomy(tmp_path / "absent.yaml")
    assert str(missing.value) == (
        f"{tmp_path / 'absent.yaml'}: no such file (DIGEST_TAXONOMY): create it "
        "(an empty file is an empty taxonomy) or set DIGEST_TAXONOMY to yours"
    )


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("tags: [\n", 2, "not valid YAML"),
        (
            "- Russie\n",
            1,
            "the file must be a mapping with keys tags, blocklist, sections",
        ),
        (
            "tag:\n  - name: Russie\n",
            1,
            "unknown key 'tag' (known: tags, blocklist, sections)",
        ),
        ("tags:\n  name: Russie\n", 2, "tags: expected a list"),
        ("tags:\n  - kind: pays\n", 2, "a tag needs a name"),
        ("tags:\n  - name: ''\n", 2, "name: missing"),
        (
            "tags:\n  - name: Russie\n    kind: pais\n",
            3,
            "kind: 'pais' is not one of personne, pays, lieu, organisation, thème",
        ),
        (
            "tags:\n  - name: Russie\n    alias: [Russia]\n",
            3,
            "unknown key 'alias' (known: name, kind, aliases, description, pattern)",
        ),
        (
            "tags:\n  - name: Russie\n    aliases: Russia\n",
            3,
            "aliases: expected a list",
        ),
        (
            "tags:\n  - name: Russie\n    aliases: [[Russia]]\n",
            3,
            "aliases: expected text",
        ),
        (
            "tags:\n  - name: Espace\n    pattern: 'fusée('\n",
            3,
            "pattern: missing ) at position 6",
        ),
        (
            "tags:\n  - name: Russie\n  - name: Russia\n    aliases: [russie]\n",
            3,
            "'russie' already names the tag 'Russie' (line 2)",
        ),
        ("blocklist: NDLR\n", 1, "blocklist: expected a list"),
    ],
)
def test_mistakes_name_the_line_and_the_key(text, line, problem):
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, "content/taxonomy.yaml")
    assert (caught.value.path, caught.value.line) == ("content/taxonomy.yaml", line)
    assert caught.value.problem.startswith(problem)
    assert str(caught.value).startswith(
        f"content/taxonomy.yaml, line {line}: {problem}"
    )


def test_the_shipped_taxonomy_is_valid():
    from conftest import ROOT

    taxonomy = load_taxonomy(ROOT / "content" / "taxonomy.yaml")
    names = {tag.name for tag in taxonomy.tags}
    assert {"Vladimir Poutine", "Kim Jong-un", "Corée du Nord", "Vostotchny"} <= names


PATTERNED = parse_taxonomy(
    """\
tags:
  - name: Pénurie de lait
    aliases: [manque de lait]
    pattern: 'pénurie de lait|manque de lait|milk shortage'
"""
)
HEADLINE = "Les éleveurs bloquent les routes de Quimbec"
LEDE = "Des centaines d'éleveurs ont manifesté lundi."


@pytest.mark.parametrize(
    ("lang", "body", "caption"),
    [
        # the pattern alone, once in the body
        ("fr", "Ils dénoncent une pénurie de lait. Les routes sont fermées.", None),
        # an alias the pattern also matches: said once, in passing
        ("fr", "Ils dénoncent un manque de lait. Les routes sont fermées.", None),
        ("en", "They decry a milk shortage. Roads stayed closed all day.", None),
        # only in the photo caption, which the taxonomy file names too
        ("fr", "Les routes sont restées fermées.", "Un manque de lait, selon eux."),
    ],
)
def test_a_pattern_tag_applies_to_an_article_that_matches_it_once(lang, body, caption):
    """README: a tag with a pattern applies to every article whose title,
    lede, caption or body matches it, whatever its score; the editor's
    pattern wins over the "said once in passing" rule."""
    from newsdigest.tagging.tagger import Tagger
    from newsdigest.tagging.text import article_text
    from newsdigest.tagging.vocabulary import vocabulary

    doc = article_text(HEADLINE, LEDE, caption, body)
    verdicts = Tagger(vocabulary(), PATTERNED, 12, 2.0).judge(doc, lang, [])
    milk = next(v for v in verdicts if v.entity.name == "Pénurie de lait")
    assert (milk.reason, milk.entity.kind) == (None, "thème")
    assert milk.score < 2.0  # below the score any other tag needs


def test_the_blocklist_still_beats_a_pattern():
    from newsdigest.tagging.tagger import Tagger
    from newsdigest.tagging.text import article_text
    from newsdigest.tagging.vocabulary import vocabulary

    taxonomy = parse_taxonomy(
        "tags:\n  - name: Pénurie de lait\n    pattern: 'pénurie de lait'\n"
        "blocklist: [Pénurie de lait]\n"
    )
    doc = article_text(HEADLINE, LEDE, None, "Une pénurie de lait dure.")
    tags = Tagger(vocabulary(), taxonomy, 12, 2.0).tag(doc, "fr", []).tags
    assert "Pénurie de lait" not in [t.name for t in tags]
