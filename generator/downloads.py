"""The Data page's downloads: every figure as CSV and JSON (the JSON is also the edition's record)."""
from __future__ import annotations

import io
import json

import pandas as pd

from . import editions
from .derive import Derivation
from .text import csv_cell


def figures(d: Derivation) -> dict[str, bytes]:
    """All figures as CSV and JSON, for the Data page; the JSON is also the edition's record."""
    buffer = io.StringIO()
    buffer.write(f"# {editions.citation(d)} {editions.LICENCE}\n")
    rows = [{key: csv_cell(value) for key, value in row.items()} for row in editions.figure_rows(d)]
    pd.DataFrame(rows, dtype=object).to_csv(buffer, index=False, lineterminator="\n")  # object: integers stay integers
    record = json.dumps(editions.snapshot(d), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return {"downloads/figures.csv": buffer.getvalue().encode(), "downloads/figures.json": record.encode()}
