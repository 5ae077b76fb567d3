"""The document trees: the outline counts of both documents, ids, box references, bad headings."""

from __future__ import annotations

import re

import pytest

from build_scripts.errors import EditionError
from build_scripts.structure import chinese_number, parse_blocks


def children(document, parent_id):
    """Direct subsections of *parent_id* (one more id segment)."""
    depth = parent_id.count("-") + 1
    return [s for s in document.sections if s.id.startswith(parent_id + "-") and s.id.count("-") == depth]


def test_white_paper_outline(edition):
    wp = edition.documents["wp2022"]
    top = [s.id for s in wp.sections if s.level == 1]
    assert top == ["preface", "ch1", "ch2", "ch3", "ch4", "closing", "box1", "box2", "box3", "box4", "box5", "box6"]
    assert [len(children(wp, f"ch{n}")) for n in range(1, 5)] == [3, 7, 4, 10]
    assert [len(children(wp, f"ch3-{n}")) for n in range(1, 5)] == [3, 3, 3, 3]
    assert all(s.level == 3 for s in wp.sections if s.id.count("-") == 2)


def test_review_outline(edition):
    review = edition.documents["review2025"]
    top = [s.id for s in review.sections if s.level == 1]
    assert top == ["intro", "ch1", "ch2", "ch3", "ch4"]
    assert [len(children(review, f"ch{n}")) for n in range(1, 5)] == [0, 10, 8, 0]
    assert review.section("intro").heading == ""


@pytest.mark.parametrize(
    ("document", "section", "heading"),
    [
        ("wp2022", "preface", "前言"),
        ("wp2022", "ch4-1", "（一）坚持尊重网络主权"),
        ("wp2022", "ch3-1-2", "2.数字技术助力全球经济发展"),
        ("wp2022", "box1", "专栏1\u3000网络扶贫行动计划"),
        ("review2025", "ch2-10", "（十）普惠共享互联网发展成果"),
        ("review2025", "ch3-5", "（五）坚持以人为本、智能向善，推动人工智能安全发展"),
    ],
)
def test_headings_are_printed_with_their_numbering(edition, document, section, heading):
    assert edition.documents[document].section(section).heading == heading


def test_every_paragraph_and_section_id_is_unique_and_ascii(edition):
    for document in edition.documents.values():
        ids = [s.id for s in document.sections] + [p.id for _, p in document.paragraphs()]
        assert len(ids) == len(set(ids))
        assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


def test_every_section_has_text(edition):
    for document in edition.documents.values():
        for section in document.sections:
            has_children = any(s.id.startswith(section.id + "-") for s in document.sections)
            assert section.paragraphs or has_children, section.id


def test_box_references_are_tied_to_their_boxes(edition):
    wp = edition.documents["wp2022"]
    refs = {ref: p.id for _, p in wp.paragraphs() for ref in p.refs}
    assert sorted(refs) == [f"box{n}" for n in range(1, 7)]
    assert refs["box1"].startswith("ch2-2-") and refs["box6"].startswith("ch3-3-3-")


def test_metadata_is_kept_apart_from_the_body(edition):
    wp = edition.documents["wp2022"]
    assert (wp.title, wp.issuer, wp.date) == ("携手构建网络空间命运共同体", "中华人民共和国国务院新闻办公室", "2022-11-07")
    assert wp.meta["dateline"] == "（新华社北京11月7日电）"
    body = "".join(p.text for _, p in wp.paragraphs())
    assert "新华社" not in body and "国务院新闻办公室" not in body
    review = edition.documents["review2025"]
    assert review.meta["attribution"] == "（网络空间国际治理研究基地联合发布）"
    assert "联合发布" not in "".join(p.text for _, p in review.paragraphs())


@pytest.mark.parametrize(("numeral", "value"), [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20)])
def test_chinese_numbers(numeral, value):
    assert chinese_number(numeral) == value


@pytest.mark.parametrize(
    ("blocks", "problem"),
    [
        (["一、总论", "（二）分论"], "expected section 1"),
        (["（一）分论"], "outside any chapter"),
        (["一、总论", "1.细目"], "outside any section"),
        (["一、总论", "三、再论"], "expected chapter 2"),
        (["专栏2\u3000专题"], "expected box 1"),
    ],
)
def test_a_heading_that_cannot_be_placed_names_file_and_line(blocks, problem):
    with pytest.raises(EditionError) as error:
        parse_blocks(blocks, lambda heading: ("sources/raw/x.txt", 12))
    assert str(error.value).startswith("sources/raw/x.txt:12: cannot place heading")
    assert problem in str(error.value)
