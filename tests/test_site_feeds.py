"""Feed entries shaped from their articles (``newsdigest.site.feeds``), with
invented articles: each article's URL is computed once for all the feeds of
a build (one feed per tag and section), not once per feed."""

from __future__ import annotations

from feedgenerator import Atom1Feed

from newsdigest.site.feeds import shape_feed


class Article:
    """An article whose ``url`` counts how often it is computed."""

    computed = 0

    def __init__(self, number: int) -> None:
        self.number = number
        self.title = f"Titre inventé {number}"
        self.authors = [f"Autrice {number}"]
        self.lang = "fr"

    @property
    def url(self) -> str:
        Article.computed += 1
        return f"2031/01/0{self.number}/titre-{self.number}/"


def feed_of(articles: list[Article]) -> Atom1Feed:
    feed = Atom1Feed("Revue", "https://revue.example/", "Une revue inventée")
    for article in articles:
        feed.add_item("titre", f"https://revue.example/{article.url}", "", pubdate=None)
    return feed


def test_each_article_url_is_computed_once_for_all_feeds():
    articles = [Article(number) for number in range(1, 6)]
    context = {"articles": articles, "DEFAULT_LANG": "fr"}
    feeds = [feed_of(articles[:3]), feed_of(articles[2:]), feed_of(articles)]
    Article.computed = 0
    for feed in feeds:
        shape_feed(context, feed)
    assert Article.computed == len(articles)
    shaped = [item["authors"] for feed in feeds for item in feed.items]
    assert shaped[:3] == [["Autrice 1"], ["Autrice 2"], ["Autrice 3"]]
    assert shaped[3:6] == [["Autrice 3"], ["Autrice 4"], ["Autrice 5"]]
