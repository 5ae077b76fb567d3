"""Reading the two documents together: cross-reference panels, the comparison page, the figures page.

* Panels (``<aside class="xref">`` with Markdown inside, by ``md_in_html``) stand under each 2022 proposal, naming the 2025
  section that reports on it with its opening sentence or two and a link to its anchor; under
  each 2025 section of 二 linking back; under each goal of 三 naming the proposals it continues.
  The quotation is verbatim (``crossrefs.lead``), so the panel means something even where the
  link's instant preview cannot load (the offline bundle).
* ``compare.md`` sets the ten pairs side by side, then the goals of 三 and the shared concepts.
* ``figures.md`` tabulates the figures then and now, each linked to its paragraph, and draws them.

All links are Markdown links to ``.md`` files and ASCII anchors: MkDocs rewrites them for the
public site (directory URLs) and for the offline bundle (file URLs), and strict mode fails the
build on any that does not resolve.
"""

from __future__ import annotations

import html

from .addresses import escape_markdown, page_of, section_label
from .crossrefs import CrossRefs, lead
from .figures import Indicator, chart_svg
from .pipeline import Edition
from .structure import Document

SHORT = {"wp2022": "白皮书（2022）", "review2025": "十年回顾（2025）"}


def md_href(depth: int, document_id: str, page: str, anchor: str) -> str:
    """Return a Markdown link target from a page *depth* folders below ``docs/`` to an anchor on a reading page.

    MkDocs rewrites it for directory URLs (the public site) or file URLs (the offline bundle) and,
    in strict mode, fails the build if the anchor does not exist.

    >>> md_href(1, "review2025", "ch2", "ch2-1"), md_href(0, "wp2022", "ch4", "ch4-1")
    ('../review2025/ch2.md#ch2-1', 'wp2022/ch4.md#ch4-1')
    """
    return "../" * depth + f"{document_id}/{page}.md#{anchor}"


def _link(depth: int, document: Document, section_id: str, text: str) -> str:
    """Return a Markdown link to a section or paragraph of *document*, with Material's instant preview.

    ``data-preview`` asks Material for a preview of the target on hover (on a served site); the
    feature is not switched on for every link, where it would compete with the glossary tooltips.
    """
    return f"[{escape_markdown(text)}]({md_href(depth, document.id, page_of(document)[section_id], section_id)}){{ data-preview }}"


def _quote(text: str) -> list[str]:
    """Return a verbatim quotation as a Markdown paragraph with the panel's quote class."""
    return [escape_markdown(text), "{: .xref__quote }", ""]


def proposal_panel(edition: Edition, proposal: str, depth: int) -> list[str]:
    """Return the panel under a 2022 proposal: the 2025 section that reports on it, and the goals continuing it."""
    refs, review = _refs(edition), edition.documents["review2025"]
    section = review.section(refs.proposals[proposal])
    lines = [
        '<aside class="xref nogloss" aria-label="2025年回顾报告的相应章节" markdown>',
        "",
        f"{SHORT['review2025']} {section_label(section.id)} 报告本主张的十年实践",
        "{: .xref__label }",
        "",
        f"**{_link(depth, review, section.id, section.heading)}**",
        "{: .xref__title }",
        "",
        *_quote(lead(section)),
    ]
    goals = refs.goals_continuing(proposal)
    if goals:
        links = "、".join(_link(depth, review, g.goal, review.section(g.goal).heading) for g in goals)
        lines += [f"新阶段目标延续本主张：{links}", "{: .xref__also }", ""]
    return [*lines, "</aside>", ""]


def report_panel(edition: Edition, report: str, depth: int) -> list[str]:
    """Return the panel under a 2025 section of 二: the 2022 proposal it reports on."""
    refs, paper = _refs(edition), edition.documents["wp2022"]
    section = paper.section(refs.reports[report])
    return [
        '<aside class="xref nogloss" aria-label="2022年白皮书的相应主张" markdown>',
        "",
        f"本节回顾{SHORT['wp2022']} {section_label(section.id)} 的主张",
        "{: .xref__label }",
        "",
        f"**{_link(depth, paper, section.id, section.heading)}**",
        "{: .xref__title }",
        "",
        *_quote(lead(section)),
        "</aside>",
        "",
    ]


def goal_panel(edition: Edition, goal_id: str, depth: int) -> list[str]:
    """Return the panel under a goal of 2025 三: the 2022 proposals it continues, or that it is new."""
    refs, paper = _refs(edition), edition.documents["wp2022"]
    goal = next(g for g in refs.goals if g.goal == goal_id)
    label = "新议题：白皮书十项主张中没有专门一项与之对应" if goal.new else f"本目标延续{SHORT['wp2022']}的主张"
    lines = ['<aside class="xref nogloss" aria-label="与2022年白皮书主张的关系" markdown>', "", label, "{: .xref__label }", ""]
    for proposal in goal.continues:
        section = paper.section(proposal)
        lines += [f"**{_link(depth, paper, proposal, section.heading)}**", "{: .xref__title }", "", *_quote(lead(section))]
    return [*lines, escape_markdown(goal.reason), "{: .xref__reason }", "", "</aside>", ""]


