"""``invoke publish`` refuses a broken site, says why, and pushes nothing."""

from __future__ import annotations

from publish_support import (
    QUICK,
    SYNTHETIC_SEED,
    SYNTHETIC_TITLE,
    git,
    make_project,
    needs_build_plugin,
    remote_branches,
    run_invoke,
)

SITE = {"DIGEST_SITEURL": "https://editor.github.io/revue"}
# A seed the reader rejects: a headline and nothing under it.
HEADLINE_ONLY = (
    "Le Quotidien Synthétique\nSciences\nUn titre synthétique sans article\n"
)


def _publish(tmp_path, seeds, *args, env=SITE, edit=None):
    remote = tmp_path / "remote.git"
    project = make_project(tmp_path / "project", seeds, remote)
    if edit is not None:
        edit(project)
        git(project, "commit", "--quiet", "--all", "--message", "Edit")
    result = run_invoke(project, "publish", *args, "--", *QUICK, env=env)
    return project, remote, result


def _nothing_pushed(project, remote):
    assert remote_branches(remote) == []
    assert "gh-pages" not in git(project, "branch", "--list", "gh-pages")


@needs_build_plugin
def test_refuses_a_seed_error_in_strict_mode(tmp_path):
    seeds = {"bon.txt": SYNTHETIC_SEED, "titre-seul.txt": HEADLINE_ONLY}
    project, remote, result = _publish(tmp_path, seeds)
    assert result.returncode == 1
    assert "seeds/titre-seul.txt" in result.stdout + result.stderr
    assert result.stderr.strip().endswith(
        "Publish refused: the build failed: fix the problems listed above. "
        "Nothing was pushed."
    )
    _nothing_pushed(project, remote)


def _break_a_link(project):
    page = project / "content" / "pages" / "a-propos.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\nVoir aussi [la page disparue](/revue/page-disparue/).\n",
        encoding="utf-8",
    )


def test_refuses_when_check_fails(tmp_path):
    project, remote, result = _publish(
        tmp_path, {"bon.txt": SYNTHETIC_SEED}, edit=_break_a_link
    )
    assert result.returncode == 1
    assert (
        "https://editor.github.io/revue/a-propos/: "
        "https://editor.github.io/revue/page-disparue/ (not found)"
    ) in result.stdout
    assert result.stderr.strip().endswith(
        "Publish refused: check found 1 problem(s). Nothing was pushed."
    )
    _nothing_pushed(project, remote)


def test_dry_run_shows_the_files_and_pushes_nothing(tmp_path):
    project, remote, result = _publish(
        tmp_path, {"bon.txt": SYNTHETIC_SEED}, "--dry-run"
    )
    assert result.returncode == 0, result.stderr
    assert "  Against a new gh-pages: " in result.stdout
    assert "    + .nojekyll\n" in result.stdout
    assert "    + index.html\n" in result.stdout
    assert result.stdout.strip().endswith(
        f"Dry run: nothing committed, nothing pushed to {remote} (gh-pages)."
    )
    _nothing_pushed(project, remote)


def test_refuses_without_a_site_address(tmp_path):
    project, remote, result = _publish(tmp_path, {"bon.txt": SYNTHETIC_SEED}, env={})
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Publish refused: cannot tell the site's address from the remote {remote}: "
        "set DIGEST_SITEURL (e.g. https://example.org/revue). Nothing was pushed."
    )
    _nothing_pushed(project, remote)


def test_refuses_without_a_remote(tmp_path):
    project = make_project(tmp_path / "project", {"bon.txt": SYNTHETIC_SEED}, None)
    result = run_invoke(project, "publish", env=SITE)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Publish refused: no git remote 'origin': add it with "
        "'git remote add origin URL' or pass --remote. Nothing was pushed."
    )
    assert "gh-pages" not in git(project, "branch", "--list", "gh-pages")


def test_refuses_uncommitted_changes_naming_them(tmp_path):
    """The commit message names the source commit: a new seed not committed,
    or an edited taxonomy, would be published under a name that is not its."""
    remote = tmp_path / "remote.git"
    project = make_project(tmp_path / "project", {"bon.txt": SYNTHETIC_SEED}, remote)
    other = SYNTHETIC_SEED.replace(
        SYNTHETIC_TITLE, "Un autre essai des pangolins bleus"
    )
    (project / "seeds" / "nouveau.txt").write_text(other, encoding="utf-8")
    taxonomy = project / "content" / "taxonomy.yaml"
    taxonomy.write_text(taxonomy.read_text("utf-8") + "\n", encoding="utf-8")
    (project / "output").mkdir(exist_ok=True)
    (project / "output" / "vieux.html").write_text("built files are not sources\n")
    result = run_invoke(project, "publish", "--", *QUICK, env=SITE)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Publish refused: files changed and not committed: content/taxonomy.yaml, "
        "seeds/nouveau.txt; commit them (git add, git commit) so that the site "
        "published is the site of a commit. Nothing was pushed."
    )
    assert "[1/4] Building" not in result.stderr
    _nothing_pushed(project, remote)
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "--message", "Une graine de plus")
    built = run_invoke(project, "publish", "--", *QUICK, env=SITE)
    assert built.returncode == 1
    assert built.stderr.strip().endswith(
        "Publish refused: files changed by the build and not committed: "
        "seeds/ledger.json; commit them (git add, git commit) so that the site "
        "published is the site of a commit. Nothing was pushed."
    )
    _nothing_pushed(project, remote)


CATALOGUE = {
    "uncommitted changes when publishing": test_refuses_uncommitted_changes_naming_them,
}
