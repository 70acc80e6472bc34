"""The GitHub Pages workflow: valid for GitHub, clean for zizmor, and doing
what the README says (install, strict build, checks, official Pages actions)."""

from __future__ import annotations

import subprocess

import yaml
from publish_support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
README_INSTALL = "python3 -m pip install -r requirements.txt"


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_workflow_matches_the_github_schema():
    result = _run(
        "check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok -- validation done"


def test_zizmor_finds_nothing_of_medium_severity_or_above():
    result = _run("zizmor", "--offline", str(WORKFLOW))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def test_workflow_builds_checks_and_deploys_with_least_privilege():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "",
        "",
        "actions/configure-pages",
        "actions/cache",
        "",
        "",
        "actions/upload-pages-artifact",
    ]
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == [
        "actions/deploy-pages"
    ]
    checkout, python, install, checkers, _, cache, build_step, check, upload = build[
        "steps"
    ]
    assert checkout["with"] == {"persist-credentials": False}
    assert python["with"]["cache"] == "pip"
    assert install["run"] == README_INSTALL
    # The Nu Html Checker and axe-core invoke check runs, as the README installs them.
    assert checkers["run"] == "npm ci --ignore-scripts --prefix checks"
    assert README_INSTALL in (ROOT / "README.md").read_text(encoding="utf-8")
    assert cache["with"]["path"] == "cache"
    assert build_step["run"] == "invoke preview"
    assert check["run"] == "invoke check --settings publishconf.py"
    for step in (build_step, check):
        assert step["env"] == {"DIGEST_SITEURL": "${{ steps.pages.outputs.base_url }}"}
    assert upload["with"] == {"path": "output"}
