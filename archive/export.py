"""Export documents with their metadata and entities as JSON Lines or CSV, streamed.

Ids arrive in chunks (from the index: indexer.explore.matching_ids); each chunk's
documents are read from the archive, written and dropped, so memory stays the
same whatever the number of matches. The text is left out unless asked for.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import IO

from archive.controls import escape_json
from archive.store import Archive

FORMATS = ("jsonl", "csv")
FIELDS = ("id", "external_id", "title", "date", "date_source", "date_note", "source", "author", "url", "path",
          "duplicate_of")
# CSV: one cell per entity kind, values joined by "; " (a spreadsheet has no lists)
ENTITY_COLUMNS = ("persons", "positions", "docnums", "slogans", "dates")
JOIN = "; "


def export_rows(archive: Archive, id_chunks: Iterable[list[int]], with_text: bool = False) -> Iterable[dict]:
    """One dict per document, in the order of the ids, with its entities."""
    cols = ", ".join(FIELDS + (("text",) if with_text else ()))
    for ids in id_chunks:
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in archive.db.execute(f"SELECT {cols} FROM documents WHERE id IN ({marks})", ids)}
        for doc_id in ids:
            row = rows.get(doc_id)
            if row is None:
                continue                     # removed from the archive after indexing
            out = {k: row[k] for k in row.keys()}
            entities = archive.entities_of(doc_id)
            for slogan in entities["slogans"]:
                slogan.pop("key", None)
            out["entities"] = entities
            yield out


def write_jsonl(rows: Iterable[dict], out: IO[str], step: Callable[[], None] = lambda: None) -> int:
    n = 0
    for row in rows:
        out.write(escape_json(json.dumps(row, ensure_ascii=False)) + "\n")
        n += 1
        step()
    return n


def write_csv(rows: Iterable[dict], out: IO[str], with_text: bool = False,
              step: Callable[[], None] = lambda: None) -> int:
    """CSV with a header; entities flattened into `; `-joined columns."""
    header = list(FIELDS) + (["text"] if with_text else []) + list(ENTITY_COLUMNS)
    writer = csv.writer(out)
    writer.writerow(header)
    n = 0
    for row in rows:
        flat = _flatten(row.pop("entities"))
        writer.writerow([_cell(row.get(k)) for k in header[:len(header) - len(ENTITY_COLUMNS)]]
                        + [_fit(flat[k]) for k in ENTITY_COLUMNS])
        n += 1
        step()
    return n


def _cell(value) -> str:
    return "" if value is None else str(value)


# Spreadsheet programs hold at most 32,767 characters in a cell and cut or refuse
# longer ones; an entity column past it (a few documents' positions) ends in "…"
# (the JSONL export has them whole). The text, asked for, is left whole.
CELL_MAX = 32_767


def _fit(value: str) -> str:
    return value if len(value) <= CELL_MAX else value[:CELL_MAX - 1] + "…"


def _flatten(entities: dict) -> dict[str, str]:
    persons = entities["persons"]
    return {
        "persons": JOIN.join(p["name"] for p in persons),
        "positions": JOIN.join(f"{p['name']}: {', '.join(p['positions'])}" for p in persons if p["positions"]),
        "docnums": JOIN.join(dict.fromkeys(d["code"] for d in entities["docnums"])),
        "slogans": JOIN.join(dict.fromkeys(s["text"] for s in entities["slogans"])),
        "dates": JOIN.join(dict.fromkeys(d["date"] for d in entities["dates"])),
    }