def panel_for(edition: Edition, document_id: str, section_id: str, depth: int = 1) -> list[str]:
    """Return the cross-reference panel that belongs under a section (Markdown lines), if any."""
    if edition.crossrefs is None:
        return []
    refs = edition.crossrefs
    if document_id == "wp2022" and section_id in refs.proposals:
        return proposal_panel(edition, section_id, depth)
    if document_id == "review2025" and section_id in refs.reports:
        return report_panel(edition, section_id, depth)
    if document_id == "review2025" and any(g.goal == section_id for g in refs.goals):
        return goal_panel(edition, section_id, depth)
    return []


def _refs(edition: Edition) -> CrossRefs:
    """Return the edition's cross-references (present whenever panels are asked for)."""
    assert edition.crossrefs is not None
    return edition.crossrefs


def compare_page(edition: Edition, note: str) -> str:
    """Return the comparison page: ten pairs side by side, then the goals of 三, then shared concepts."""
    refs, paper, review = _refs(edition), edition.documents["wp2022"], edition.documents["review2025"]
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
            f"## {section_label(proposal)} ↔ {section_label(report)} {{#compare-{number}}}",
            "",
            '<div class="pair" markdown>',
            f'<section class="pair__side" aria-label="{SHORT["wp2022"]}" markdown>',
            "",
            SHORT["wp2022"],
            "{: .pair__source }",
            "",
            f"**{_link(0, paper, proposal, left.heading)}**",
            "{: .pair__heading }",
            "",
            *(line for p in left.paragraphs for line in (escape_markdown(p.text), "")),
            "</section>",
            f'<section class="pair__side" aria-label="{SHORT["review2025"]}" markdown>',
            "",
            SHORT["review2025"],
            "{: .pair__source }",
            "",
            f"**{_link(0, review, report, right.heading)}**",
            "{: .pair__heading }",
            "",
            escape_markdown(right.paragraphs[0].text),
            "",
            _link(0, review, report, "续读本节全文"),
            "{: .pair__more }",
            "",
            "</section>",
            "</div>",
            "",
        ]
    lines += ["## 新阶段的八项目标与白皮书主张 {#goals}", "", "| 回顾报告 三 | 延续的白皮书主张 | 说明 |", "| --- | --- | --- |"]
    for goal in refs.goals:
        continued = "、".join(_link(0, paper, p, section_label(p)) for p in goal.continues) or "新议题"
        lines.append(f"| {_link(0, review, goal.goal, review.section(goal.goal).heading)} | {continued} | {escape_markdown(goal.reason)} |")
    lines += ["", "## 两份文件共同阐述的理念 {#concepts}", ""]
    for concept in refs.concepts:
        lines += [f"### {concept.name} {{#concept-{concept.id}}}", "", escape_markdown(concept.note), ""]
        for mention in concept.mentions:
            document = edition.documents[mention.document]
            section_id = mention.paragraph.rsplit("-p", 1)[0]
            label = f"{SHORT[document.id]} {section_label(section_id)}"
            lines.append(f"- {_link(0, document, mention.paragraph, label)}：“{escape_markdown(mention.quote)}”")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def figures_page(edition: Edition, note: str) -> str:
    """Return the figures page: a table of values then and now, each linked to its paragraph, and the chart."""
    lines = [
        note,
        "",
        "# 数字今昔 {#figures}",
        "",
        "回顾报告重述了白皮书给出的一些数字，时间更晚；其中一项还回溯到十年前。下表每个数字都链接到原文所在的段落。",
        "",
        "*Figures the 2025 review restates for a later date than the 2022 white paper; every value links to the paragraph that states it.*",
        "",
        "| 指标 | 单位 | 白皮书（2022） | 十年回顾（2025） | 说明 |",
        "| --- | --- | --- | --- | --- |",
        *(_figure_row(edition, indicator) for indicator in edition.figures),
        "",
        '<figure class="figures-chart">',
        f'<div role="img" aria-label="{html.escape(_chartsection_label(edition.figures))}">',
        chart_svg(edition.figures),
        "</div>",
        '<figcaption><span class="swatch swatch--wp2022"></span>白皮书（2022）'
        '<span class="swatch swatch--review2025"></span>十年回顾（2025）'
        '<span class="swatch swatch--early"></span>十年回顾所说“十年前”（2015）。各项单位不同，柱高只在同一项内可比。</figcaption>',
        "</figure>",
    ]
    return "\n".join(lines) + "\n"


def _figure_row(edition: Edition, indicator: Indicator) -> str:
    """One row of the figures table (Markdown)."""
    cells: dict[str, list[str]] = {"wp2022": [], "review2025": []}
    for value in indicator.values:
        text = f"{_link(0, edition.documents[value.document], value.paragraph, value.text)}（{escape_markdown(value.date)}）"
        if value.note:
            text += f"<br><small>{escape_markdown(value.note)}</small>"
        cells[value.document].append(text)
    name = f'{escape_markdown(indicator.indicator)}<br><small lang="en">{escape_markdown(indicator.english)}</small>'
    then, now = "<br>".join(cells["wp2022"]), "<br>".join(cells["review2025"])
    return f"| {name} | {escape_markdown(indicator.unit)} | {then} | {now} | {escape_markdown(indicator.note)} |"


def _chartsection_label(indicators: list[Indicator]) -> str:
    """Return a text alternative for the chart: every indicator with its values."""
    parts = [f"{i.indicator}：" + "，".join(f"{v.date}年{v.value:g}{i.unit}" for v in i.values) for i in indicators]
    return "柱状图，各指标今昔对比。" + "；".join(parts) + "。"
