"""What the command line says, pinned: a curator's session on the edges fixture (checks, edition records,
new editions, publishing refused for each reason, a broken file) run in-process, every command's exit code
and output written to a transcript and compared with tests/golden/cli-session.txt.

The rule tests check each message they are about; this one catches a changed word, count, path or exit
code in any of them. A change meant to alter what the CLI says is recorded with `make golden`."""
from __future__ import annotations

import difflib
import os
import shutil
import subprocess
from pathlib import Path

from conftest import REPO, run_cli

EDGES = REPO / "tests" / "fixtures" / "edges"
TRANSCRIPT = REPO / "tests" / "golden" / "cli-session.txt"
PUBLIC = {"SITE_URL": "https://widgets.example.org/"}
LOCAL = {"SITE_URL": None}


def git(root: Path, *args: str) -> str:
    """git with a fixed author and date, so the session's commits are the same on every machine."""
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-03-02T12:00:00Z", "GIT_COMMITTER_DATE": "2026-03-02T12:00:00Z"}
    return subprocess.run(["git", "-c", "user.name=Curator", "-c", "user.email=curator@example.org", *args],
                          cwd=root, env=env, check=True, capture_output=True, text=True).stdout.strip()


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD")


def session(project: Path) -> str:
    """Run the session on ``project`` (a copy of the edges fixture); the transcript (each command, its exit code,
    what it printed and the files changed since the last commit), the project's path and commit ids as placeholders."""
    editions = project / "data" / "editions.yaml"
    declared = editions.read_text(encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    (project / ".gitignore").write_text("build/\nsite/\n", encoding="utf-8")
    later = [project / "data" / "sources.yaml", project / "data" / "facts" / "widgets.yaml"]  # each dated 1 March
    now = [path.read_text(encoding="utf-8") for path in later]
    editions.write_text(declared.split('- id: "e4"')[0], encoding="utf-8")  # first commit: e3 the current edition
    for path, text in zip(later, now):
        path.write_text(text.replace("2026-03-01", "2026-02-20"), encoding="utf-8")
    commits = {commit(project, "edition e3"): "<commit e3>"}
    editions.write_text(declared, encoding="utf-8")
    for path, text in zip(later, now):
        path.write_text(text, encoding="utf-8")
    commits[commit(project, "edition e4")] = "<commit e4>"
    first = next(iter(commits))
    lines: list[str] = []

    def run(*args: str, env: dict | None = None) -> None:
        result = run_cli(*args, root=project, env={**LOCAL, **(env or {})})
        changed = git(project, "status", "--porcelain", "--untracked-files=all").splitlines()
        lines.extend([f"$ briefing {' '.join(args)}", f"[exit {result.returncode}]", *result.stdout.splitlines(),
                      *result.stderr.splitlines(), *(f"(git status) {line.strip()}" for line in changed), ""])

    run("check")
    run("edition", "record")
    run("edition", "record", "e2")
    run("edition", "record", "e1")
    run("edition", "record", "e3", "--from", first)
    git(project, "checkout", "-q", "--", ".")
    run("edition", "record", "e2", "--from", first)
    run("edition", "new", "e4", "--summary", "Again.", "--date", "2026-03-09")
    run("edition", "new", "e 5", "--summary", "A space in the id.", "--date", "2026-03-09")
    run("edition", "new", "e5", "--summary", "The same day.", "--date", "2026-03-02")
    run("edition", "new", "e5", "--summary", "  ", "--date", "2026-03-09")
    run("pdf", "nosuch")
    for n in range(1, 8):
        (project / "content" / f"draft-{n}.md").write_text("# Draft\n", encoding="utf-8")
    run("publish", env=PUBLIC)
    for n in range(1, 8):
        (project / "content" / f"draft-{n}.md").unlink()
    run("publish")
    run("publish", "e9", env=PUBLIC)
    (project / "data" / "snapshots" / "e3.json").unlink()
    commits[commit(project, "e3's record lost")] = "<commit record lost>"
    run("publish", env=PUBLIC)
    run("edition", "new", "e5", "--summary", "Nothing changed.", "--date", "2026-03-09")
    run("edition", "record")
    facts = next((project / "data" / "facts").glob("*.yaml"))
    facts.write_text(facts.read_text(encoding="utf-8").replace("sources:", "sourcez:", 1), encoding="utf-8")
    (project / "content" / "analysis.md").write_text("# Analysis\n\nA figure: {{ fact(\"exportz\") }}.\n", encoding="utf-8")
    run("check")
    run("build")
    text = "\n".join(lines)
    for sha, name in commits.items():
        text = text.replace(sha, name).replace(sha[:10], name)
    return text.replace(str(project), "<project>")


def test_a_curators_session_prints_the_recorded_transcript(tmp_path: Path) -> None:
    transcript = session(Path(shutil.copytree(EDGES, tmp_path / "edges")))
    if os.environ.get("BRIEFING_GOLDEN") == "update":
        TRANSCRIPT.write_text(transcript, encoding="utf-8")
    recorded = TRANSCRIPT.read_text(encoding="utf-8")
    diff = "\n".join(difflib.unified_diff(recorded.splitlines(), transcript.splitlines(), "recorded", "now", lineterm=""))
    assert transcript == recorded, f"the CLI's output changed (record it with `make golden` if meant):\n{diff}"
