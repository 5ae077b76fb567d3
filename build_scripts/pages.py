"""Stage 7: every generated file under ``docs/`` — the reading pages above all.

One page per chapter or part: the 2022 paper gets 前言, 一–四, 结束语 and 专栏 (all six boxes on
one page), the 2025 review 一–四; each document also gets an overview page with its metadata,
its contents (regenerated from the headings) and, for the review, its opening paragraphs.

Every heading carries its structural id and every paragraph its paragraph id (``attr_list``
syntax), so page paths and anchors are ASCII and stable. A paragraph also carries its citation
label in ``data-cite``; the ``paragraph_links`` extension and ``overrides/`` add the visible
permalink and the copy-citation button. Box references （见专栏N） become links to the box.
``pages()`` gathers these with the glossary, comparison, figures and record pages and jieba's
user dictionary; fragments the about page includes go to ``docs/.generated/``, which MkDocs
does not publish as pages.
"""

from __future__ import annotations

import html
from pathlib import Path

from .addresses import GENERATED_NOTE, SHORT_ISSUER, Page, escape_markdown, page_of, plan, root_of, section_label
from .comparison import compare_page, figures_page, panel_for
from .errors import PROJECT_ROOT
from .glossary import has_han
from .glossary_page import glossary_json, glossary_page
from .pipeline import Edition
from .record_page import cleaning_markdown, record_markdown
from .structure import BOX_REFERENCE, Document, Section

SEARCH_TERMS = Path("data") / "search-terms.txt"


def link_box_references(text: str, boxes_page: str) -> str:
    """Turn （见专栏N） into a link to the box.

    >>> link_box_references("取得显著成效。（见专栏1）", "boxes.md")
    '取得显著成效。（见[专栏1](boxes.md#box1)）'
    """
    return BOX_REFERENCE.sub(lambda m: f"（见[专栏{m.group(1)}]({boxes_page}#box{m.group(1)})）", text)


def citation(document: Document, section: Section, index: int) -> str:
    """Return the citation label stored on a paragraph: document, section and paragraph number."""
    date = document.meta.get("date_printed", document.date)
    return f"{SHORT_ISSUER[document.id]}：《{document.title}》，{date}，{section_label(section.id)}，第{index}段"


def section_markdown(document: Document, section: Section, depth: int, boxes_page: str) -> list[str]:
    """Return the Markdown of one section: its heading at *depth* and its paragraphs with their ids."""
    lines = []
    if section.heading:
        lines += [f"{'#' * depth} {escape_markdown(section.heading)} {{#{section.id}}}", ""]
    for index, paragraph in enumerate(section.paragraphs, 1):
        text = link_box_references(escape_markdown(paragraph.text), boxes_page)
        cite = html.escape(citation(document, section, index), quote=True)
        lines += [text, f'{{: #{paragraph.id} data-cite="{cite}" }}', ""]
    return lines


def contents_markdown(document: Document) -> list[str]:
    """Return a contents list regenerated from the headings, linking every section."""
    where = page_of(document)
    lines = ["## 目录 {#contents}", ""]
    for section in document.sections:
        if not section.heading:
            continue
        indent = "    " * (section.level - 1)
        lines.append(f"{indent}- [{escape_markdown(section.heading)}]({where[section.id]}.md#{section.id})")
    return [*lines, ""]


def overview_markdown(document: Document) -> list[str]:
    """Return the head of a document's overview page: title, issuer, date, closing line."""
    meta = document.meta
    lines = [f"# {document.title} {{#top}}", "", f"{document.issuer} · {meta.get('date_printed', document.date)}", ""]
    if "title_en" in meta:
        lines += [f"*{escape_markdown(meta['title_en'])}*", ""]
    closing = meta.get("dateline") or meta.get("attribution")
    if closing:
        lines += [f"正文末署：{closing}", ""]
    return lines


def page_markdown(edition: Edition, document: Document, page: Page) -> str:
    """Return the whole Markdown of one page."""
    lines = [GENERATED_NOTE, ""]
    boxes_page = "boxes.md"
    if page.name == "index":
        lines += overview_markdown(document)
    elif page.name == "boxes":
        lines += ["# 专栏 {#boxes}", ""]
    for section in document.sections:
        if root_of(section.id) in page.roots:
            depth = section.level + (1 if page.name == "boxes" else 0)
            lines += section_markdown(document, section, depth, boxes_page)
            lines += panel_for(edition, document.id, section.id)
    if page.name == "index":
        lines += contents_markdown(document)
    return "\n".join(lines).rstrip("\n") + "\n"


def search_dictionary(terms: list[str]) -> str:
    """Jieba's user dictionary for the search index: one term per line, longest first.

    >>> search_dictionary(["北斗", "网络主权", "北斗"])
    '网络主权\\n北斗\\n'
    """
    unique = sorted(set(terms), key=lambda term: (-len(term), term))
    return "".join(f"{term}\n" for term in unique)


def read_search_terms(path: Path) -> list[str]:
    """Terms from ``data/search-terms.txt`` (one per line; ``#`` starts a comment)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def pages(edition: Edition, root: Path = PROJECT_ROOT) -> dict[str, str]:
    """Every generated file under ``docs/``, by relative path: pages, record, glossary, search dictionary."""
    terms = read_search_terms(root / SEARCH_TERMS)
    files: dict[str, str] = {".generated/cleaning.md": cleaning_markdown(edition)}
    if edition.glossary is not None:
        terms += [form for entry in edition.glossary.entries for form in entry.forms if has_han(form)]
        files["glossary.md"] = glossary_page(edition)
        files[".generated/glossary.json"] = glossary_json(edition.glossary)
    files[".generated/jieba-userdict.txt"] = search_dictionary(terms)
    if edition.crossrefs is not None:
        files["compare.md"] = compare_page(edition, GENERATED_NOTE)
    if edition.figures:
        files["figures.md"] = figures_page(edition, GENERATED_NOTE)
    for document_id, document in edition.documents.items():
        for page in plan(document):
            files[f"{document_id}/{page.name}.md"] = page_markdown(edition, document, page)
        files[f".generated/record-{document_id}.md"] = record_markdown(document, edition.records[document_id])
    return files
