"""Editor tasks (invoke), laid out as ``pelican-quickstart`` does: ``invoke --list``.

An editor's day: ``invoke seeds`` (what the reader understood of each seed),
``invoke curate SEED`` (take one over by hand), ``invoke livereload`` (preview
while editing), ``invoke publish --dry-run``, then ``invoke publish``. The
logic lives in ``plugins/newsdigest/publishing/``; each task stays thin.
Arguments after ``--`` go to Pelican: ``invoke build -- -e DIGEST_SEARCH=false``.
"""

import os
import shlex
import shutil
import sys
from pathlib import Path

from invoke import Exit, task
from invoke.main import program
from pelican import main as pelican_main
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file, read_settings

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

from newsdigest.interrupts import Interrupted, stopping  # noqa: E402
from newsdigest.logsafe import shown  # noqa: E402
from newsdigest.publishing import checks, ghpages, seedtable, server  # noqa: E402
from newsdigest.publishing import curate as curation  # noqa: E402
from newsdigest.publishing import explain as explaining  # noqa: E402
from newsdigest.publishing.seedfiles import SeedFolder  # noqa: E402
from newsdigest.publishing.siteurl import publish_site_url  # noqa: E402
from newsdigest.seeds.errors import SeedError  # noqa: E402
from newsdigest.settings import digest_settings  # noqa: E402

OPEN_BROWSER_ON_SERVE = False
SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS = {}
SETTINGS.update(DEFAULT_CONFIG)
LOCAL_SETTINGS = get_settings_from_file(str(ROOT / SETTINGS_FILE_BASE))
SETTINGS.update(LOCAL_SETTINGS)
DIGEST = digest_settings(SETTINGS)
# The settings with the content folder made absolute, as Pelican makes it.
SEED_SETTINGS = {**SETTINGS, "PATH": str(ROOT / SETTINGS["PATH"])}

CONFIG = {
    "settings_base": str(ROOT / SETTINGS_FILE_BASE),
    "settings_publish": str(ROOT / "publishconf.py"),
    # Output path. Can be absolute or relative to tasks.py. Default: 'output'
    "deploy_path": str(ROOT / SETTINGS["OUTPUT_PATH"]),
    "seeds_path": ROOT / "seeds",
    # Github Pages configuration
    "github_pages_branch": "gh-pages",
    "github_remote": "origin",
    # Host and port for `serve` and `livereload`: this machine only
    "host": server.HOST,
    "port": 8000,
}


@task
def clean(c):
    """Remove generated files"""
    if os.path.isdir(CONFIG["deploy_path"]):
        shutil.rmtree(CONFIG["deploy_path"])
        os.makedirs(CONFIG["deploy_path"])


@task
def build(c):
    """Build local version of site (the same as ``pelican content``)"""
    pelican_run("-s {settings_base}".format(**CONFIG))


@task
def rebuild(c):
    """`build` with the delete switch"""
    pelican_run("-d -s {settings_base}".format(**CONFIG))


@task
def regenerate(c):
    """Automatically regenerate site upon file modification"""
    pelican_run("-r -s {settings_base}".format(**CONFIG))


@task(help={"prefix": "serve under this sub-path, e.g. /revue/ (default /)"})
def serve(c, port=CONFIG["port"], prefix="/"):
    """Serve site at http://127.0.0.1:PORT/PREFIX (this machine only)"""
    httpd = server.make_server(Path(CONFIG["deploy_path"]), int(port), prefix, False)
    address = "http://{}:{}{}".format(
        CONFIG["host"], httpd.server_port, server.normalize_prefix(prefix)
    )
    if OPEN_BROWSER_ON_SERVE:
        import webbrowser

        webbrowser.open(address)
    sys.stderr.write(f"Serving {CONFIG['deploy_path']} at {address} ...\n")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        httpd.server_close()


@task
def reserve(c):
    """`build`, then `serve`"""
    build(c)
    serve(c)


@task
def preview(c):
    """Build production version of site (publishconf.py: absolute URLs, strict)"""
    pelican_run("-s {settings_publish}".format(**CONFIG))


