"""Run the text stages in order and gather the whole edition in memory before anything is written.

sources → cleaning → collation (where a document has two witnesses) → errata → structure.
The result is an ``Edition``: each document's tree and its editorial record (every collation
decision and every correction or query, each pointing at the paragraph it concerns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import collation
from .cleaning import Change, clean
from .cleaning import report as cleaning_report
from .crossrefs import CrossRefs, load_crossrefs
from .errata import apply_errata, errata_path, load_errata
from .errors import PROJECT_ROOT
from .figures import Indicator, load_figures
from .glossary import Glossary, build_glossary
from .metadata import load_metadata
from .sources import Source, locator, read_sources
from .structure import Document, Locator, check_box_references, parse_blocks, section_ids


@dataclass(frozen=True)
class Record:
    """One editorial decision, as readers see it: where, what the sources read, what we print, why."""

    kind: str  # "variant", "correction" or "query"
    id: str
    target: str  # the paragraph (or section, for a heading) it concerns
    readings: dict[str, str]  # witness → reading
    printed: str
    reason: str
    choice: str = ""  # for variants: "A", "B" or "neither"


@dataclass
class Edition:
    """Everything the writers need: the documents, their records, and what cleaning did."""

    documents: dict[str, Document]
    records: dict[str, list[Record]]
    glossary: Glossary | None = None
    cleaning: list[tuple[str, list[Change]]] = field(default_factory=list)
    crossrefs: CrossRefs | None = None
    figures: list[Indicator] = field(default_factory=list)


def blocks_of(text: str) -> list[str]:
    """Split a cleaned text into its blocks (paragraphs and headings)."""
    return [block.strip() for block in text.split("\n\n") if block.strip()]


@dataclass(frozen=True)
class Witnesses:
    """A document's cleaned witnesses: the base one as blocks, the others as running texts."""

    base: str
    blocks: list[str]
    section_of: list[str]
    others: dict[str, list[tuple[str, str]]]


def clean_witnesses(sources: list[Source], locate: Locator) -> Witnesses:
    """Clean every witness of one document; the first witness in the manifest is the base text."""
    texts: dict[str, list[tuple[str, str]]] = {}
    for source in sources:
        texts.setdefault(source.witness, []).append((f"witness {source.witness} part {source.part}", clean(source.text, source.form)[0]))
    base, *others = texts
    blocks = [block for _, text in texts[base] for block in blocks_of(text)]
    return Witnesses(base, blocks, section_ids(blocks, locate), {name: texts[name] for name in others})


def build_document(document_id: str, sources: list[Source], meta: dict, root: Path) -> tuple[Document, list[Record]]:
    """Clean, collate, correct and parse one document from its witnesses."""
    locate = locator(sources)
    witnesses = clean_witnesses(sources, locate)
    blocks, section_of = witnesses.blocks, witnesses.section_of
    records: list[tuple[int, Record]] = []
    for other, parts in witnesses.others.items():
        decisions = root / "data" / "collation" / f"{document_id}.yaml"
        result = collation.collate(blocks, section_of, parts, decisions)
        blocks = result.blocks
        for place, decision in result.places:
            readings = {witnesses.base: place.a, other: place.b}
            records.append((place.block, Record("variant", decision.id, "", readings, decision.printed, decision.reason, decision.choice)))
    path = errata_path(document_id, root)
    blocks, located = apply_errata(blocks, section_of, load_errata(path), path)
    for erratum, index in located:
        records.append((index, Record(erratum.kind, erratum.id, "", {witnesses.base: erratum.original}, erratum.corrected, erratum.reason)))
    sections, ids = parse_blocks(blocks, locate)
    document = Document(
        document_id,
        meta["title"],
        meta["issuer"],
        meta["date"],
        sections,
        {key: value for key, value in meta.items() if isinstance(value, str)},
    )
    check_box_references(document, locate)
    targeted = [Record(r.kind, r.id, ids[index], r.readings, r.printed, r.reason, r.choice) for index, r in records]
    return document, targeted


def build_edition(root: Path = PROJECT_ROOT) -> Edition:
    """Read every source and build every document; raises ``EditionError`` on bad input."""
    sources = read_sources(root / "data" / "sources.yaml", root)
    metadata = load_metadata(sources, root / "data" / "documents.yaml")
    edition = Edition({}, {})
    edition.cleaning = cleaning_report(sources, root / ".cache")
    for document_id, meta in metadata.items():
        own = [source for source in sources if source.document == document_id]
        document, records = build_document(document_id, own, meta, root)
        edition.documents[document_id] = document
        edition.records[document_id] = records
    edition.glossary = build_glossary(edition.documents, root / "data" / "glossary.yaml")
    edition.crossrefs = load_crossrefs(edition.documents, root / "data" / "crossrefs.yaml")
    edition.figures = load_figures(edition.documents, root / "data" / "figures.yaml")
    return edition
