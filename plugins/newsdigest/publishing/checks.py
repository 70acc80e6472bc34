"""``invoke check``: links, HTML and feeds of a built site, with real tools.

* links: the crawler of :mod:`.links` over the output folder, the site's
  address mapped to its files;
* HTML: the current Nu Html Checker (npm ``vnu-jar``, installed in
  ``checks/node_modules`` by ``npm ci --prefix checks``; needs Java), errors
  only;
* accessibility: axe-core in headless Chromium on one page of each type, in
  the light and dark colour schemes (:mod:`.accessibility`);
* feeds: every Atom file parsed by feedparser, well formed, every entry with
  a link, and absolute links when the site has an absolute address.

Each check returns the problems it found as lines of text; an empty list
means the site passed.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import feedparser

from .accessibility import check_accessibility
from .links import LinkReport, crawl, folder_fetcher, site_files

LOCAL_BASE = "http://site.invalid/"  # stands for the address of a relative build
# The npm packages of ``checks/package.json``, beside plugins/ in the project.
TOOLS = Path(__file__).resolve().parents[3] / "checks" / "node_modules"
VNU_JAR = "vnu-jar/build/dist/vnu.jar"
AXE_SCRIPT = "axe-core/axe.min.js"
Progress = Callable[[str], None]


@dataclass
class CheckReport:
    """The problems of each check and what each one looked at."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def total(self) -> int:
        return sum(len(found) for found in self.problems.values())


def site_base(site_url: str) -> str:
    """The address pages are checked under: the site's own, or a stand-in.

    >>> site_base("https://jane.github.io/revue"), site_base("")
    ('https://jane.github.io/revue/', 'http://site.invalid/')
    """
    return site_url.rstrip("/") + "/" if site_url.startswith("http") else LOCAL_BASE


def check_links(output: Path, site_url: str) -> LinkReport:
    """Crawl every page, stylesheet and feed of ``output`` from its files."""
    base = site_base(site_url)
    return crawl(base, site_files(output, base), folder_fetcher(output, base))


def vnu_command(tools: Path = TOOLS) -> list[str]:
    """``java -jar vnu.jar``, the Nu Html Checker npm's ``vnu-jar`` ships."""
    java = shutil.which("java")
    if java is None:
        raise FileNotFoundError("java is not installed (the HTML checker needs it)")
    jar = tools / VNU_JAR
    if not jar.is_file():
        raise FileNotFoundError(
            f"the Nu Html Checker is missing ({jar}): run npm ci --prefix checks"
        )
    return [java, "-jar", str(jar)]


def check_html(output: Path, tools: Path = TOOLS) -> tuple[int, list[str]]:
    """Validate every HTML page; return the page count and the errors."""
    pages = sorted(output.rglob("*.html"))
    if not pages:
        return 0, []
    try:
        command = vnu_command(tools)
    except FileNotFoundError as error:
        return len(pages), [str(error)]
    options = ["--errors-only", "--format", "json", "--exit-zero-always"]
    result = subprocess.run(
        [*command, *options, "--skip-non-html", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        return len(pages), [f"the HTML checker failed: {result.stderr.strip()[:500]}"]
    problems = []
    for message in messages:
        if message.get("type") != "error":
            continue
        where = message.get("url", "").removeprefix("file:")
        with contextlib.suppress(ValueError):
            where = str(Path(where).relative_to(output.resolve()))
        line = message.get("lastLine", 0)
        problems.append(f"{where}:{line}: {message.get('message', '')}")
    return len(pages), problems


def check_feeds(output: Path, site_url: str) -> tuple[int, list[str]]:
    """Parse every Atom feed; return the feed count and the problems."""
    feeds = sorted(output.rglob("*.atom.xml"))
    problems = []
    absolute = site_url.startswith("http")
    for path in feeds:
        name = str(path.relative_to(output))
        parsed = feedparser.parse(path.read_bytes())
        if parsed.bozo:
            problems.append(f"{name}: not a well-formed feed ({parsed.bozo_exception})")
            continue
        if not parsed.feed.get("title"):
            problems.append(f"{name}: the feed has no title")
        for entry in parsed.entries:
            link = entry.get("link", "")
            if not link:
                problems.append(f"{name}: entry '{entry.get('title')}' has no link")
            elif absolute and not link.startswith(site_url.rstrip("/") + "/"):
                problems.append(f"{name}: entry link {link} is not under {site_url}")
    return len(feeds), problems


def run_checks(
    output: Path,
    site_url: str,
    progress: Progress,
    settings: dict | None = None,
    tools: Path = TOOLS,
) -> CheckReport:
    """Every check in turn, telling ``progress`` what it is doing; the site's
    ``settings`` say where each type of page is (for the accessibility check)."""
    report = CheckReport()
    progress(f"Checking links in {output} …")
    links = check_links(output, site_url)
    report.problems["links"] = [str(broken) for broken in links.broken]
    report.counts["links"] = (
        f"{links.fetched} files, {links.checked} references "
        f"({links.external} to other sites, not followed)"
    )
    progress("Validating HTML (Nu Html Checker) …")
    pages, report.problems["html"] = check_html(output, tools)
    report.counts["html"] = f"{pages} pages"
    progress("Checking accessibility (axe-core in Chromium, light and dark) …")
    runs, report.problems["accessibility"], _results = check_accessibility(
        output, site_base(site_url), settings or {}, tools / AXE_SCRIPT
    )
    report.counts["accessibility"] = f"{runs} page views"
    progress("Reading feeds (feedparser) …")
    feeds, report.problems["feeds"] = check_feeds(output, site_url)
    report.counts["feeds"] = f"{feeds} feeds"
    return report
