"""The editorial record as readers see it on the about page.

Two fragments the hand-written about page includes: every collation decision, correction and
query in tables linked to its paragraph; and every cleaning rule with the places it changed in
each source, listing each place where a rule mended a reading.
"""

from __future__ import annotations

import re

from . import fixes
from .addresses import DOCUMENT_LABELS, GENERATED_NOTE, escape_markdown, page_of
from .cleaning import FORM_FIXES, READING_FIXES
from .pipeline import Edition, Record
from .structure import Document


def record_markdown(document: Document, records: list[Record]) -> str:
    """Return the editorial record of a document as Markdown tables, each entry linked to its paragraph."""
    where = page_of(document)
    base = document.id
    lines = [GENERATED_NOTE, ""]
    groups = [("variant", "异文取舍"), ("correction", "单一底本的改正"), ("query", "存疑（未改动）")]
    for kind, title in groups:
        chosen = [r for r in records if r.kind == kind]
        if not chosen:
            continue
        lines += [f"### {DOCUMENT_LABELS[document.id]}：{title}（{len(chosen)}）", ""]
        if kind == "variant":
            lines += ["| 编号 | 位置 | 甲本（A） | 乙本（B） | 本版 | 理由 |", "| --- | --- | --- | --- | --- | --- |"]
        else:
            lines += ["| 编号 | 位置 | 底本 | 本版 | 理由 |", "| --- | --- | --- | --- | --- |"]
        for record in chosen:
            lines.append(record_row(record, f"{base}/{where[record.target]}.md#{record.target}"))
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Format a table cell: escaped, pipes protected, empty readings shown as a dash."""
    return escape_markdown(text).replace("|", "\\|") if text else "—"


def record_row(record: Record, link: str) -> str:
    """One row of the record table."""
    place = f"[{record.target}]({link})"
    readings = list(record.readings.values())
    middle = " | ".join(_cell(r) for r in readings)
    return f"| {record.id} | {place} | {middle} | {_cell(record.printed)} | {_cell(record.reason)} |"


def rst_to_markdown(text: str) -> str:
    """Turn a docstring line's ``literal`` spans into Markdown code, escaping the rest.

    >>> rst_to_markdown("Remove the ``<b>`` tags around *headings*.")
    'Remove the `<b>` tags around \\\\*headings\\\\*.'
    """
    parts = text.split("``")
    return "".join(f"`{part}`" if index % 2 else escape_markdown(part) for index, part in enumerate(parts))


def cleaning_markdown(edition: Edition) -> str:
    """Return the record of the cleaning rules: what each did to each source, and every reading it mended."""
    names = [name for name, _ in edition.cleaning]
    short = {name: re.sub(r"wp2022-witness(\w)-part(\d)\.txt", r"\1\2", name).removesuffix("-pdf-extract.txt") for name in names}
    counts: dict[str, dict[str, int]] = {}
    for name, changes in edition.cleaning:
        for change in changes:
            counts.setdefault(change.fix, {})[name] = change.places
    lines = [GENERATED_NOTE, "", "| 规则 | 作用 | " + " | ".join(short[n] for n in names) + " |", "| --- | --- |" + " --- |" * len(names)]
    for fix in dict.fromkeys(f.__name__ for form in FORM_FIXES.values() for f in form):
        doc = (getattr(fixes, fix).__doc__ or "").strip().splitlines()[0]
        cells = " | ".join(str(counts.get(fix, {}).get(n, "")) for n in names)
        lines.append(f"| `{fix}` | {rst_to_markdown(doc)} | {cells} |")
    lines += ["", "按规则改正的读法（每一处的前后文）：", ""]
    for name, changes in edition.cleaning:
        for change in changes:
            if change.fix in READING_FIXES:
                for before, after in change.instances:
                    lines.append(f"- {short[name]} · `{change.fix}`：{escape_markdown(before)} → {escape_markdown(after)}")
    return "\n".join(lines) + "\n"
