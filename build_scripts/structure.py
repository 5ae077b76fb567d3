"""Stage 5: parse a clean text (a list of blocks) into a document tree with stable ids.

Headings are recognised by their printed numbering (``patterns.HEADING_PATTERNS``) and
placed by it: a level-2 heading needs a chapter, numbers run in order, and anything else is
an error that names the source line. Ids are structural, so they survive rebuilds and small
edits of the wording:

* sections: ``preface``, ``ch1``, ``ch1-2``, ``ch3-1-2``, ``closing``, ``box1``; text before
  the first heading (the review's opening) is the section ``intro`` with an empty heading;
* paragraphs: ``<section id>-p<n>``, counting from 1 within the section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import EditionError
from .patterns import CHINESE_NUMERALS, heading_level

BOX_REFERENCE = re.compile(r"（见专栏(\d+)）")

#: Given a heading's text, return (file, line) of the raw source that prints it.
Locator = Callable[[str], tuple[str, int | None]]


@dataclass
class Paragraph:
    """One paragraph: its stable id, its text, and the boxes it refers to."""

    id: str
    text: str
    refs: tuple[str, ...] = ()


@dataclass
class Section:
    """A heading and the paragraphs under it (not those of its subsections)."""

    id: str
    level: int
    heading: str
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def number(self) -> str:
        """The printed numbering of the heading (``一、``, ``（三）``, ``2.``, ``专栏4``) or ``''``."""
        match = re.match(f"^(?:[{CHINESE_NUMERALS}]+、|（[{CHINESE_NUMERALS}]+）|\\d+\\.|专栏\\d+)", self.heading)
        return match.group(0) if match else ""

    @property
    def title(self) -> str:
        """The heading without its numbering."""
        return self.heading[len(self.number) :].strip("\u3000 ")


@dataclass
class Document:
    """A whole document: its metadata and its sections in reading order."""

    id: str
    title: str
    issuer: str
    date: str
    sections: list[Section]
    meta: dict[str, str] = field(default_factory=dict)

    def section(self, section_id: str) -> Section:
        """Return the section with *section_id* (``KeyError`` if there is none)."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def paragraphs(self) -> list[tuple[Section, Paragraph]]:
        """All paragraphs in reading order with their sections."""
        return [(section, paragraph) for section in self.sections for paragraph in section.paragraphs]


def chinese_number(numeral: str) -> int:
    """Convert a Chinese numeral up to 99 into an integer.

    >>> [chinese_number(n) for n in ("一", "十", "十二", "二十", "二十三")]
    [1, 10, 12, 20, 23]
    """
    digits = {ch: i + 1 for i, ch in enumerate(CHINESE_NUMERALS[:9])}
    if "十" not in numeral:
        return digits[numeral]
    tens, _, ones = numeral.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def heading_key(heading: str) -> tuple[str, int | None]:
    """Classify a heading: its kind and its number.

    >>> heading_key("（三）网络空间法治体系不断完善")
    ('section', 3)
    >>> heading_key("专栏2\u3000国家网络安全宣传周")
    ('box', 2)
    >>> heading_key("结束语")
    ('closing', None)
    """
    if heading == "前言":
        return "preface", None
    if heading == "结束语":
        return "closing", None
    if match := re.match(r"专栏(\d+)", heading):
        return "box", int(match.group(1))
    if match := re.match(f"([{CHINESE_NUMERALS}]+)、", heading):
        return "chapter", chinese_number(match.group(1))
    if match := re.match(f"（([{CHINESE_NUMERALS}]+)）", heading):
        return "section", chinese_number(match.group(1))
    match = re.match(r"(\d+)\.", heading)
    return "part", int(match.group(1)) if match else None


