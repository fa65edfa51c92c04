"""Whether two rasad databases hold the same rows: every table compared row for row, but the
ingest clock (`documents.ingested_at`). The proof that a speed change leaves outputs unchanged:
ingest the same pages with main and with the branch, then

    .venv/bin/python bench/same_tables.py main.db branch.db

Prints the tables that differ (with how many rows) and the totals; exits 1 when any differs.
"""

from __future__ import annotations

import sqlite3
import sys

CLOCK = {("documents", "ingested_at")}  # when a document was stored: differs between runs


def table_rows(con: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    """The columns compared of a table and its rows, in a fixed order."""
    columns = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]
    kept = [c for c in columns if (table, c) not in CLOCK]
    chosen = ", ".join(f'"{c}"' for c in kept)
    return kept, sorted(con.execute(f'SELECT {chosen} FROM "{table}"'), key=repr)


def main() -> int:
    a, b = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
    query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    tables_a, tables_b = [r[0] for r in a.execute(query)], [r[0] for r in b.execute(query)]
    if tables_a != tables_b:
        print(f"different tables: {sorted(set(tables_a) ^ set(tables_b))}")
        return 1
    rows, differ = 0, 0
    for table in tables_a:
        columns_a, rows_a = table_rows(a, table)
        columns_b, rows_b = table_rows(b, table)
        rows += len(rows_a)
        if columns_a != columns_b or rows_a != rows_b:
            differ += 1
            apart = len(set(map(repr, rows_a)) ^ set(map(repr, rows_b)))
            print(f"{table}: {len(rows_a)} vs {len(rows_b)} rows, {apart} rows differ")
    print(f"{len(tables_a)} tables, {rows:,} rows; {differ} tables differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
