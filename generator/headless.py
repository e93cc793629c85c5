"""Debian's Chromium, driven by Playwright, for the two stages that need a browser: static chart
export and PDF printing. Each starts one browser and works one page per core at once.

Playwright runs in a thread of its own, so its event loop never meets one the caller runs.
"""
from __future__ import annotations

import asyncio
import functools
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable, Callable, Optional, TypeVar

from .errors import BuildError

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--font-render-hinting=none"]

Job = TypeVar("Job")
Result = TypeVar("Result")


def chromium() -> str:
    """Path of the Chromium to drive; BuildError with the fix when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise BuildError("Chromium is needed to export static charts and print PDFs: run `sudo apt-get install chromium` "
                     "(or `make site`, which installs it)")


@functools.cache
def engine() -> str:
    """The browser's name and version, for cache keys: output of another Chromium is made again."""
    found = subprocess.run([chromium(), "--version"], capture_output=True, text=True)
    return found.stdout.strip() or "unknown Chromium"


def map_pages(jobs: list[Job], work: Callable[[Any, Job], Awaitable[Result]], purpose: str,
              prepare: Optional[Callable[[Any], Awaitable[None]]] = None) -> list[Result]:
    """``await work(page, job)`` for every job, the results in the jobs' order. One browser, one page
    per core (each made ready once by ``prepare``); ``purpose`` ends the message when Chromium cannot start."""
    if not jobs:
        return []
    workers = min(len(jobs), len(os.sched_getaffinity(0)))
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, _map_pages(jobs, work, purpose, prepare, workers)).result()


async def _map_pages(jobs: list[Job], work: Callable[[Any, Job], Awaitable[Result]], purpose: str,
                     prepare: Optional[Callable[[Any], Awaitable[None]]], workers: int) -> list[Result]:
    from playwright.async_api import Error, async_playwright

    results: list[Any] = [None] * len(jobs)
    todo = iter(enumerate(jobs))
    async with async_playwright() as playwright:
        try:
            browser = await playwright.chromium.launch(executable_path=chromium(), args=ARGS)
        except Error as err:
            raise BuildError(f"could not start Chromium to {purpose}: {err.message.splitlines()[0]}") from None

        async def worker() -> None:
            page = await (await browser.new_context()).new_page()  # a context each: a renderer process each
            if prepare:
                await prepare(page)
            for index, job in todo:
                results[index] = await work(page, job)

        try:
            await asyncio.gather(*(worker() for _ in range(workers)))
        finally:
            await browser.close()
    return results
