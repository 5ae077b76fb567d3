"""The downloads: JSON shape, plain text, the editorial record, and byte-identical rebuilds."""

from __future__ import annotations

import json

import pytest

from build_scripts.build import output_files
from build_scripts.export import document_json, document_text, downloads
from build_scripts.pipeline import build_edition


@pytest.mark.parametrize("document_id", ["wp2022", "review2025"])
def test_json_has_the_documented_shape(edition, document_id):
    data = json.loads(downloads(edition.documents[document_id], edition.records[document_id])[f"{document_id}.json"])
    assert {"id", "title", "issuer", "date", "sections"} <= set(data)
    assert data["id"] == document_id
    for section in data["sections"]:
        assert set(section) == {"id", "level", "heading", "paragraphs"}
        assert section["level"] in (1, 2, 3)
        for paragraph in section["paragraphs"]:
            assert set(paragraph) == {"id", "text"} and paragraph["text"]


def test_levels_follow_the_numbering(edition):
    levels = {s["id"]: s["level"] for s in document_json(edition.documents["wp2022"])["sections"]}
    assert (levels["preface"], levels["ch4"], levels["closing"], levels["box3"]) == (1, 1, 1, 1)
    assert (levels["ch4-10"], levels["ch3-2-3"]) == (2, 3)


def test_text_download_is_headings_and_paragraphs_separated_by_blank_lines(edition):
    wp = edition.documents["wp2022"]
    text = document_text(wp)
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[:4] == ["携手构建网络空间命运共同体", "（2022年11月）", "中华人民共和国国务院新闻办公室", "前言"]
    assert blocks[-1] == "（新华社北京11月7日电）"
    body = [s.heading for s in wp.sections]
    assert all(heading in blocks for heading in body)
    assert "\n" not in "".join(blocks)


def test_text_and_json_carry_the_same_text(edition):
    for document in edition.documents.values():
        data = document_json(document)
        paragraphs = [p["text"] for s in data["sections"] for p in s["paragraphs"]]
        text_blocks = document_text(document).split("\n\n")
        assert all(p in text_blocks for p in paragraphs)


def test_record_download_lists_every_decision(edition):
    data = json.loads(downloads(edition.documents["wp2022"], edition.records["wp2022"])["wp2022-record.json"])
    assert len(data["records"]) == len(edition.records["wp2022"])
    assert {"kind", "id", "target", "readings", "printed", "reason", "choice"} == set(data["records"][0])


def test_two_builds_give_identical_bytes(edition):
    first = output_files(edition)
    second = output_files(build_edition())
    assert first == second
