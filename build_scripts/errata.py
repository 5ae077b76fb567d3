"""Stage 4: apply the reviewed single-witness corrections in ``data/errata/<document>.yaml``.

Where only one witness survives (the opening of the 2022 paper, its six boxes, the whole 2025
review) an error cannot be outvoted; an editor found it by reading, and recorded it here:

    - id: review2025-002
      section: ch2-4
      kind: correction          # or ``query``: flagged for readers, text unchanged
      original: 一是加强项层设计
      corrected: 一是加强顶层设计
      reason: …

``original`` must occur exactly once in its section (heading or paragraphs). An entry whose
``original`` is gone or ambiguous stops the build with the data file's line: the record and
the text can never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import PROJECT_ROOT, EditionError
from .yamlfile import load_records, require_keys

ERRATA_DIR = PROJECT_ROOT / "data" / "errata"
KINDS = ("correction", "query")


@dataclass(frozen=True)
class Erratum:
    """One recorded correction (or query) of a single-witness reading."""

    id: str
    section: str
    kind: str
    original: str
    corrected: str
    reason: str
    line: int


def errata_path(document_id: str, root: Path = PROJECT_ROOT) -> Path:
    """Return the errata file of a document in the project at *root*."""
    return root / ERRATA_DIR.relative_to(PROJECT_ROOT) / f"{document_id}.yaml"


def load_errata(path: Path) -> list[Erratum]:
    """Read and validate an errata file (a missing file means no errata)."""
    if not path.exists():
        return []
    errata = []
    for line, record in load_records(path):
        require_keys(path, line, record, ("id", "section", "original", "corrected", "reason"))
        kind = record.get("kind", "correction")
        if kind not in KINDS:
            raise EditionError(path, f"erratum {record['id']}: kind must be one of {', '.join(KINDS)}", line)
        if kind == "query" and record["corrected"] != record["original"]:
            raise EditionError(path, f"erratum {record['id']}: a query must not change the text", line)
        if kind == "correction" and record["corrected"] == record["original"]:
            raise EditionError(path, f"erratum {record['id']}: a correction must change the text", line)
        if not record["reason"].strip():
            raise EditionError(path, f"erratum {record['id']} gives no reason", line)
        errata.append(Erratum(record["id"], record["section"], kind, record["original"], record["corrected"], record["reason"], line))
    return errata


def apply_errata(
    blocks: list[str], section_of: list[str], errata: list[Erratum], path: Path
) -> tuple[list[str], list[tuple[Erratum, int]]]:
    """Apply *errata* to *blocks*; return the new blocks and, per erratum, the block it changed.

    >>> e = Erratum("x-1", "ch2", "correction", "家圆", "家园", "look-alike", 3)
    >>> apply_errata(["结束语", "互联网是人类共同的家圆。"], ["ch2", "ch2"], [e], Path("e.yaml"))[0]
    ['结束语', '互联网是人类共同的家园。']
    """
    blocks = list(blocks)
    located = []
    for erratum in errata:
        hits = [
            (index, block.count(erratum.original))
            for index, block in enumerate(blocks)
            if section_of[index] == erratum.section and erratum.original in block
        ]
        count = sum(n for _, n in hits)
        if count != 1:
            problem = "is not found" if count == 0 else f"occurs {count} times"
            raise EditionError(
                path,
                f"erratum {erratum.id} no longer matches: '{erratum.original}' {problem} in section {erratum.section}",
                erratum.line,
            )
        index = hits[0][0]
        blocks[index] = blocks[index].replace(erratum.original, erratum.corrected)
        located.append((erratum, index))
    return blocks, located
