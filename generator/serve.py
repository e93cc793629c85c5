"""Preview: every saved change to data, pages, theme or configuration shows in the browser within a second.

One process does everything, so stopping it (Ctrl-C, SIGTERM) stops everything it started:
watchfiles reports changes from the kernel's file events (no polling), the pipeline regenerates
the docs tree without PDFs or new static charts, MkDocs builds in-process (only the pages whose
Markdown changed), and a small HTTP server serves the result at the address the site is built for
(instant navigation needs that). Each served page long-polls the server and reloads when a new
build is ready. While the input has problems, every page is an error page listing them with
file:line and the caret snippet, until they are fixed.
"""
from __future__ import annotations

import hashlib
import html
import http.server
import logging
import signal
import threading
import time
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import parse_qs, urlsplit

import jinja2
import jinja2.bccache
import watchfiles

from . import pipeline
from .errors import BuildError, InputError

WAIT_PATH = "/__preview__/wait"
WATCHED = ("data", "content", "site_theme", "mkdocs.yml")
_RELOAD = """<script>(function () {
  var seen = %d;
  function wait() {
    fetch("%s?after=" + seen, {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (now) {
      if (Number(now) !== seen) { location.reload(); } else { wait(); }
    }, function () { setTimeout(wait, 1000); });
  }
  wait();
})();</script>"""


