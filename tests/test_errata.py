"""Single-witness corrections: applied where recorded, refused when they no longer match."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.errata import Erratum, apply_errata, errata_path, load_errata
from build_scripts.errors import EditionError


def test_every_correction_is_in_the_printed_text(edition):
    for document_id, records in edition.records.items():
        document = edition.documents[document_id]
        texts = {s.id: s.heading for s in document.sections} | {p.id: p.text for _, p in document.paragraphs()}
        for record in records:
            if record.kind in ("correction", "query"):
                assert record.printed in texts[record.target], record.id


def test_corrections_and_queries_are_counted(edition):
    kinds = {doc: sorted({r.kind for r in records}) for doc, records in edition.records.items()}
    assert kinds["review2025"] == ["correction", "query"]
    assert "correction" in kinds["wp2022"] and "variant" in kinds["wp2022"]


def test_erratum_that_no_longer_matches_names_its_line(tmp_path: Path):
    path = tmp_path / "e.yaml"
    path.write_text("# errata\n- id: t-1\n  section: ch1\n  original: 家圆\n  corrected: 家园\n  reason: look-alike\n")
    errata = load_errata(path)
    with pytest.raises(EditionError) as error:
        apply_errata(["互联网是人类共同的家园。"], ["ch1"], errata, path)
    assert str(error.value).endswith("e.yaml:2: erratum t-1 no longer matches: '家圆' is not found in section ch1")


def test_ambiguous_erratum_is_refused():
    erratum = Erratum("t-2", "ch1", "correction", "网", "网络", "x", 7)
    with pytest.raises(EditionError, match="occurs 2 times"):
        apply_errata(["网和网"], ["ch1"], [erratum], Path("e.yaml"))


def test_erratum_outside_its_section_does_not_apply():
    erratum = Erratum("t-3", "ch2", "correction", "家圆", "家园", "x", 7)
    with pytest.raises(EditionError, match="not found in section ch2"):
        apply_errata(["家圆"], ["ch1"], [erratum], Path("e.yaml"))


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("  kind: query\n  original: 甲\n  corrected: 乙\n  reason: x\n", "a query must not change the text"),
        ("  original: 甲\n  corrected: 甲\n  reason: x\n", "a correction must change the text"),
        ("  original: 甲\n  corrected: 乙\n  reason: ' '\n", "gives no reason"),
        ("  kind: guess\n  original: 甲\n  corrected: 乙\n  reason: x\n", "kind must be one of"),
    ],
)
def test_malformed_errata_are_refused(tmp_path: Path, entry, problem):
    path = tmp_path / "e.yaml"
    path.write_text("- id: t-4\n  section: ch1\n" + entry)
    with pytest.raises(EditionError, match=problem):
        load_errata(path)


def test_errata_files_exist_for_both_documents():
    assert load_errata(errata_path("wp2022")) and load_errata(errata_path("review2025"))
