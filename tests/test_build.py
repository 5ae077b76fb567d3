"""The command line end to end: what it writes, what the text looks like, and how it fails.

These run the real command (``python -m build_scripts.build``) on the project or on a scratch
copy with one input broken, as an editor would meet it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts.errors import PROJECT_ROOT
from build_scripts.export import document_text
from build_scripts.patterns import CJK_PUNCT, HAN

EXPECTED_DOWNLOADS = sorted(
    ["wp2022.json", "wp2022.txt", "wp2022-record.json", "review2025.json", "review2025.txt", "review2025-record.json"]
)


def run_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "build_scripts.build", "--root", str(root), *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_build_writes_the_downloads(project_copy):
    result = run_build(project_copy)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (project_copy / "docs" / "downloads").iterdir())
    assert written == EXPECTED_DOWNLOADS


def _break_errata(root: Path) -> None:
    path = root / "data" / "errata" / "review2025.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("一是加强项层设计", "一是加强某层设计"), encoding="utf-8")


def _reencode_source(root: Path) -> None:
    path = root / "sources" / "raw" / "review2025-pdf-extract.txt"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))


def _break_decision(root: Path) -> None:
    path = root / "data" / "collation" / "wp2022.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '- id: v999\n  section: ch1\n  context: "甲"\n  a: "乙"\n  b: "丙"\n  print: "乙"\n  reason: "x"\n')


def _remove_source(root: Path) -> None:
    (root / "sources" / "raw" / "wp2022-witnessB-part2.txt").unlink()


@pytest.mark.parametrize(
    ("breaker", "expected"),
    [
        (_break_errata, r"^error: data/errata/review2025\.yaml:\d+: erratum review2025-\d+ no longer matches"),
        (_reencode_source, r"^error: .*review2025-pdf-extract\.txt:1: not UTF-8"),
        (_break_decision, r"^error: .*wp2022\.yaml:\d+: decision v999 no longer matches"),
        (_remove_source, r"^error: .*wp2022-witnessB-part2\.txt: source file is missing"),
    ],
    ids=["stale-erratum", "gb18030", "stale-decision", "missing-source"],
)
def test_bad_input_fails_in_one_line_and_writes_nothing(project_copy, breaker, expected):
    breaker(project_copy)
    result = run_build(project_copy)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert re.match(expected, result.stderr.replace(str(project_copy) + "/", "")), result.stderr
    assert not (project_copy / "docs" / "downloads").exists()


def test_a_failed_build_leaves_earlier_downloads_untouched(project_copy):
    assert run_build(project_copy).returncode == 0
    before = {p.name: p.read_bytes() for p in (project_copy / "docs" / "downloads").iterdir()}
    _break_errata(project_copy)
    assert run_build(project_copy).returncode == 1
    after = {p.name: p.read_bytes() for p in (project_copy / "docs" / "downloads").iterdir()}
    assert after == before


# --- no residue in the printed text -------------------------------------------------------

RESIDUE = {
    "space beside a Chinese character": re.compile(f"[{HAN}{CJK_PUNCT}] | [{HAN}{CJK_PUNCT}]"),
    "half-width punctuation beside a Chinese character": re.compile(f"[{HAN}][,:;!?()\"']|[,:;!?()\"'][{HAN}]"),
    "Markdown or HTML debris": re.compile(r"[*#<>|_`\[\]]|&[a-z]+;"),
    "page-jump note": re.compile(r"[上下][接转]第[一二三四五六七八九十]+版"),
    "photo caption": re.compile("与会嘉宾共同启动"),
    "contents table": re.compile(r"^目录$|<b>", re.M),
    "OCR dash read as 一": re.compile("中国一[东中]"),
    "OCR G read as 6": re.compile(r"(?<![\d.])[45]6(?:基站|网络)"),
    "traditional or foreign intrusion": re.compile(r"發|\band\b"),
}


@pytest.mark.parametrize("problem", sorted(RESIDUE))
@pytest.mark.parametrize("document_id", ["wp2022", "review2025"])
def test_no_residue_in_the_output(edition, document_id, problem):
    text = document_text(edition.documents[document_id])
    found = RESIDUE[problem].findall(text)
    assert found == [], f"{problem}: {found[:5]}"


@pytest.mark.parametrize("document_id", ["wp2022", "review2025"])
def test_quotation_marks_pair_up_in_every_paragraph(edition, document_id):
    """Unpaired marks are allowed only where a recorded query tells readers why."""
    queried = {r.target for r in edition.records[document_id] if r.kind == "query"}
    for _, paragraph in edition.documents[document_id].paragraphs():
        if paragraph.id in queried:
            continue
        assert paragraph.text.count("“") == paragraph.text.count("”"), paragraph.id
        assert paragraph.text.count("（") == paragraph.text.count("）"), paragraph.id
        assert paragraph.text.count("《") == paragraph.text.count("》"), paragraph.id


@pytest.mark.parametrize("form", ["IPv6", "5G", "45.5万亿元", "99.2%", "SRv6", "CNCERT"])
def test_latin_words_and_numbers_keep_their_forms(edition, form):
    assert form in document_text(edition.documents["wp2022"])