@task
def livereload(c, port=CONFIG["port"]):
    """Automatically reload browser tab upon file modification."""
    from livereload import Server

    def cached_build():
        cmd = "-s {settings_base} -e CACHE_CONTENT=true LOAD_CONTENT_CACHE=true"
        pelican_run(cmd.format(**CONFIG), stop=False)

    cached_build()
    livereload_server = Server()
    theme_path = SETTINGS["THEME"]
    watched_globs = [
        CONFIG["settings_base"],
        f"{theme_path}/templates/**/*.html",
        "{}/**/*.yaml".format(SETTINGS["PATH"]),
    ]

    for extension in DIGEST["DIGEST_SEED_EXTENSIONS"]:
        watched_globs.append("{}/**/*.{}".format(CONFIG["seeds_path"], extension))

    content_file_extensions = [".md", ".rst"]
    for extension in content_file_extensions:
        content_glob = "{}/**/*{}".format(SETTINGS["PATH"], extension)
        watched_globs.append(content_glob)

    static_file_extensions = [".css", ".js"]
    for extension in static_file_extensions:
        static_file_glob = f"{theme_path}/static/**/*{extension}"
        watched_globs.append(static_file_glob)

    for glob in watched_globs:
        livereload_server.watch(glob, cached_build)

    livereload_server.serve(
        host=CONFIG["host"],
        port=int(port),
        root=CONFIG["deploy_path"],
        open_url_delay=1 if OPEN_BROWSER_ON_SERVE else None,
    )


@task(
    help={
        "json": "print JSON instead of a table",
        "entities": "add entity tags (--no-entities: front-matter tags only)",
        "explain": "show each line of seed NAME with its role and the step that "
        "claimed it",
    }
)
def seeds(c, json=False, entities=True, explain=""):
    """Table of every seed: title, source, date, tags, warnings, errors"""
    from rich.console import Console

    from newsdigest.publishing.seedtags import EntityTagger

    folder = SeedFolder(SEED_SETTINGS)
    if explain:
        path = seed_path(explain)
        try:
            text = folder.text(path)
        except SeedError as error:
            raise Exit(str(error), code=1) from None
        print(explaining.explain(text, display(path), folder.options))
        return
    tagger = EntityTagger(SETTINGS) if entities else None
    rows = seedtable.read_rows(folder, tagger)
    for ledger in folder.save():
        progress(f"{ledger}: recorded the new seeds: commit it with them")
    if json:
        print(seedtable.rows_json(rows))
        return
    console = Console()
    console.print(seedtable.table(rows))
    console.print(seedtable.summary(rows))
    missing = seedtable.without_url(rows)
    if missing:
        console.print(
            f"{len(missing)} without the original's address (add url: to the "
            "front matter): " + ", ".join(missing),
            markup=False,
        )


def seed_path(seed):
    """The file of a seed named on the command line: a path, or a file of
    seeds/ with or without its ``.txt``."""
    folder = CONFIG["seeds_path"]
    candidates = (Path(seed), folder / seed, folder / f"{seed}.txt")
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise Exit(f"No seed {seed} (give a file of seeds/ or its path)", code=2)
    return path


@task(name="tags-unknown")
def tags_unknown(c):
    """Build, then list entity tags not in the taxonomy yet (most frequent first)"""
    from newsdigest.tagging.unknown import format_report, read_report

    pelican_run("-s {settings_base}".format(**CONFIG))
    print(format_report(read_report(ROOT / DIGEST["DIGEST_CACHE_PATH"])))


@task(help={"force": "overwrite a post curated before"})
def curate(c, seed, force=False):
    """Write SEED as a Markdown post in content/ to edit; the seed is then skipped"""
    path = seed_path(seed)
    folder = SeedFolder(SEED_SETTINGS)
    try:
        post = curation.curate(folder, path, force)
    except (curation.CurateError, SeedError) as error:
        raise Exit(str(error), code=1) from None
    print(f"Wrote {display(post)}: edit it; {display(path)} is now skipped.")


@task(help={"settings": "settings the site was built with (default pelicanconf.py)"})
def check(c, settings=SETTINGS_FILE_BASE):
    """Check the built site: links, HTML (Nu checker), feeds, accessibility (axe)"""
    built = read_settings(str(ROOT / settings))
    output = Path(built["OUTPUT_PATH"])
    if not (output / "index.html").is_file():
        raise Exit(f"No site in {output}: build it first (invoke build)", code=1)
    report = checks.run_checks(output, built["SITEURL"], progress, built)
    for name, problems in report.problems.items():
        verdict = f"{len(problems)} problem(s)" if problems else "ok"
        print(f"  {name}: {report.counts[name]}: {verdict}")
        for problem in problems:
            print(f"    {problem}")
    if not report.ok:
        raise Exit(f"check found {report.total()} problem(s)", code=1)


