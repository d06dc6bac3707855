"""The CI files: valid for their service, and running exactly the README's commands."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from tests.conftest import ROOT

GITHUB = ROOT / ".github" / "workflows" / "publish.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
BUILD = "briefgen build --strict"


def _load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "schema"), [(GITHUB, "vendor.github-workflows"), (GITLAB, "vendor.gitlab-ci")])
def test_ci_file_matches_its_schema(path, schema):
    run = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def _github_runs() -> list[str]:
    jobs = _load(GITHUB)["jobs"]
    return [step["run"] for job in jobs.values() for step in job.get("steps", []) if "run" in step]


def _gitlab_scripts() -> dict[str, list[str]]:
    config = _load(GITLAB)
    return {name: job["script"] for name, job in config.items() if isinstance(job, dict) and "script" in job}


def test_ci_runs_the_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and BUILD in readme
    github = _github_runs()
    assert github.index("make test") < next(i for i, r in enumerate(github) if BUILD in r)
    for name, script in _gitlab_scripts().items():
        assert script[0] == "make test" and BUILD in script[1], name


def test_github_deploys_main_only_with_least_permissions():
    workflow = _load(GITHUB)
    # PyYAML reads the key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"]["group"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "pull_request" in deploy["if"] and deploy["needs"] == "build"
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    for action in (
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
        "actions/upload-artifact",
    ):
        assert any(u.startswith(action + "@") for u in uses), action
    setup = next(s for s in workflow["jobs"]["build"]["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip" and setup["with"]["cache-dependency-path"] == "pyproject.toml"
    review = next(
        s for s in workflow["jobs"]["build"]["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
    )
    assert review["if"] == "github.event_name == 'pull_request'"


def test_gitlab_pages_job_publishes_public():
    config = _load(GITLAB)
    pages = config["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert re.search(r"\bmv site public\b", " ".join(pages["script"]))
    assert config["image"].startswith("python:3.11")
    assert ".cache/pip" in config["cache"]["paths"]