class _Placer:
    """Turns headings into section ids, checking that each one can stand where it does."""

    def __init__(self, locate: Locator) -> None:
        """Start before the first heading."""
        self.locate = locate
        self.chapter: int | None = None
        self.section: int | None = None
        self.part: int | None = None
        self.box = 0
        self.last_chapter = 0

    def fail(self, heading: str, why: str) -> EditionError:
        """Build the error for a heading that cannot be placed."""
        path, line = self.locate(heading)
        return EditionError(path, f"cannot place heading '{heading}': {why}", line)

    def place(self, heading: str) -> str:
        """Return the id of the section that *heading* opens, or raise ``EditionError``."""
        kind, number = heading_key(heading)
        if kind in ("preface", "closing"):
            self.chapter = self.section = self.part = None
            return kind
        handler = {"box": self._box, "chapter": self._chapter, "section": self._section}.get(kind, self._part)
        return handler(heading, number or 0)

    def _expect(self, heading: str, number: int, expected: int, label: str) -> None:
        """Fail unless the heading's number is the one expected next."""
        if number != expected:
            raise self.fail(heading, f"expected {label} {expected}")

    def _box(self, heading: str, number: int) -> str:
        """Place a box heading ``专栏N``."""
        self._expect(heading, number, self.box + 1, "box")
        self.box = number
        return f"box{number}"

    def _chapter(self, heading: str, number: int) -> str:
        """Place a chapter heading ``一、…``."""
        self._expect(heading, number, self.last_chapter + 1, "chapter")
        self.chapter = self.last_chapter = number
        self.section = self.part = None
        return f"ch{number}"

    def _section(self, heading: str, number: int) -> str:
        """Place a section heading ``（一）…`` inside the current chapter."""
        if self.chapter is None:
            raise self.fail(heading, "a numbered section outside any chapter")
        self._expect(heading, number, (self.section or 0) + 1, "section")
        self.section, self.part = number, None
        return f"ch{self.chapter}-{number}"

    def _part(self, heading: str, number: int) -> str:
        """Place a part heading ``1.…`` inside the current section."""
        if self.section is None:
            raise self.fail(heading, "a numbered part outside any section")
        self._expect(heading, number, (self.part or 0) + 1, "part")
        self.part = number
        return f"ch{self.chapter}-{self.section}-{number}"


def section_ids(blocks: list[str], locate: Locator) -> list[str]:
    """Return, for each block, the id of the section it belongs to (a heading opens its own)."""
    placer = _Placer(locate)
    current = "intro"
    ids = []
    for block in blocks:
        if heading_level(block) is not None:
            current = placer.place(block)
        ids.append(current)
    return ids


def parse_blocks(blocks: list[str], locate: Locator) -> tuple[list[Section], list[str]]:
    """Build the sections of a document from its blocks, with stable paragraph ids.

    Returns the sections and, for each block, the id it received (a heading's section id or
    a paragraph's id), so that editorial records can point at the paragraph they concern.

    >>> sections, ids = parse_blocks(["开篇。", "一、总论", "第一段。", "（一）分论", "第二段。"], lambda h: ("x", None))
    >>> ids
    ['intro-p1', 'ch1', 'ch1-p1', 'ch1-1', 'ch1-1-p1']
    """
    sections: list[Section] = []
    ids: list[str] = []
    for block, section_id in zip(blocks, section_ids(blocks, locate), strict=True):
        level = heading_level(block)
        if level is not None:
            sections.append(Section(section_id, level, block))
            ids.append(section_id)
            continue
        if not sections:
            sections.append(Section("intro", 1, ""))
        section = sections[-1]
        refs = tuple(f"box{n}" for n in BOX_REFERENCE.findall(block))
        paragraph = Paragraph(f"{section.id}-p{len(section.paragraphs) + 1}", block, refs)
        section.paragraphs.append(paragraph)
        ids.append(paragraph.id)
    return sections, ids


def check_box_references(document: Document, locate: Locator) -> None:
    """Every （见专栏N） must point at a box of the document, and every box must be cited."""
    boxes = {section.id for section in document.sections if section.id.startswith("box")}
    cited: set[str] = set()
    for _section, paragraph in document.paragraphs():
        for ref in paragraph.refs:
            if ref not in boxes:
                path, line = locate(paragraph.text)
                raise EditionError(path, f"paragraph {paragraph.id} refers to a missing box {ref}", line)
            cited.add(ref)
    for box in sorted(boxes - cited):
        path, line = locate(document.section(box).heading)
        raise EditionError(path, f"{box} is never referred to by a （见专栏N） in the text", line)
