"""The glossary page, and the resolved glossary that the marking extension reads.

Entries are sorted by pinyin and grouped under their initial letters; each shows its category,
English name, definition, the defining quotation where a document defines the term, and links
to every section where it occurs, with counts. Terse markup on purpose: the page repeats it for
every entry and is the site's largest page.
"""

from __future__ import annotations

import html
import json
from collections import Counter

from .addresses import GENERATED_NOTE, SHORT_DOC, escape_markdown, page_of, section_anchor, section_label
from .glossary import CATEGORIES, Entry, Glossary
from .pipeline import Edition


def glossary_json(glossary: Glossary) -> str:
    """Return the resolved glossary for the marking extension: forms, pinyin, English, definition."""
    entries = [
        {
            "id": e.id,
            "term": e.term,
            "forms": list(e.forms),
            "form_pinyin": e.form_pinyin,
            "pinyin": e.pinyin,
            "english": e.english,
            "category": e.category,
            "definition": e.definition,
        }
        for e in glossary.entries
    ]
    return json.dumps({"entries": entries}, ensure_ascii=False, indent=1) + "\n"


def occurrence_links(edition: Edition, counts: Counter[tuple[str, str]]) -> str:
    """Return Markdown links to every section where an entry occurs, with counts, grouped by document."""
    groups = []
    for document_id, document in edition.documents.items():
        where = page_of(document)
        links = [
            f"[{escape_markdown(section_label(s.id))}]({document_id}/{where[s.id]}.md#{section_anchor(s)})"
            + (f"×{counts[(document_id, s.id)]}" if counts[(document_id, s.id)] > 1 else "")
            for s in document.sections
            if counts.get((document_id, s.id))
        ]
        if links:
            groups.append(f"{SHORT_DOC[document_id]} " + "、".join(links))
    return "；".join(groups) + f"（共{sum(counts.values())}次）" if groups else "（未见于正文）"


def glossary_entry(edition: Edition, entry: Entry) -> list[str]:
    """Return one glossary entry: HTML for its head, Markdown (``md_in_html``) for its links."""
    assert edition.glossary is not None
    esc = html.escape
    meta = [f"<b>{esc(CATEGORIES[entry.category])}</b>", f'<span lang="en">{esc(entry.english)}</span>']
    if entry.aliases:
        meta.append("又作：" + "、".join(esc(a) for a in entry.aliases))
    lines = [
        f'<section class="ge nogloss" id="{entry.id}" data-category="{entry.category}" markdown>',
        f'<p class="ge-term" role="heading" aria-level="3">{esc(entry.term)}</p>',
        f'<p lang="zh-Latn-pinyin">{esc(entry.pinyin)}</p>',
        f'<p class="ge-meta">{" · ".join(meta)}</p>',
        "",
        escape_markdown(entry.definition),
        "",
    ]
    if entry.source:
        document_id, paragraph_id = entry.source.split("/")
        page = page_of(edition.documents[document_id])[paragraph_id]
        label = f"{SHORT_DOC[document_id]} {section_label(paragraph_id.rsplit('-p', 1)[0])}"
        lines += [f"> “{escape_markdown(entry.quote)}”——[{escape_markdown(label)}]({document_id}/{page}.md#{paragraph_id})", ""]
    where = occurrence_links(edition, edition.glossary.occurrences[entry.id])
    return [*lines, f"出现于：{where}", "{: .ge-where }", "", "</section>", ""]


def letter_anchor(letter: str) -> str:
    """Return the anchor of a letter group (``#`` collects headwords that start with a digit).

    >>> letter_anchor("B"), letter_anchor("#")
    ('letter-b', 'letter-other')
    """
    return f"letter-{letter.lower() if letter != '#' else 'other'}"


def letter_label(letter: str) -> str:
    """Return the heading of a letter group."""
    return letter if letter != "#" else "0–9"


def letter_link(letter: str) -> str:
    """Return the link to a letter group, for the row of letters at the top."""
    return f'<a href="#{letter_anchor(letter)}">{letter_label(letter)}</a>'


def glossary_page(edition: Edition) -> str:
    """Return the glossary page: entries sorted by pinyin, grouped under initial letters, with a category filter."""
    assert edition.glossary is not None
    entries = sorted(edition.glossary.entries, key=lambda e: e.sort_key)
    letters = list(dict.fromkeys(e.initial for e in entries))
    categories = json.dumps(CATEGORIES, ensure_ascii=False)
    lines = [
        GENERATED_NOTE,
        "",
        "# 术语表 {#glossary}",
        "",
        f"本表收录两份文件中的 {len(entries)} 个术语，按汉语拼音排序。正文中每个术语在每一节第一次出现时标有下划线，"
        "把鼠标移到上面、用键盘聚焦或轻触即可看到拼音、英文名称和简短释义；点击进入本表的词条。"
        "释义力求客观中立；文件本身有界定的，引用原文并链接到该段。",
        "",
        f"*Glossary: {len(entries)} terms of the two documents, in pinyin order, each with its English name, a short "
        "definition in Chinese and links to every section where it occurs.*",
        "",
        f"<div class=\"gloss-filter\" data-categories='{html.escape(categories, quote=True)}'></div>",
        "",
        '<p class="gloss-letters">' + " ".join(letter_link(letter) for letter in letters) + "</p>",
        "",
    ]
    for letter in letters:
        lines += [f"## {letter_label(letter)} {{#{letter_anchor(letter)} .gloss-letter}}", ""]
        for entry in (e for e in entries if e.initial == letter):
            lines += glossary_entry(edition, entry)
    return "\n".join(lines).rstrip("\n") + "\n"
