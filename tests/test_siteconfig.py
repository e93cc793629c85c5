"""The site's configuration: mkdocs.yml read as MkDocs reads it, its nav checked against the pages
the build writes (located at the mkdocs.yml line), the theme overlaid by a project's overrides."""
from __future__ import annotations

import locale
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import siteconfig
from generator.errors import InputError


def problems(call) -> list[str]:
    with pytest.raises(InputError) as caught:
        call()
    return [str(p) for p in caught.value.problems]


def test_a_missing_mkdocs_yml_says_how_to_get_one(tmp_path: Path) -> None:
    assert problems(lambda: siteconfig.project_config(tmp_path)) == [
        f"mkdocs.yml: missing: {tmp_path} has no mkdocs.yml; run `briefing new DIR` for a working project, or pass --root "
        "with the project's folder"]


def test_an_unreadable_mkdocs_yml_is_located(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: A\nnav:\n  - [unclosed\n", encoding="utf-8")
    assert problems(lambda: siteconfig.project_config(tmp_path)) == [
        "mkdocs.yml:4:1: mkdocs.yml cannot be read: expected ',' or ']', but got '<stream end>'"]


def test_an_mkdocs_yml_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("- a list\n", encoding="utf-8")
    assert problems(lambda: siteconfig.project_config(tmp_path)) == [
        "mkdocs.yml: mkdocs.yml must be a mapping of settings, such as site_name: ..."]


def test_an_empty_mkdocs_yml_reads_as_no_settings(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("", encoding="utf-8")
    assert siteconfig.project_config(tmp_path) == {}


def test_env_tags_are_resolved_as_mkdocs_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", "https://example.org/briefing/")
    (tmp_path / "mkdocs.yml").write_text("site_name: A\nsite_url: !ENV [SITE_URL, '']\n", encoding="utf-8")
    assert siteconfig.project_config(tmp_path) == {"site_name": "A", "site_url": "https://example.org/briefing/"}


def test_the_nav_lists_pages_in_order_without_sections_or_external_links() -> None:
    nav = ["index.md", {"Reference": [{"Sources": "sources.md"}, {"Elsewhere": "https://example.org/"},
                                      {"Deeper": [{"Timeline": "timeline.md"}]}]}, {"Last": "volumes.md"}, 7]
    assert siteconfig.nav_pages(nav) == ["index.md", "sources.md", "timeline.md", "volumes.md"]


def write_project(root: Path, nav: str, pages: list[str]) -> Path:
    (root / "content").mkdir(parents=True)
    for page in pages:
        (root / "content" / page).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / page).write_text("# Page\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(f"site_name: A\n{nav}", encoding="utf-8")
    return root


def test_each_content_page_in_no_nav_is_named_and_no_others(tmp_path: Path) -> None:
    root = write_project(tmp_path, "nav:\n  - Home: index.md\n  - Deep: part/deep.md\n",
                         ["index.md", "annex.md", "part/deep.md", "part/other.md"])
    config = siteconfig.project_config(root)
    assert siteconfig.unlisted_pages(root, config) == [
        f"content/{rel}: warning: this page is in no nav of mkdocs.yml, so readers cannot reach it from the menu; add it under "
        f"nav: (for example `  - Title: {rel}`)" for rel in ("annex.md", "part/other.md")]
    assert siteconfig.unlisted_pages(root, {}) == []  # no nav: MkDocs lists every page itself


def test_a_nav_naming_a_page_the_build_does_not_write_is_located_at_its_line(tmp_path: Path) -> None:
    root = write_project(tmp_path, "nav:\n  - Home: index.md\n  - Gone:   missing.md\n", ["index.md"])
    config = siteconfig.project_config(root)
    siteconfig.check_nav(root, config, {"index.md"}.union({"missing.md"}))  # every page written: no complaint
    assert problems(lambda: siteconfig.check_nav(root, config, {"index.md"})) == [
        "mkdocs.yml:4:13: nav: no page 'missing.md': add content/missing.md, or remove it from the nav"]


def test_a_missing_page_is_located_where_the_nav_names_it_not_inside_a_longer_name(tmp_path: Path) -> None:
    root = write_project(tmp_path, "nav:\n  - Data: data.md\n  - Annex: a.md\n", ["data.md"])
    config = siteconfig.project_config(root)
    assert problems(lambda: siteconfig.check_nav(root, config, {"data.md"})) == [
        "mkdocs.yml:4:12: nav: no page 'a.md': add content/a.md, or remove it from the nav"]


def test_a_missing_page_its_title_names_too_is_located_at_the_path(tmp_path: Path) -> None:
    root = write_project(tmp_path, "nav:\n  - Home: index.md\n  - What gone.md said: gone.md\n", ["index.md"])
    config = siteconfig.project_config(root)
    assert problems(lambda: siteconfig.check_nav(root, config, {"index.md"})) == [
        "mkdocs.yml:4:24: nav: no page 'gone.md': add content/gone.md, or remove it from the nav"]


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """A locale whose text encoding is ASCII, as a Windows code page is not UTF-8 either: a file read without
    saying its encoding is read wrong there."""
    saved = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        assert locale.getencoding() == "ANSI_X3.4-1968"
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)


def test_mkdocs_yml_is_read_as_utf8_whatever_the_locale(tmp_path: Path, ascii_locale: None) -> None:
    root = write_project(tmp_path, "nav:\n  - Accueil: index.md\n  - Côté: missing.md\n", ["index.md"])
    config = siteconfig.project_config(root)
    assert config == {"site_name": "A", "nav": [{"Accueil": "index.md"}, {"Côté": "missing.md"}]}
    assert problems(lambda: siteconfig.check_nav(root, config, {"index.md"})) == [
        "mkdocs.yml:4:11: nav: no page 'missing.md': add content/missing.md, or remove it from the nav"]


def test_a_missing_nav_is_refused_with_an_example(tmp_path: Path) -> None:
    root = write_project(tmp_path, "", ["index.md"])
    assert problems(lambda: siteconfig.check_nav(root, {}, {"index.md"})) == [
        "mkdocs.yml: nav: missing: list the pages readers can reach, such as nav: [{Overview: index.md}, {Sources: sources.md}]"]


def test_a_projects_override_replaces_the_generators_template_and_keeps_the_rest(tmp_path: Path) -> None:
    own = siteconfig.theme_files(tmp_path, {})
    assert own and all(not rel.startswith("overrides-of-mine") for rel in own)
    (tmp_path / "mine").mkdir()
    name = sorted(own)[0]
    (tmp_path / "mine" / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mine" / name).write_bytes(b"replaced")
    (tmp_path / "mine" / "extra.html").write_bytes(b"added")
    (tmp_path / "mine" / "__pycache__").mkdir()
    (tmp_path / "mine" / "__pycache__" / "stale.pyc").write_bytes(b"left out")
    files = siteconfig.theme_files(tmp_path, {"theme": {"name": "material", "custom_dir": "mine"}})
    assert files == {**own, name: b"replaced", "extra.html": b"added"}
    assert siteconfig.theme_files(tmp_path, {"theme": "material"}) == own


def test_a_custom_dir_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    assert problems(lambda: siteconfig.theme_files(tmp_path, {"theme": {"custom_dir": "nowhere"}})) == [
        "mkdocs.yml: theme.custom_dir: no folder 'nowhere': create it with the templates you override, or remove the setting"]


def test_the_published_config_puts_the_generators_assets_first_once() -> None:
    text = siteconfig.child_config({"extra_css": ["my.css", "assets/briefing/briefing.css"]}, {"site_url": "https://example.org/"})
    assert text.startswith("# Written by briefing build: the project's mkdocs.yml plus the generated docs and theme.\n")
    assert text == (  # keys sorted, so the file is the same from build to build
        "# Written by briefing build: the project's mkdocs.yml plus the generated docs and theme.\nINHERIT: ../../mkdocs.yml\n"
        "docs_dir: ../docs\nextra_css:\n- assets/briefing/briefing.css\n- my.css\nextra_javascript:\n- assets/briefing/briefing.js\n"
        "site_url: https://example.org/\ntheme:\n  custom_dir: ../theme\n  name: material\n")


def test_the_theme_comes_from_the_package_when_installed_and_from_the_checkout_otherwise(tmp_path: Path) -> None:
    package = tmp_path / "generator"
    package.mkdir()
    assert siteconfig.theme_dir(package) == tmp_path / "site_theme"
    (package / "theme").mkdir()
    assert siteconfig.theme_dir(package) == package / "theme"
    assert siteconfig.theme_dir() == Path(siteconfig.__file__).parent.parent / "site_theme"


def test_inheriting_a_missing_file_is_the_users_to_fix(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: A\n", encoding="utf-8")
    assert problems(lambda: siteconfig.project_config(tmp_path)) == [
        f"mkdocs.yml: mkdocs.yml cannot be read: Inherited config file 'base.yml' does not exist at '{tmp_path / 'base.yml'}'."]


def test_a_nav_page_not_written_in_this_file_is_named_without_a_position(tmp_path: Path) -> None:
    root = write_project(tmp_path, "nav:\n  - Home: index.md\n", ["index.md"])
    nav = {"nav": ["index.md", {"Inherited": "inherited.md"}]}  # as from a parent file through INHERIT
    assert problems(lambda: siteconfig.check_nav(root, nav, {"index.md"})) == [
        "mkdocs.yml: nav: no page 'inherited.md': add content/inherited.md, or remove it from the nav"]


def test_unlocated_and_located_nav_problems_are_listed_together_unlocated_first(tmp_path: Path) -> None:
    root = write_project(tmp_path, "nav:\n  - Home: index.md\n  - Gone: missing.md\n", ["index.md"])
    nav = {"nav": ["index.md", {"Gone": "missing.md"}, {"Inherited": "inherited.md"}]}
    assert problems(lambda: siteconfig.check_nav(root, nav, {"index.md"})) == [
        "mkdocs.yml: nav: no page 'inherited.md': add content/inherited.md, or remove it from the nav",
        "mkdocs.yml:4:11: nav: no page 'missing.md': add content/missing.md, or remove it from the nav"]
