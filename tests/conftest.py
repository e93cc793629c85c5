"""Shared fixtures: real projects on disk, built with the real pipeline and MkDocs."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["data", "content", "site_theme", "mkdocs.yml"]


def copy_project(target: Path) -> Path:
    """A private copy of the briefing project (data, content, theme, config) to build or break."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(src, target / part)
        else:
            shutil.copy2(src, target / part)
    (target / "node_modules").symlink_to(REPO / "node_modules")
    cache = REPO / "build" / "cache"
    if cache.exists():  # reuse exported SVGs: same figure, same bytes
        shutil.copytree(cache, target / "build" / "cache")
    return target


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the real console script as a user would."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The H200 briefing, built once per test session; returns its site/ folder."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = briefing("build", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "site"
