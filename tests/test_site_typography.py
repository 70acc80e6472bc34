"""French and English typography of rendered text (newsdigest.site.typography),
on invented sentences: what changes, and what never does."""

from __future__ import annotations

import re

import pytest

from newsdigest.site.readers import typeset_metadata
from newsdigest.site.typography import NBSP, NNBSP, typeset_html, typeset_text

N = NNBSP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a tranché : non.", f"Le maire a tranché{N}: non."),
        ("Pourquoi? Parce que!", f"Pourquoi{N}? Parce que{N}!"),
        ("Trois options ; deux restent", f"Trois options{N}; deux restent"),
        ("Vraiment ?!", f"Vraiment{N}?!"),
        ("Le score : 3:1 à 20:45", f"Le score{N}: 3:1 à 20:45"),
        ("«Bonjour» dit-il", f"«{N}Bonjour{N}» dit-il"),
        ("«  Bonjour  »", f"«{N}Bonjour{N}»"),
        ('Il a dit "peut-être".', f"Il a dit «{N}peut-être{N}»."),
        ('« Le mot "zorb" »', f"«{N}Le mot “zorb”{N}»"),
        ("l'écluse d'Ormbre", "l’écluse d’Ormbre"),
        (
            "13 000 canards et 1 250 000 plumes",
            f"13{N}000 canards et 1{N}250{N}000 plumes",
        ),
        ("en 2031 450 canards", "en 2031 450 canards"),
        ("hausse de 12%", f"hausse de 12{N}%"),
        ("hausse de 12 %", f"hausse de 12{N}%"),
        ("12 km et 30 € à 10 h", f"12{NBSP}km et 30{NBSP}€ à 10{NBSP}h"),
        ("(?) reste", "(?) reste"),
        ("le 1er avril", "le 1er avril"),
    ],
)
def test_french_rules(text, expected):
    assert typeset_text(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said "no": 13,000 ducks!', "She said “no”: 13,000 ducks!"),
        ("It's the 'zorb' rule", "It’s the ‘zorb’ rule"),
        ("Why? Because; 12%", "Why? Because; 12%"),
    ],
)
def test_english_rules(text, expected):
    assert typeset_text(text, "en") == expected


def test_other_languages_are_left_alone():
    assert typeset_text('Er sagte: "nein"', "de") == 'Er sagte: "nein"'


@pytest.mark.parametrize(
    "address",
    [
        "https://zorb.example/a?b=1;c=2:3!",
        "www.zorb.example/page?x=y",
        "redaction@zorb.example",
    ],
)
def test_addresses_in_text_never_change(address):
    typeset = typeset_text(f"Voir {address} pour la suite", "fr")
    assert address.rstrip("!") in typeset


def test_markup_attributes_code_and_english_elements_never_change():
    html = (
        '<p title="a : b ?">Texte : <a href="https://z.example/?q=1;2" '
        'data-x="«x»">lien</a> !</p>'
        "<pre><code>x = a ? b : c;</code></pre>"
        '<blockquote lang="en"><p>"Why?" he asked: fine.</p></blockquote>'
        "<!-- note : ici ? -->"
    )
    result = typeset_html(html, "fr")
    tags = re.findall(r"<[^>]*>", html)
    assert re.findall(r"<[^>]*>", result) == tags
    assert "<pre><code>x = a ? b : c;</code></pre>" in result
    assert "<p>“Why?” he asked: fine.</p>" in result
    assert "<!-- note : ici ? -->" in result
    assert f'<p title="a : b ?">Texte{N}: ' in result
    assert f"</a>{N}!</p>" in result


def test_quotes_across_inline_elements():
    html = '<p>«<em>Zorb</em>» et "<a href="#z">Quux</a>"</p>'
    assert typeset_html(html, "fr") == (
        f'<p>«{N}<em>Zorb</em>{N}» et «{N}<a href="#z">Quux</a>{N}»</p>'
    )


def test_entities_stay_text():
    html = "<p>A &amp; B ; C &lt;D&gt; &#124; E</p>"
    assert typeset_html(html, "fr") == f"<p>A &amp; B{N}; C &lt;D&gt; | E</p>"


def test_each_block_is_its_own_run():
    html = "<p>Il dit :</p><p>« oui</p>"
    assert typeset_html(html, "fr") == f"<p>Il dit{N}:</p><p>«{N}oui</p>"


def test_metadata_text_fields_follow_the_article_language():
    meta = {"title": "Quoi ?", "lede": "Oui : non", "slug": "quoi", "source": "A ?"}
    shaped = typeset_metadata(meta, "fr")
    assert (shaped["title"], shaped["lede"]) == (f"Quoi{N}?", f"Oui{N}: non")
    assert (shaped["slug"], shaped["source"]) == ("quoi", "A ?")
    assert typeset_metadata(meta, "en")["title"] == "Quoi ?"
