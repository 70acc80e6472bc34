"""Feed entries shaped from their articles (``newsdigest.site.feeds``), with
invented articles: each article's URL is computed once for all the feeds of
a build (one feed per tag and section), not once per feed."""

from __future__ import annotations

from feedgenerator import Atom1Feed

from newsdigest.site.feeds import shape_feed


class Article:
    """An article whose ``url`` and ``authors`` count how often they are read."""

    computed = 0
    signed = 0

    def __init__(self, number: int) -> None:
        self.number = number
        self.title = f"Titre inventé {number}"
        self.lang = "fr"

    @property
    def authors(self) -> list[str]:
        Article.signed += 1
        return [f"Autrice {self.number}"]

    @property
    def url(self) -> str:
        Article.computed += 1
        return f"2031/01/0{self.number}/titre-{self.number}/"


def feed_of(articles: list[Article]) -> Atom1Feed:
    feed = Atom1Feed("Revue", "https://revue.example/", "Une revue inventée")
    for article in articles:
        feed.add_item("titre", f"https://revue.example/{article.url}", "", pubdate=None)
    return feed


def test_each_article_url_and_authors_are_read_once_for_all_feeds():
    articles = [Article(number) for number in range(1, 6)]
    context = {"articles": articles, "DEFAULT_LANG": "fr"}
    feeds = [feed_of(articles[:3]), feed_of(articles[2:]), feed_of(articles)]
    Article.computed = Article.signed = 0
    for feed in feeds:
        shape_feed(context, feed)
    assert Article.computed == Article.signed == len(articles)
    shaped = [item["authors"] for feed in feeds for item in feed.items]
    assert shaped[:3] == [["Autrice 1"], ["Autrice 2"], ["Autrice 3"]]
    assert shaped[3:6] == [["Autrice 3"], ["Autrice 4"], ["Autrice 5"]]
