"""Stage 6: the downloads — each document as JSON and as plain text, and its editorial record.

JSON (``<id>.json``): ``{id, title, issuer, date, …, sections: [{id, level, heading,
paragraphs: [{id, text}]}]}`` with the sections flat, in reading order. Plain text
(``<id>.txt``): title block, then headings and paragraphs separated by blank lines, then the
dateline or attribution. Record (``<id>-record.json``): every collation decision and
correction. All output is deterministic: the same edition gives the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .pipeline import Record
from .structure import Document

META_KEYS = ("title_en", "date_printed", "dateline", "attribution")


def document_json(document: Document) -> dict[str, Any]:
    """Return the JSON object of a document."""
    data: dict[str, Any] = {
        "id": document.id,
        "title": document.title,
        "issuer": document.issuer,
        "date": document.date,
    }
    data.update({key: document.meta[key] for key in META_KEYS if key in document.meta})
    data["sections"] = [
        {
            "id": section.id,
            "level": section.level,
            "heading": section.heading,
            "paragraphs": [{"id": p.id, "text": p.text} for p in section.paragraphs],
        }
        for section in document.sections
    ]
    return data


def document_text(document: Document) -> str:
    """Return the plain text of a document: title block, headings and paragraphs, closing line."""
    lines = [document.title]
    if "date_printed" in document.meta:
        lines.append(f"（{document.meta['date_printed']}）")
    lines.append(document.issuer)
    for section in document.sections:
        if section.heading:
            lines.append(section.heading)
        lines.extend(p.text for p in section.paragraphs)
    for key in ("dateline", "attribution"):
        if key in document.meta:
            lines.append(document.meta[key])
    return "\n\n".join(lines) + "\n"


def record_json(document: Document, records: list[Record]) -> dict[str, Any]:
    """Return the editorial record of a document as a JSON object."""
    return {"document": document.id, "records": [asdict(record) for record in records]}


def dumps(data: dict[str, Any]) -> str:
    """Serialise JSON the same way every time: UTF-8 text, two-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def downloads(document: Document, records: list[Record]) -> dict[str, str]:
    """All download files of one document: file name → content."""
    return {
        f"{document.id}.json": dumps(document_json(document)),
        f"{document.id}.txt": document_text(document),
        f"{document.id}-record.json": dumps(record_json(document, records)),
    }
