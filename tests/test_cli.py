"""The command line: every command documented with an example, in --help and in the README."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, briefing, run_check

from generator.cli import COMMANDS, main, parser


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(command: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "example:" in out and f"briefing {command}" in out


def test_the_installed_console_script_runs() -> None:
    """The `briefing` command pip installed (pyproject's [project.scripts]) starts and finds its commands."""
    result = subprocess.run([str(Path(sys.executable).parent / "briefing"), "--help"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "usage: briefing" in result.stdout and all(command in result.stdout for command in COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"`briefing {command}" in (REPO / "README.md").read_text()


def test_readme_quick_start_is_make_site_then_make_test() -> None:
    readme = (REPO / "README.md").read_text()
    block = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make site", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text().splitlines()


def test_the_parser_knows_exactly_the_documented_commands() -> None:
    sub = next(a for a in parser()._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)


def test_an_internal_fault_exits_1_without_a_traceback_unless_debug(project: Path) -> None:
    (project / "build").mkdir(exist_ok=True)
    shutil.rmtree(project / "build")
    (project / "build").write_text("a file where the build folder should be")
    result = briefing("build", cwd=project)
    assert result.returncode == 1
    assert "internal error:" in result.stderr and "Traceback" not in result.stderr and "--debug" in result.stderr
    result = briefing("build", "--debug", cwd=project)
    assert result.returncode == 1 and "Traceback" in result.stderr


def test_a_missing_required_file_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    result = run_check(tmp_path)
    assert result.returncode == 2
    assert "data/sources.yaml: missing: the sources file is required (looked in" in result.stderr


def test_the_code_passes_the_linter() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "generator", "tests", "benchmarks"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("script", sorted(p.name for p in (REPO / "benchmarks").glob("*.py")))
def test_each_benchmark_script_loads_with_the_code_it_measures(script: str) -> None:
    """`make bench` runs these: each imports what it measures (a function moved between modules broke one)."""
    spec = importlib.util.spec_from_file_location(f"bench_{script[:-3]}", REPO / "benchmarks" / script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # each runs only under __main__
    assert callable(module.main)
