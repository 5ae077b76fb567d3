"""Reading the two documents together: cross-reference panels, the comparison page, the figures page.

* Panels (raw HTML ``<aside class="xref">``) stand under each 2022 proposal, naming the 2025
  section that reports on it with its opening sentence or two and a link to its anchor; under
  each 2025 section of 二 linking back; under each goal of 三 naming the proposals it continues.
  The quotation is verbatim (``crossrefs.lead``), so the panel means something even where the
  link's instant preview cannot load (the offline bundle).
* ``compare.md`` sets the ten pairs side by side, then the goals of 三 and the shared concepts.
* ``figures.md`` tabulates the figures then and now, each linked to its paragraph, and draws them.

All links are written relative to the page that carries them, to ASCII heading anchors.
"""

from __future__ import annotations

import html

from .crossrefs import CrossRefs, lead
from .figures import Indicator, chart_svg
from .pipeline import Edition
from .structure import Document

SHORT = {"wp2022": "白皮书（2022）", "review2025": "十年回顾（2025）"}


def href(from_page: str, document_id: str, page: str, anchor: str) -> str:
    """Return a link from a page (its URL relative to the site root) to an anchor on a reading page.

    >>> href("wp2022/ch4/", "review2025", "ch2", "ch2-1")
    '../../review2025/ch2/#ch2-1'
    >>> href("compare/", "wp2022", "ch4", "ch4-1")
    '../wp2022/ch4/#ch4-1'
    """
    depth = from_page.count("/")
    return "../" * depth + f"{document_id}/{page}/#{anchor}"


def _link(from_page: str, document: Document, section_id: str, where: dict[str, str], text: str) -> str:
    """Return an HTML link to a section of *document*, escaped."""
    target = href(from_page, document.id, where[section_id], section_id)
    return f'<a href="{target}">{html.escape(text)}</a>'


def _label(section_id: str) -> str:
    """Return the citation label of a section (imported late: pages imports this module)."""
    from .pages import section_label  # noqa: PLC0415 - avoids an import cycle

    return section_label(section_id)


def proposal_panel(edition: Edition, proposal: str, from_page: str) -> str:
    """Return the panel under a 2022 proposal: the 2025 section that reports on it, and the goals continuing it."""
    refs, review = _refs(edition), edition.documents["review2025"]
    where = _pages(review)
    section = review.section(refs.proposals[proposal])
    lines = [
        '<aside class="xref" aria-label="2025年回顾报告的相应章节">',
        f'<p class="xref__label">{SHORT["review2025"]} {_label(section.id)} 报告本主张的十年实践</p>',
        f'<p class="xref__title">{_link(from_page, review, section.id, where, section.heading)}</p>',
        f'<blockquote class="xref__quote">{html.escape(lead(section))}</blockquote>',
    ]
    goals = refs.goals_continuing(proposal)
    if goals:
        links = "、".join(_link(from_page, review, g.goal, where, review.section(g.goal).heading) for g in goals)
        lines.append(f'<p class="xref__also">新阶段目标延续本主张：{links}</p>')
    return "\n".join([*lines, "</aside>"])


def report_panel(edition: Edition, report: str, from_page: str) -> str:
    """Return the panel under a 2025 section of 二: the 2022 proposal it reports on."""
    refs, paper = _refs(edition), edition.documents["wp2022"]
    section = paper.section(refs.reports[report])
    return "\n".join(
        [
            '<aside class="xref" aria-label="2022年白皮书的相应主张">',
            f'<p class="xref__label">本节回顾{SHORT["wp2022"]} {_label(section.id)} 的主张</p>',
            f'<p class="xref__title">{_link(from_page, paper, section.id, _pages(paper), section.heading)}</p>',
            f'<blockquote class="xref__quote">{html.escape(lead(section))}</blockquote>',
            "</aside>",
        ]
    )


