"""The build's one cache: outputs stored by the fingerprint of what they read, and swept when unused."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import load
from generator.cache import Store, fingerprint


def test_a_fingerprint_changes_with_any_part_and_with_their_order() -> None:
    base = fingerprint("page", {"value": 1}, [1, 2])
    assert base == fingerprint("page", {"value": 1}, [1, 2])
    assert len({base, fingerprint("page", {"value": 2}, [1, 2]), fingerprint("page", [1, 2], {"value": 1}),
                fingerprint("page", {"value": 1}, [1, 2], "")}) == 4
    assert fingerprint("ab", "c") != fingerprint("a", "bc"), "parts are hashed one by one, not concatenated"


@pytest.mark.parametrize("on_disk", [True, False], ids=["on disk", "in memory"])
def test_a_stored_blob_comes_back_by_its_key_and_only_by_it(tmp_path: Path, on_disk: bool) -> None:
    store = Store(tmp_path / "objects" if on_disk else None)
    key = fingerprint("figure", 1)
    assert (store.has(key), store.get(key)) == (False, None)
    store.put(key, b"<svg/>")
    assert (store.has(key), store.get(key), store.get(fingerprint("figure", 2))) == (True, b"<svg/>", None)
    if on_disk:
        assert Store(tmp_path / "objects").get(key) == b"<svg/>", "a later build finds it"
        assert not list((tmp_path / "objects").rglob("*.tmp")), "no half-written objects are left"


def test_a_sweep_deletes_what_this_build_neither_read_nor_wrote(tmp_path: Path) -> None:
    earlier = Store(tmp_path)
    for name in ("kept", "read", "stale"):
        earlier.put(fingerprint(name), name.encode())
    later = Store(tmp_path)
    later.put(fingerprint("kept"), b"kept")
    assert later.get(fingerprint("read")) == b"read"
    assert later.sweep() == 1
    assert (Store(tmp_path).has(fingerprint("stale")), Store(tmp_path).get(fingerprint("kept"))) == (False, b"kept")


def test_a_sweep_counts_every_object_it_deletes(tmp_path: Path) -> None:
    earlier = Store(tmp_path)
    for name in ("old", "older", "oldest"):
        earlier.put(fingerprint(name), name.encode())
    assert Store(tmp_path).sweep() == 3
    assert list(tmp_path.glob("*/*")) == []


def test_a_sweep_of_a_store_with_nothing_on_disk_deletes_nothing(tmp_path: Path) -> None:
    in_memory = Store()
    in_memory.put(fingerprint("figure"), b"<svg/>")
    assert (in_memory.sweep(), Store(tmp_path / "never-written").sweep()) == (0, 0)
    assert in_memory.get(fingerprint("figure")) == b"<svg/>"


def test_objects_are_spread_over_folders_named_by_their_keys_first_two_hex_digits(tmp_path: Path) -> None:
    """At most 256 folders, so no folder holds a large project's thousands of objects; and the layout is the
    one earlier builds wrote, so their objects are found (not stored a second time)."""
    key = fingerprint("figure", 1)
    Store(tmp_path).put(key, b"<svg/>")
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()] == [f"{key[:2]}/{key}"]


def test_a_data_file_is_parsed_again_once_its_text_changes_and_each_file_keeps_its_own_parse(small: Path, tmp_path: Path) -> None:
    """The loader keeps each file's parse in the build's store by its text: an edit between two builds is read, and two
    files with the same text are still two files."""
    root = small
    store = Store(tmp_path / "objects")
    facts = root / "data" / "facts" / "example.yaml"
    assert [f.value for f in load.read(root, store).facts] == [3]
    facts.write_text(facts.read_text(encoding="utf-8").replace("  value: 3\n", "  value: 4\n"), encoding="utf-8")
    shutil.copy(facts, root / "data" / "facts" / "twin.yaml")
    again = load.read(root, store)
    assert [(f.value, f._origin[0]) for f in again.facts] == [(4, "data/facts/example.yaml"), (4, "data/facts/twin.yaml")]
