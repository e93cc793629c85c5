"""A pytest plugin for mutation runs only (``[tool.mutmut] pytest_add_cli_args`` loads it): each mutant's
tests run the likeliest killers first (a broad check of every figure, then the tests of its own
module, each group fastest first), so a mutant is usually killed in milliseconds, before any test
that checks a whole project runs.

mutmut runs, for each mutant, every selected test that reached the mutated function, in no
particular order, and stops at the first failure (``-x``). Its stats run (``MUTANT_UNDER_TEST=stats``)
runs every selected test once; this plugin records there what each test cost in full (fixtures
included, which mutmut's own timing leaves out) in ``mutants/test-seconds.json``, and sorts each
mutant's tests: the broad checks first (``BROAD``), then the tests of the mutant's own module
(``OWN_TESTS``), each group by that cost. The order decides only how soon a mutant is killed, not whether.

Tests that read a site built by ``briefing build`` in a subprocess (the ``built_site`` fixture) are
left out: the subprocess runs the unmutated code, so they cannot kill a mutant, and building the site
costs half a minute in every worker that needs it.

A few tests build the whole H200 briefing twice and so reach nearly every function;
``OWN_MODULES`` runs them only for the mutants of the modules they are about (a mutant of units.py is
tested by the unit tests and the checks, not by twenty page-cache builds, and a mutant that survives
costs the seconds of its own module's tests, not of every build). The score is then the
strength of the tests meant for each module; a mutant that only such a build would catch counts as
surviving.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SECONDS = Path("test-seconds.json")  # mutmut runs tests from inside mutants/
UNMUTATED = {"built_site"}  # fixtures whose output comes from a subprocess, i.e. from the unmutated code
# test node id prefix -> the modules whose mutants those tests run for
OWN_MODULES = {"tests/test_pagecache.py::": ("generator.pagecache.",),
               "tests/test_seeded_gaps.py::test_a_cached_page_": ("generator.pagecache.",)}
# Tried first for every mutant: every figure of two frozen projects against its recorded row, in milliseconds
# (a mutant that changes any figure's value, range, status, date, sources or formula fails there).
BROAD = ("tests/test_change_list.py::test_the_edition_record_of_a_frozen_project_is_the_recorded_one",)
# module of the mutant -> the tests about it, tried next (a mutant of a validation rule is killed by that rule's
# bad-input test, not by the hundred tests that load a good project first)
OWN_TESTS = {"generator.validate.": ("tests/test_rules.py", "tests/test_bad_input.py", "tests/test_refused_files.py"),
             "generator.load.": ("tests/test_bad_input.py", "tests/test_refused_files.py", "tests/test_rules.py"),
             "generator.derive.": ("tests/test_derive.py",), "generator.formula.": ("tests/test_units.py", "tests/test_derive.py"),
             "generator.units.": ("tests/test_units.py",), "generator.sourcing.": ("tests/test_sourcing.py",),
             "generator.citations.": ("tests/test_targets.py",), "generator.editions.": ("tests/test_change_list.py",),
             "generator.charts.": ("tests/test_charts.py",), "generator.present.": ("tests/test_present.py",),
             "generator.siteconfig.": ("tests/test_siteconfig.py",), "generator.cache.": ("tests/test_cache.py",)}


def _stats_run() -> bool:
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


def _elsewhere(item: pytest.Item) -> bool:
    """Whether ``item`` belongs to other modules than the one of the mutant under test."""
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    modules = next((m for prefix, m in OWN_MODULES.items() if item.nodeid.startswith(prefix)), None)
    return bool(modules and mutant.startswith("generator.") and not mutant.startswith(modules))


def _ahead(item: pytest.Item) -> int:
    """0 for the broad checks, 1 for the tests of the mutant's own module, 2 for the rest: only the order changes."""
    if item.nodeid.startswith(BROAD):
        return 0
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    return 1 if any(mutant.startswith(module) and item.nodeid.startswith(tests) for module, tests in OWN_TESTS.items()) else 2


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    left_out = [item for item in items if UNMUTATED & set(getattr(item, "fixturenames", ())) or _elsewhere(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]
    if not _stats_run() and SECONDS.is_file():
        cost = json.loads(SECONDS.read_text(encoding="utf-8"))
        order = {item.nodeid: i for i, item in enumerate(items)}
        items.sort(key=lambda item: (_ahead(item), cost.get(item.nodeid, float("inf")), order[item.nodeid]))


_seconds: dict[str, float] = {}
_reached_in_setup: dict[str, set[str]] = {}  # a fixture broader than one test -> the functions its setup reached


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest):
    """Stats run: what a module- or session-scoped fixture's setup reaches. mutmut credits those functions
    only to the test that happened to set the fixture up; every later test reading its result would
    otherwise never run for their mutants (they were reported as surviving while these tests kill them)."""
    if not _stats_run() or fixturedef.scope == "function":
        yield
        return
    from mutmut.state import state

    before = set(state()._stats)
    yield
    _reached_in_setup[fixturedef.argname] = set(state()._stats) - before


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Stats run: each test is credited with what the broader fixtures it uses reached (before mutmut reads it)."""
    if _stats_run():
        from mutmut.state import state

        for name in getattr(item, "fixturenames", ()):
            state()._stats.update(_reached_in_setup.get(name, ()))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if _stats_run():
        _seconds[report.nodeid] = _seconds.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _stats_run() and _seconds:
        known = json.loads(SECONDS.read_text(encoding="utf-8")) if SECONDS.is_file() else {}
        SECONDS.write_text(json.dumps({**known, **{k: round(v, 4) for k, v in _seconds.items()}}, indent=0, sort_keys=True),
                           encoding="utf-8")