def goal_panel(edition: Edition, goal_id: str, from_page: str) -> str:
    """Return the panel under a goal of 2025 三: the 2022 proposals it continues, or that it is new."""
    refs, paper = _refs(edition), edition.documents["wp2022"]
    goal = next(g for g in refs.goals if g.goal == goal_id)
    where = _pages(paper)
    lines = ['<aside class="xref" aria-label="与2022年白皮书主张的关系">']
    if goal.new:
        lines.append('<p class="xref__label">新议题：白皮书十项主张中没有专门一项与之对应</p>')
    else:
        lines.append(f'<p class="xref__label">本目标延续{SHORT["wp2022"]}的主张</p>')
        for proposal in goal.continues:
            section = paper.section(proposal)
            lines += [
                f'<p class="xref__title">{_link(from_page, paper, proposal, where, section.heading)}</p>',
                f'<blockquote class="xref__quote">{html.escape(lead(section))}</blockquote>',
            ]
    lines += [f'<p class="xref__reason">{html.escape(goal.reason)}</p>', "</aside>"]
    return "\n".join(lines)


def panel_for(edition: Edition, document_id: str, section_id: str, from_page: str) -> str | None:
    """Return the cross-reference panel that belongs under a section, if any."""
    if edition.crossrefs is None:
        return None
    refs = edition.crossrefs
    if document_id == "wp2022" and section_id in refs.proposals:
        return proposal_panel(edition, section_id, from_page)
    if document_id == "review2025" and section_id in refs.reports:
        return report_panel(edition, section_id, from_page)
    if document_id == "review2025" and any(g.goal == section_id for g in refs.goals):
        return goal_panel(edition, section_id, from_page)
    return None


def _refs(edition: Edition) -> CrossRefs:
    """Return the edition's cross-references (present whenever panels are asked for)."""
    assert edition.crossrefs is not None
    return edition.crossrefs


def _pages(document: Document) -> dict[str, str]:
    """Section and paragraph ids → page names (imported late: pages imports this module)."""
    from .pages import page_of  # noqa: PLC0415 - avoids an import cycle

    return page_of(document)


