"""The built H200 site served for a whole test run: ``python tests/support_site_server.py FOLDER PORT RUN_PID``.

One server for every pytest-xdist worker, because the site must be served at the one address it was
built for. The first worker that needs it starts it (conftest.site_url); the run's controller stops
it when the run ends, and it stops by itself if the controller (``RUN_PID``) is gone, so an
interrupted run leaves nothing listening."""
from __future__ import annotations

import functools
import http.server
import os
import sys
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request (conftest.serve uses it too)."""

    def log_message(self, *args: object) -> None:
        pass


def main(folder: str, port: str, run_pid: str) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), functools.partial(QuietHandler, directory=folder))
    print("listening", flush=True)  # bound and listening: conftest.site_url waits for this line
    stopped = threading.Event()

    def watch() -> None:
        while not stopped.wait(1.0):
            try:
                os.kill(int(run_pid), 0)
            except ProcessLookupError:
                server.shutdown()
                return

    threading.Thread(target=watch, daemon=True).start()
    try:
        server.serve_forever()
    finally:
        stopped.set()
        server.server_close()


if __name__ == "__main__":
    main(*sys.argv[1:])
