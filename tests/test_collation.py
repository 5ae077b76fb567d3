"""Collation of the white paper's witnesses: alignment, decisions, and the ledger's second half.

Ledger, part 2: every character of both clean witnesses is accounted for. Witness A is the
printed text with each decided place put back to A's reading; witness B is the stretch of
A it covers with each place put back to B's reading. Nothing else may differ.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from build_scripts import collation
from build_scripts.errors import PROJECT_ROOT, EditionError
from build_scripts.pipeline import build_edition, clean_witnesses
from build_scripts.sources import locator, read_sources

DECISIONS = collation.DECISIONS


def test_align_finds_a_substitution_as_one_place():
    assert collation.align("完成学校互联网接入行动", "完成学校联网攻坚行动", 0) == [(4, 9, 4, 8)]


def test_anchor_tolerates_a_variant_at_the_very_start():
    haystack = "前文。构建责任共同体，就是坚持多边参与、多方参与，积极推进全球互联网治理体系改革和建设。后文"
    needle = "构建責任共同体，就是坚持多边参与、多方参与，积极推进全球互联网治理体系改革和建设。"
    assert collation.find_anchor(haystack, needle, False, "B", Path("x")) == 3


def test_unplaceable_witness_is_refused():
    with pytest.raises(EditionError, match="cannot place B in witness A"):
        collation.find_anchor("甲乙丙丁戊己庚辛壬癸" * 3, "子丑寅卯辰巳午未申酉戌亥" * 3, False, "B", Path("x"))


def test_every_place_is_decided_with_a_reason(edition):
    variants = [r for r in edition.records["wp2022"] if r.kind == "variant"]
    assert len(variants) == len(collation.load_decisions())
    assert 90 <= len(variants) <= 130
    assert all(r.reason.strip() and r.choice in ("A", "B", "neither") for r in variants)
    assert {r.choice for r in variants} >= {"A", "B"}


def test_decisions_point_at_paragraphs_that_exist(edition):
    wp = edition.documents["wp2022"]
    ids = {s.id for s in wp.sections} | {p.id for _, p in wp.paragraphs()}
    assert all(r.target in ids for r in edition.records["wp2022"])


def _collation_inputs(edition):
    sources = [s for s in read_sources() if s.document == "wp2022"]
    witnesses = clean_witnesses(sources, locator(sources))
    return witnesses.blocks, witnesses.section_of, witnesses.others["B"]


def test_ledger_every_character_of_both_witnesses_is_accounted_for(edition):
    a_blocks, section_of, b_parts = _collation_inputs(edition)
    result = collation.collate(a_blocks, section_of, b_parts)
    printed = "".join(result.blocks)
    # Put every decided place back to A's reading: that must give witness A exactly.
    rebuilt_a = printed
    for place, decision in sorted(result.places, key=lambda pair: -pair[0].start):
        shift = sum(len(d.printed) - len(p.a) for p, d in result.places if p.start < place.start)
        start = place.start + shift
        assert rebuilt_a[start : start + len(decision.printed)] == decision.printed
        rebuilt_a = rebuilt_a[:start] + place.a + rebuilt_a[start + len(decision.printed) :]
    assert rebuilt_a == "".join(a_blocks)
    # Each part of B is the stretch of A it covers, with every place read as B reads it.
    a_text = "".join(a_blocks)
    for (start, end), (_, b_text) in zip(result.coverage, b_parts, strict=True):
        rebuilt_b = a_text[start:end]
        for place, _ in sorted(result.places, key=lambda pair: -pair[0].start):
            if start <= place.start < end:
                local = place.start - start
                rebuilt_b = rebuilt_b[:local] + place.b + rebuilt_b[local + len(place.a) :]
        assert rebuilt_b == b_text


def _copy_project(tmp_path: Path) -> Path:
    for folder in ("sources", "data"):
        shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder)
    return tmp_path


def test_undecided_place_fails_the_build(tmp_path):
    root = _copy_project(tmp_path)
    path = root / "data" / "collation" / "wp2022.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("- id:")
    second = text.index("- id:", first + 1)
    path.write_text(text[:first] + text[second:], encoding="utf-8")
    with pytest.raises(EditionError, match="undecided variant in ch1-2"):
        build_edition(root)


def test_stale_decision_fails_the_build_with_its_line(tmp_path):
    root = _copy_project(tmp_path)
    path = root / "data" / "collation" / "wp2022.yaml"
    text = path.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    text += '- id: v999\n  section: ch4-1\n  context: "尊重网络主权"\n  a: "甲"\n  b: "乙"\n  print: "乙"\n  reason: "x"\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EditionError) as error:
        build_edition(root)
    assert str(error.value).endswith(
        f"wp2022.yaml:{line}: decision v999 no longer matches the sources: no place in ch4-1 "
        "after '尊重网络主权' where A reads '甲' and B reads '乙'"
    )