def compare_page(edition: Edition, note: str) -> str:
    """Return the comparison page: ten pairs side by side, then the goals of 三, then shared concepts."""
    refs, paper, review = _refs(edition), edition.documents["wp2022"], edition.documents["review2025"]
    from_page = "compare/"
    wp_pages, rv_pages = _pages(paper), _pages(review)
    lines = [
        note,
        "",
        "# 对照阅读 {#compare}",
        "",
        "白皮书第四部分提出构建更加紧密的网络空间命运共同体的十项主张；十年回顾报告第二部分逐一报告其实践。"
        "下面左栏为白皮书的主张（全文），右栏为回顾报告相应一节的开头，点击标题进入全文。在手机上，两栏上下排列。",
        "",
        "*The ten proposals of the 2022 white paper (left) beside the sections of the 2025 review that report on them "
        "(right); then the goals of the review's part III and the concepts both documents state.*",
        "",
    ]
    for number, (proposal, report) in enumerate(refs.proposals.items(), 1):
        left, right = paper.section(proposal), review.section(report)
        lines += [
            f"## {_label(proposal)} ↔ {_label(report)} {{#compare-{number}}}",
            "",
            '<div class="pair">',
            f'<section class="pair__side" aria-label="{SHORT["wp2022"]}">',
            f'<p class="pair__source">{SHORT["wp2022"]}</p>',
            f'<h3 class="pair__heading">{_link(from_page, paper, proposal, wp_pages, left.heading)}</h3>',
            *(f"<p>{html.escape(p.text)}</p>" for p in left.paragraphs),
            "</section>",
            f'<section class="pair__side" aria-label="{SHORT["review2025"]}">',
            f'<p class="pair__source">{SHORT["review2025"]}</p>',
            f'<h3 class="pair__heading">{_link(from_page, review, report, rv_pages, right.heading)}</h3>',
            f"<p>{html.escape(right.paragraphs[0].text)}</p>",
            f'<p class="pair__more">{_link(from_page, review, report, rv_pages, "续读本节全文")}</p>',
            "</section>",
            "</div>",
            "",
        ]
    lines += [
        "## 新阶段的八项目标与白皮书主张 {#goals}",
        "",
        "<table>",
        "<thead><tr><th>回顾报告 三</th><th>延续的白皮书主张</th><th>说明</th></tr></thead>",
        "<tbody>",
    ]
    for goal in refs.goals:
        continued = "、".join(_link(from_page, paper, p, wp_pages, _label(p)) for p in goal.continues) or "新议题"
        lines.append(
            f"<tr><td>{_link(from_page, review, goal.goal, rv_pages, review.section(goal.goal).heading)}</td>"
            f"<td>{continued}</td><td>{html.escape(goal.reason)}</td></tr>"
        )
    lines += ["</tbody>", "</table>", "", "## 两份文件共同阐述的理念 {#concepts}", ""]
    for concept in refs.concepts:
        lines += [f"### {concept.name} {{#concept-{concept.id}}}", "", f"<p>{html.escape(concept.note)}</p>", "<ul>"]
        for mention in concept.mentions:
            document = edition.documents[mention.document]
            where = _pages(document)
            target = href(from_page, document.id, where[mention.paragraph], mention.paragraph)
            section_id = mention.paragraph.rsplit("-p", 1)[0]
            lines.append(
                f'<li><a href="{target}">{SHORT[document.id]} {html.escape(_label(section_id))}</a>：“{html.escape(mention.quote)}”</li>'
            )
        lines += ["</ul>", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def figures_page(edition: Edition, note: str) -> str:
    """Return the figures page: a table of values then and now, each linked to its paragraph, and the chart."""
    from_page = "figures/"
    lines = [
        note,
        "",
        "# 数字今昔 {#figures}",
        "",
        "回顾报告重述了白皮书给出的一些数字，时间更晚；其中两项还回溯到十年前。下表每个数字都链接到原文所在的段落。",
        "",
        "*Figures the 2025 review restates for a later date than the 2022 white paper; every value links to the paragraph that states it.*",
        "",
        "<table>",
        "<thead><tr><th>指标</th><th>单位</th><th>白皮书（2022）</th><th>十年回顾（2025）</th><th>说明</th></tr></thead>",
        "<tbody>",
    ]
    for indicator in edition.figures:
        lines.append(_figure_row(edition, indicator, from_page))
    lines += [
        "</tbody>",
        "</table>",
        "",
        '<figure class="figures-chart">',
        f'<div role="img" aria-label="{html.escape(_chart_label(edition.figures))}">',
        chart_svg(edition.figures),
        "</div>",
        '<figcaption><span class="swatch swatch--wp2022"></span>白皮书（2022）'
        '<span class="swatch swatch--review2025"></span>十年回顾（2025）'
        '<span class="swatch swatch--early"></span>十年回顾所说“十年前”（2015）。各项单位不同，柱高只在同一项内可比。</figcaption>',
        "</figure>",
    ]
    return "\n".join(lines) + "\n"


def _figure_row(edition: Edition, indicator: Indicator, from_page: str) -> str:
    """One row of the figures table."""
    cells: dict[str, list[str]] = {"wp2022": [], "review2025": []}
    for value in indicator.values:
        document = edition.documents[value.document]
        target = href(from_page, document.id, _pages(document)[value.paragraph], value.paragraph)
        text = f'<a href="{target}">{html.escape(value.text)}</a>（{html.escape(value.date)}）'
        if value.note:
            text += f"<br><small>{html.escape(value.note)}</small>"
        cells[value.document].append(text)
    return (
        f'<tr id="{indicator.id}"><td>{html.escape(indicator.indicator)}<br><small lang="en">{html.escape(indicator.english)}</small></td>'
        f"<td>{html.escape(indicator.unit)}</td><td>{'<br>'.join(cells['wp2022'])}</td>"
        f"<td>{'<br>'.join(cells['review2025'])}</td><td>{html.escape(indicator.note)}</td></tr>"
    )


def _chart_label(indicators: list[Indicator]) -> str:
    """Return a text alternative for the chart: every indicator with its values."""
    parts = [f"{i.indicator}：" + "，".join(f"{v.date}年{v.value:g}{i.unit}" for v in i.values) for i in indicators]
    return "柱状图，各指标今昔对比。" + "；".join(parts) + "。"