@task(
    help={
        "dry_run": "build and check, then show what would be pushed; push nothing",
        "remote": "git remote to push to (default origin)",
        "branch": "branch GitHub Pages serves (default gh-pages)",
    }
)
def publish(
    c,
    dry_run=False,
    remote=CONFIG["github_remote"],
    branch=CONFIG["github_pages_branch"],
):
    """Build with publishconf.py, check, push to gh-pages; refuses on any error"""
    begun = []  # the steps begun, to say where a Ctrl-C stopped
    try:
        with stopping():
            publish_steps(c, dry_run, remote, branch, begun)
    except Interrupted as stop:
        step = begun[-1].rstrip(" …") if begun else "before building"
        pushing = step.startswith("[4/")
        pushed = "the push may not be complete" if pushing else "nothing was pushed"
        progress(f"Publish stopped by {stop.name} ({step}): {pushed}.")
        raise
    except (ghpages.PublishError, ValueError) as error:
        raise Exit(f"Publish refused: {error}. Nothing was pushed.", code=1) from None
    except Exit as error:
        reason = error.message or "the build failed"
        raise Exit(f"Publish refused: {reason}. Nothing was pushed.", code=1) from None


def publish_steps(c, dry_run, remote, branch, begun):
    """The steps of ``publish``, each named in ``begun`` as it begins."""
    steps = 3 if dry_run else 4
    built = [Path(CONFIG["deploy_path"]), ROOT / SETTINGS["CACHE_PATH"]]
    url = ghpages.remote_url(ROOT, remote)
    if not dry_run:
        ghpages.check_identity(ROOT)
        refuse_uncommitted(built)
    os.environ["DIGEST_SITEURL"] = site = publish_site_url(os.environ, url)
    begun.append(
        progress(f"[1/{steps}] Building {site} with publishconf.py (strict) …")
    )
    pelican_run("-s {settings_publish}".format(**CONFIG), refusal=True)
    if not dry_run:
        refuse_uncommitted(built, " by the build")
    begun.append(progress(f"[2/{steps}] Checking links, HTML and feeds …"))
    check(c, settings="publishconf.py")
    settings = read_settings(CONFIG["settings_publish"])
    output, cname = Path(settings["OUTPUT_PATH"]), settings["GITHUB_PAGES_CNAME"]
    begun.append(progress(f"[3/{steps}] Comparing with {remote}/{branch} ({url}) …"))
    fetched = ghpages.fetch_branch(ROOT, remote, branch)
    published = f"refs/remotes/{remote}/{branch}" if fetched else None
    diff = ghpages.compare(
        ghpages.folder_files(ROOT, output, ghpages.extra_files(cname)),
        ghpages.branch_files(ROOT, published) if published else {},
    )
    print(f"  Against {published or 'a new ' + branch}: {diff}")
    print("".join(f"    {line}\n" for line in diff.lines()), end="")
    if dry_run:
        print(f"Dry run: nothing committed, nothing pushed to {url} ({branch}).")
        return
    begun.append(progress(f"[4/{steps}] Committing with ghp-import and pushing …"))
    message = ghpages.publish_message(ROOT)
    commit = ghpages.import_and_push(
        ROOT, output, remote=remote, branch=branch, message=message, cname=cname
    )
    print(f"Published {commit[:12]} to {url} ({branch}): {site}/")


def refuse_uncommitted(built, how=""):
    """The site published must be the site of a commit: refuse changes (made
    by the editor, or ``how``: by the build, the seed ledger recording new
    seeds)."""
    changed = [shown(name) for name in ghpages.uncommitted(ROOT, built)]
    if changed:
        listed = ", ".join(changed[:5]) + (
            f" and {len(changed) - 5} more" if len(changed) > 5 else ""
        )
        raise ghpages.PublishError(
            f"files changed{how} and not committed: {listed}; commit them (git add, "
            "git commit) so that the site published is the site of a commit"
        )


def pelican_run(cmd, stop=True, refusal=False):
    """Run Pelican in this process; a failed build stops the task if ``stop``."""
    cmd += " " + program.core.remainder  # allows to pass-through args to pelican
    try:
        pelican_main(shlex.split(cmd))
    except Interrupted:
        raise
    except SystemExit as error:
        if error.code and stop:
            reason = "the build failed: fix the problems listed above"
            raise Exit(reason if refusal else None, code=error.code) from None


def progress(message):
    """Tell the editor (on stderr) which step runs; returns the message."""
    print(message, file=sys.stderr, flush=True)
    return message


def display(path):
    """A path as the editor sees it: relative to the project when inside it."""
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