class Preview:
    """The preview of one project: builds, the state browsers wait on, and the server."""

    def __init__(self, root: Path, port: int, report: Callable[[str], None]):
        self.root, self.report = root, report
        self.site = root / "build" / "preview"
        self.changed = threading.Condition()
        self.generation = 0  # bumped after every build, good or bad; pages reload when it moves
        self.error: Optional[str] = None  # the error page while the input has problems
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._building = threading.Lock()
        self._layout: Optional[tuple] = None  # what a dirty MkDocs build must not have seen change
        self._templates = _CompiledTemplates()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    # -- building ------------------------------------------------------------------------------
    def rebuild(self, theme_changed: bool = False) -> None:
        """Regenerate and publish; on problems, keep them for the error page and the terminal."""
        with self._building:  # one build at a time within this process; build_lock keeps other processes out
            self._rebuild(theme_changed)

    def _rebuild(self, theme_changed: bool) -> None:
        start = time.perf_counter()
        try:
            with pipeline.build_lock(self.root):
                pipeline.generate(self.root, self._warnings_only, preview=True)
            generated = time.perf_counter()
            self._mkdocs(theme_changed)
            self.error = None
            end = time.perf_counter()
            self.report(f"rebuilt in {end - start:.2f} s (generator {generated - start:.2f} s, MkDocs {end - generated:.2f} s): {self.url}")
        except InputError as err:
            self.error = error_page(err, self.root)
            for problem in err.problems:
                self.report(str(problem))
                snippet = problem.snippet(self.root)
                if snippet:
                    self.report(snippet)
            self.report(f"{len(err.problems)} problem(s) found; the browser shows them until they are fixed")
        except BuildError as err:
            self.error = error_page(err, self.root)
            self.report(f"error: {err}")
        except Exception as err:  # noqa: BLE001 - a fault of ours must not silently end the watching thread
            self.error = error_page(BuildError(f"internal error: {type(err).__name__}: {err}"), self.root)
            self.report(f"internal error: {type(err).__name__}: {err}")
        with self.changed:
            self.generation += 1
            self.changed.notify_all()

    def _warnings_only(self, line: str) -> None:
        if "warning" in line.lower():
            self.report(line)

    def _mkdocs(self, theme_changed: bool) -> None:
        """Build in-process; only pages whose Markdown changed are rebuilt while the page set, the
        configuration and the theme stay as they were."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import MkDocsException

        docs = self.root / "build" / "docs"
        layout = (sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")),
                  hashlib.sha256((self.root / "mkdocs.yml").read_bytes()).hexdigest())
        dirty = layout == self._layout and not theme_changed
        if theme_changed:
            self._templates.clear()
        try:
            with _quiet_mkdocs(self.report):
                config = load_config(config_file=str(self.root / "build" / "config" / "mkdocs.yml"), site_dir=str(self.site),
                                     site_url=self.url, strict=False)
                _reuse_compiled_templates(config.theme, self._templates)
                build(config, dirty=dirty)
        except (MkDocsException, OSError) as err:
            self._layout = None
            raise BuildError(f"MkDocs could not build the preview: {err}") from None
        self._layout = layout

    # -- running -------------------------------------------------------------------------------
    def start(self) -> None:
        """Watch (the watcher is up within milliseconds, so a save during the first build is not
        missed), build once, then serve, in background threads until ``stop``."""
        self._run(self._watch)
        self.rebuild(theme_changed=True)
        self._run(self.server.serve_forever)

    def _run(self, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
        with self.changed:
            self.changed.notify_all()  # release browsers' pending waits
        for thread in self._threads:
            thread.join(timeout=10)

    def _watch(self) -> None:
        paths = [self.root / name for name in WATCHED if (self.root / name).exists()]
        for changes in watchfiles.watch(*paths, stop_event=self._stop, debounce=400, step=20, raise_interrupt=False):
            changed = [Path(path) for _, path in changes]
            self.rebuild(theme_changed=any(self.root / "site_theme" in p.parents or p.name == "mkdocs.yml" for p in changed))

    def wait(self, after: int, timeout: float) -> int:
        """The build generation once it differs from ``after`` (or after ``timeout`` seconds)."""
        with self.changed:
            self.changed.wait_for(lambda: self.generation != after or self._stop.is_set(), timeout=timeout)
            return self.generation


def run(root: Path, port: int, report: Callable[[str], None]) -> None:
    """``briefing serve``: preview until Ctrl-C or SIGTERM, then stop everything."""
    try:
        preview = Preview(root, port, report)
    except OSError as err:
        raise BuildError(f"cannot serve on port {port}: {err.strerror}; pass --port with a free one") from None
    stopped = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stopped.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        preview.start()
        report(f"serving {preview.url} (Ctrl-C to stop)")
        stopped.wait()
    finally:
        preview.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    report("stopped")


def error_page(err: Exception, root: Path) -> str:
    """An HTML page listing the problems as the terminal does (text escaped: it comes from the input)."""
    if isinstance(err, InputError):
        blocks = []
        for problem in err.problems:
            snippet = problem.snippet(root)
            blocks.append(f"<pre><strong>{html.escape(str(problem))}</strong>" + (f"\n{html.escape(snippet)}" if snippet else "") + "</pre>")
        title = f"{len(err.problems)} problem(s) found"
        body = "\n".join(blocks)
    else:
        title, body = "The preview could not be built", f"<pre>{html.escape(str(err))}</pre>"
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview: " + title + "</title>"
            "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}"
            "pre{background:#fff4f4;border-left:4px solid #c62828;padding:.75rem 1rem;overflow-x:auto;white-space:pre}</style>"
            "</head><body><h1>" + title + "</h1><p>Nothing was published. This page reloads once the files are fixed.</p>"
            + body + "</body></html>")


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's compiled templates and file list, kept between builds: MkDocs makes a new Jinja
    environment for every build, and compiling Material's templates and listing its thousands of
    icon files again cost most of a second."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}
        self.listing: Optional[list[str]] = None

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.store.clear()
        self.listing = None


def _reuse_compiled_templates(theme, cache: _CompiledTemplates) -> None:
    """Give every environment the theme makes for this build the shared compiled templates."""
    make_env = theme.get_env

    def get_env() -> jinja2.Environment:
        env = make_env()
        env.bytecode_cache = cache
        list_all = env.list_templates

        def list_templates(extensions=None, filter_func=None) -> list[str]:
            if cache.listing is None:
                cache.listing = list_all()
            return [name for name in cache.listing if (filter_func or (lambda _: True))(name)
                    and (extensions is None or name.rsplit(".", 1)[-1] in extensions)]

        env.list_templates = list_templates
        return env

    theme.get_env = get_env


class _quiet_mkdocs:
    """MkDocs' own INFO lines (entity pages outside the nav, build times) stay out of the terminal;
    its warnings are reported, except the one about dirty builds, which previews are by design."""

    def __init__(self, report: Callable[[str], None]):
        self.report = report
        self.logger = logging.getLogger("mkdocs")

    def __enter__(self) -> None:
        self.saved = (self.logger.handlers[:], self.logger.level, self.logger.propagate)
        handler = logging.Handler(logging.WARNING)
        handler.emit = self._emit
        self.logger.handlers, self.logger.propagate = [handler], False
        self.logger.setLevel(logging.WARNING)

    def __exit__(self, *exc: object) -> None:
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)

    def _emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "'dirty' build" not in message:
            self.report(f"mkdocs {record.levelname.lower()}: {message}")


def _handler(preview: Preview) -> type:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(preview.site), **kwargs)

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            url = urlsplit(self.path)
            if url.path == WAIT_PATH:
                after = int((parse_qs(url.query).get("after") or ["-1"])[0] or -1)
                return self._send(200, str(preview.wait(after, timeout=25)).encode(), "text/plain")
            target = Path(self.translate_path(url.path))
            if target.is_dir():
                if not url.path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", url.path + "/" + (f"?{url.query}" if url.query else ""))
                    self.end_headers()
                    return None
                target = target / "index.html"
            page = target.suffix == ".html" or not target.suffix
            if preview.error is not None and page:
                return self._send(500, _with_reload(preview.error, preview.generation), "text/html")
            missing = page and not target.is_file()  # a mistyped page or folder gets the site's own 404 page
            shown = preview.site / "404.html" if missing else target
            if (missing or target.suffix == ".html") and shown.is_file():
                return self._send(404 if missing else 200, _with_reload(shown.read_text(encoding="utf-8"), preview.generation), "text/html")
            return super().do_GET()

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the tab was closed or navigated away while waiting

        def log_message(self, *args: object) -> None:
            pass  # quiet: the terminal shows builds and problems, not requests

    return Handler


def _with_reload(page: str, generation: int) -> bytes:
    """The page with the script that reloads it when the next build is ready (in the head, which
    instant navigation keeps, so one waiting loop runs per tab)."""
    script = _RELOAD % (generation, WAIT_PATH)
    at = page.find("</head>")
    return (page[:at] + script + page[at:] if at >= 0 else page + script).encode("utf-8")

