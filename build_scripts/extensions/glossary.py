"""Python-Markdown extension: mark glossary terms in running Chinese text.

The stock ``abbr`` extension finds terms with ``\\b`` word boundaries, which never match
between two Han characters, so it cannot mark 网络主权 inside 尊重网络主权原则. This extension
uses the edition's own ``glossary.Matcher`` (longest form first; Latin forms only at Latin word
edges) on the text of the element tree after inline processing:

* never inside headings, links, code, tables or an existing mark;
* by default only the first occurrence of an entry in each section (the text between two
  headings), so the page does not drown in underlines (``mode: all`` marks every one);
* each mark is ``<a class="gloss" href="…glossary…#id" data-pinyin="…"
  aria-describedby="gloss-def-id">``: it links to the entry, carries the pinyin of the form
  it marks, and is described to screen readers by a hidden definition that the extension
  appends once per entry used on the page (the tooltip shows the same, with no fetching).

Configuration (``mkdocs.yml``)::

    - build_scripts.extensions.glossary:
        data: docs/.generated/glossary.json     # written by the text build
        link: /glossary.md                      # resolved by MkDocs (absolute_links: relative_to_docs)
        mode: first                             # or: all
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from ..glossary import Matcher

SKIP_TAGS = frozenset({"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "script", "style", "abbr"})
#: Forms longer than this many characters get no pinyin above them (only in the tooltip).
LONG_FORM = 12
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@lru_cache(maxsize=4)
def load_entries(path: str, mtime: float) -> tuple[dict[str, dict[str, Any]], Matcher]:
    """Read the resolved glossary once per file version; return entries by id and a matcher."""
    del mtime  # part of the cache key only
    entries = {entry["id"]: entry for entry in json.loads(Path(path).read_text(encoding="utf-8"))["entries"]}
    return entries, Matcher({form: entry["id"] for entry in entries.values() for form in entry["forms"]})


class GlossaryProcessor(Treeprocessor):
    """Walk the document; mark terms in text nodes; append the hidden definitions."""

    def __init__(self, md: Markdown, config: dict[str, Any]) -> None:
        """Keep the configuration; the glossary itself is read when the first page runs."""
        super().__init__(md)
        self.config = config

    def run(self, root: ET.Element) -> None:
        """Mark the page and append the definitions of the entries used."""
        path = Path(self.config["data"])
        self.entries, self.matcher = load_entries(str(path.resolve()), path.stat().st_mtime)
        self.used: dict[str, None] = {}
        self.seen: set[str] = set()
        for child in list(root):
            if child.tag in HEADINGS:
                self.seen = set()
            elif child.tag not in SKIP_TAGS and "nogloss" not in child.get("class", ""):
                self.mark_element(child)
        if self.used:
            root.append(self.definitions())

    def mark_element(self, element: ET.Element) -> None:
        """Mark the text of *element* and of its children (and their tails) in document order."""
        children = list(element)
        for child in children:
            element.remove(child)
        element.text, new = self.split(element.text)
        for mark in new:
            element.append(mark)
        for child in children:
            if child.tag not in SKIP_TAGS and "gloss" not in child.get("class", ""):
                self.mark_element(child)
            tail, new = self.split(child.tail)
            child.tail = tail
            element.append(child)
            for mark in new:
                element.append(mark)

    def split(self, text: str | None) -> tuple[str | None, list[ET.Element]]:
        """Cut *text* at the terms to mark: the leading text and the marks (each with its tail)."""
        if not text:
            return text, []
        marks: list[ET.Element] = []
        lead, cursor = None, 0
        for match in self.matcher.find(text):
            if match.entry in self.seen and self.config["mode"] == "first":
                continue
            self.seen.add(match.entry)
            self.used[match.entry] = None
            before = text[cursor : match.start]
            if marks:
                marks[-1].tail = AtomicString(before)
            else:
                lead = before
            marks.append(self.mark(match.form, match.entry))
            cursor = match.end
        if not marks:
            return text, []
        marks[-1].tail = AtomicString(text[cursor:])
        return AtomicString(lead or ""), marks

    def mark(self, form: str, entry_id: str) -> ET.Element:
        """One mark: a link to the entry with its pinyin and its description."""
        entry = self.entries[entry_id]
        mark = ET.Element("a")
        latin = not entry["form_pinyin"][form] or entry["form_pinyin"][form] == form
        classes = ["gloss"] + (["gloss--latin"] if latin else []) + (["gloss--long"] if len(form) > LONG_FORM else [])
        mark.set("class", " ".join(classes))
        mark.set("href", f"{self.config['link']}#{entry_id}")
        mark.set("data-pinyin", entry["form_pinyin"][form] if not latin else entry["pinyin"])
        mark.set("aria-describedby", f"gloss-def-{entry_id}")
        mark.text = AtomicString(form)
        return mark

    def definitions(self) -> ET.Element:
        """Build the hidden definitions of the entries marked on this page, in order of first use."""
        box = ET.Element("div")
        box.set("class", "gloss-defs")
        box.set("hidden", "hidden")
        box.set("data-search-exclude", "")  # Material's search must not index the definitions
        for entry_id in self.used:
            entry = self.entries[entry_id]
            item = ET.SubElement(box, "span")
            item.set("id", f"gloss-def-{entry_id}")
            for part, text, lang in (
                ("term", entry["term"], None),
                ("pinyin", entry["pinyin"], "zh-Latn-pinyin"),
                ("english", entry["english"], "en"),
                ("text", entry["definition"], None),
            ):
                span = ET.SubElement(item, "span")
                span.set("class", f"gloss-def__{part}")
                if lang:
                    span.set("lang", lang)
                span.text = AtomicString(text)
                span.tail = AtomicString(" ")
        return box


class GlossaryExtension(Extension):
    """Register the glossary marker after inline processing."""

    def __init__(self, **kwargs: Any) -> None:
        """Declare the options and their defaults."""
        self.config = {
            "data": ["docs/.generated/glossary.json", "the resolved glossary written by the text build"],
            "link": ["/glossary.md", "the glossary page, as MkDocs resolves it"],
            "mode": ["first", "'first' marks an entry once per section; 'all' marks every occurrence"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        """Run after inline patterns (20) and attribute lists (8), before permalinks (4)."""
        md.treeprocessors.register(GlossaryProcessor(md, self.getConfigs()), "glossary", 7)


def makeExtension(**kwargs: Any) -> GlossaryExtension:
    """Entry point used by ``markdown.Markdown(extensions=[...])``."""
    return GlossaryExtension(**kwargs)
