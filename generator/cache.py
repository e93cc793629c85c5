"""The build's one cache: every output worth keeping (a rendered page, a chart's images, a PDF) is
stored under the fingerprint of exactly what it read, in ``build/cache/objects``.

An output is reused only when an identical fingerprint was stored, so a cached build is the same
as a clean one byte for byte; nothing is keyed by time. The pipeline owns the store: it opens it
before the stages run and sweeps it after a full build, deleting objects that build did not use.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Optional


def fingerprint(*parts: Any) -> str:
    """A content hash of ``parts`` (strings as they are, anything else as sorted JSON)."""
    digest = hashlib.sha256()
    for part in parts:
        text = part if isinstance(part, str) else json.dumps(part, sort_keys=True, default=str)
        digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    return digest.hexdigest()


class Store:
    """Blobs by fingerprint, on disk under ``folder`` (or in memory when ``folder`` is None)."""

    def __init__(self, folder: Optional[Path] = None):
        self.folder = folder
        self.used: set[str] = set()
        self._memory: dict[str, bytes] = {}

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> Optional[bytes]:
        self.used.add(key)
        if self.folder is None:
            return self._memory.get(key)
        path = self._path(key)
        return path.read_bytes() if path.exists() else None

    def has(self, key: str) -> bool:
        return key in self._memory if self.folder is None else self._path(key).exists()

    def put(self, key: str, blob: bytes) -> None:
        """Store ``blob``; written to a temporary name first, so an interrupted build never leaves half an object."""
        self.used.add(key)
        if self.folder is None:
            self._memory[key] = blob
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two processes may store the same object at once
        partial.write_bytes(blob)
        partial.replace(path)

    def sweep(self) -> int:
        """Delete every object this build did not read or write; returns how many went."""
        if self.folder is None or not self.folder.exists():
            return 0
        gone = 0
        for path in sorted(self.folder.glob("*/*")):
            if path.name not in self.used:
                path.unlink()
                gone += 1
        return gone
