"""`make mutants`: run mutmut over the generator's pure modules and record the score.

Writes mutation-results/summary.json: killed, survived, timeout, no_tests, total, equivalent,
score (killed / (total - equivalent)), the survivors (id, location, and a one-line reason where
tests/equivalent-mutants.json declares the mutant equivalent), and the commit of generator/ and
tests/ the run measured. Exits 1 when the score is below the target, so a scheduled CI run fails.

``scripts/mutants.py 'generator.units*' 'generator.formula*'`` runs and scores only the mutants whose ids
match those patterns (the summary's ``scope`` says which); without patterns every module in
``[tool.mutmut] only_mutate`` is run, and a mutant already checked in ``mutants/`` keeps its result
(mutmut reruns it when its function changes). ``--survivors`` runs only the mutants in scope not yet killed:
those never checked, and those that survived or were cut short (after adding tests, or to finish a
run that was stopped), but not a mutant that timed out nor one listed as equivalent that survived (mutmut forgets a result
when its function changes, so such a mutant runs again after any change to its function). ``--summarise`` only scores the results
already in ``mutants/`` (a run stopped before its end: mutants not yet checked are counted as
``not_checked`` and left out of the score, and ``complete`` is false).

A mutant that times out is not counted as killed (the per-mutant limit is kept tight so that a
mutant that loops for ever costs a minute, not an hour, and on a busy machine a slow run may hit it);
the summary lists timeouts apart so that they can be looked at.
"""
from __future__ import annotations

import ast
import concurrent.futures
import fnmatch
import json
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 0.90
MUTMUT = [sys.executable, "-m", "mutmut"]


def main(args: list[str]) -> int:
    started = time.monotonic()
    patterns = [a for a in args if not a.startswith("--")]
    listed = json.loads((REPO / "tests" / "equivalent-mutants.json").read_text(encoding="utf-8"))
    _refresh_copies()
    if "--survivors" in args:  # an equivalent mutant that survived its function's last change need not run again
        again = [key for key, s in results(patterns).items() if s not in ("killed", "timeout") and not (s == "survived" and key in listed)]
        if again:
            subprocess.run([*MUTMUT, "run", "--max-children", "2", *again], cwd=REPO, check=False)
    elif "--summarise" not in args:
        subprocess.run([*MUTMUT, "run", "--max-children", "2", *patterns], cwd=REPO, check=False)
    run_cpu, run_wall = _cpu_seconds(), time.monotonic() - started
    status = results(patterns)
    counts = {name: sum(1 for s in status.values() if s == name) for name in ("killed", "survived", "timeout", "no tests", "not checked")}
    shown = [key for key, s in status.items() if s in ("survived", "no tests", "timeout")]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:  # one `mutmut show` process each: a second apiece
        diffs = dict(zip(shown, pool.map(show, shown)))
    changes = {key: change(diffs[key]) for key, s in status.items() if s in ("survived", "no tests")}
    # a listed mutant counts as equivalent only while it survives and is still the change it was judged on
    # (mutmut numbers a function's mutants in order: after an edit of the function, a number may name another change)
    equivalent = {key: entry["reason"] for key, entry in listed.items() if changes.get(key) == entry["change"]}
    stale = sorted(key for key in listed if key in changes and key not in equivalent)
    survivors = [{"id": key, "location": location(key, diffs[key]), **({"reason": equivalent[key]} if key in equivalent else {})}
                 for key in sorted(changes)]
    counted = len(status) - counts["not checked"] - len(equivalent)
    summary = {
        "killed": counts["killed"], "survived": counts["survived"], "timeout": counts["timeout"], "no_tests": counts["no tests"],
        "not_checked": counts["not checked"], "complete": counts["not checked"] == 0, "total": len(status),
        "equivalent": len(equivalent), "score": round(counts["killed"] / counted, 4) if counted else 0.0,
        "target": TARGET, "scope": patterns or ["every module in [tool.mutmut] only_mutate"],
        "minutes": None if "--summarise" in args or "--survivors" in args else round(run_wall / 60, 1),
        "cpu_minutes": None if "--summarise" in args or "--survivors" in args else round(run_cpu / 60, 1),
        "survivors": survivors, "killed_but_listed_equivalent": sorted(k for k in listed if status.get(k) == "killed"),
        "listed_equivalent_but_changed": stale, "timeouts": [{"id": key, "location": location(key, diffs[key])} for key, s in sorted(status.items()) if s == "timeout"],
        "commit": subprocess.run(["git", "log", "-1", "--format=%H", "--", "generator", "tests"], cwd=REPO,
                                 capture_output=True, text=True, check=True).stdout.strip(),
    }
    out = REPO / "mutation-results" / "summary.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"mutation score {summary['score']:.1%} ({summary['killed']} killed of {counted} non-equivalent mutants checked; "
          f"{summary['survived']} survived, {summary['no_tests']} reached by no test, {summary['timeout']} timed out, "
          f"{summary['not_checked']} not checked) in {summary['minutes']} min; written to {out.relative_to(REPO)}")
    return 0 if summary["score"] >= TARGET else 1


def _refresh_copies() -> None:
    """Bring mutmut's copy of generator/'s other files (templates, scaffold) up to date: mutmut copies them only
    when missing, so an edited template would otherwise be run stale (and the stats run fails on it)."""
    source, copy = REPO / "generator", REPO / "mutants" / "generator"
    if not copy.is_dir():
        return
    for path in (p for p in source.rglob("*") if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts):
        target = copy / path.relative_to(source)
        if not target.exists() or target.read_bytes() != path.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    for target in (p for p in copy.rglob("*") if p.is_file() and p.suffix not in (".py", ".meta", ".spans", ".pyc")):
        if not (source / target.relative_to(copy)).exists():
            target.unlink()


def _cpu_seconds() -> float:
    """CPU time mutmut and the test runs it forked took: on a shared machine the wall time says more about
    the other load than about the run; on an idle one with 2 workers a run takes about half this."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def results(patterns: list[str]) -> dict[str, str]:
    """Each mutant's status as ``mutmut results`` lists it (killed, survived, not checked...)."""
    listing = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return {key: s for key, s in (line.strip().rsplit(": ", 1) for line in listing.splitlines() if ": " in line)
            if not patterns or any(fnmatch.fnmatch(key, pattern) for pattern in patterns)}


def show(key: str) -> list[str]:
    """The mutant's diff against the original, as ``mutmut show`` prints it."""
    return subprocess.run([*MUTMUT, "show", key], cwd=REPO, capture_output=True, text=True).stdout.splitlines()


def change(diff: list[str]) -> str:
    """The lines a mutant takes out and puts in, stripped (what tests/equivalent-mutants.json pins each listed mutant to)."""
    return "\n".join(line[0] + " " + line[1:].strip() for line in diff if line.startswith(("-", "+")) and not line.startswith(("---", "+++")))


def location(key: str, diff: list[str]) -> str:
    """``generator/units.py:142`` for a mutant id such as ``generator.units.xǁUnitsǁparse__mutmut_3``: the
    line of the mutated function's definition plus the line the mutation changed within it."""
    module, _, name = key.partition(".x")
    path = Path(*module.split(".")).with_suffix(".py")
    name = re.sub(r"__mutmut_\d+$", "", name)
    qualified = [part for part in name.split("ǁ") if part] if name.startswith("ǁ") else [name[1:]]  # x_name, xǁClassǁname
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    line = _definition(tree, qualified)
    changed = next((i for i, text in enumerate(d for d in diff if not d.startswith(("---", "+++", "@@", "#", "+")))
                    if text.startswith("-")), 0)
    return f"{path.as_posix()}:{line + changed}"


def _definition(tree: ast.AST, names: list[str]) -> int:
    node = tree
    for name in names:
        node = next((n for n in ast.iter_child_nodes(node)
                     if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and n.name == name), node)
    return getattr(node, "lineno", 1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
