"""Small named text fixes, one layout or transcription problem each.

Modelled on ftfy's ``fixes.py``: every fix is a pure function ``str -> str`` whose docstring
says why it exists and shows a real before/after from this project's sources as a doctest.
Which fixes run, and in what order, is decided per source form in ``cleaning.py``; this
module only defines them.

Two kinds of fix exist, and ``TEXT_REMOVING`` names the second kind:

* layout fixes move or remove only white space, Markdown/HTML marks and punctuation forms;
  they never add, drop or reorder a Han character (the ledger test proves it);
* text-removing fixes take away whole pieces that are not part of the document's body
  (a photo caption, a contents table, page-jump notes, the title block, the dateline) or
  mend a character the transcriber misread; what they remove is reported.

Blocks (paragraphs and headings) are separated by one blank line in every fix's output.
"""

from __future__ import annotations

import re

from .patterns import CHINESE_NUMERALS, CJK_PUNCT, HAN, TERMINAL, heading_level

_HAN_OR_PUNCT = f"{HAN}{CJK_PUNCT}"


def _blocks(text: str) -> list[str]:
    """Split *text* into non-empty blocks separated by blank lines."""
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text) if block.strip()]


def _join_blocks(blocks: list[str]) -> str:
    """Join blocks with one blank line and end with a newline."""
    return "\n\n".join(blocks) + "\n" if blocks else ""


# --- every form ---------------------------------------------------------------------------


def drop_page_jump_notes(text: str) -> str:
    """Remove the newspaper's page-jump notes, which say where a text continues.

    The printed paper ran over several pages; ``（上接第三版）`` and ``（下转第十五版）``
    are directions to the reader of the newspaper, not part of the white paper.

    >>> drop_page_jump_notes("（上接第三版）构建责任共同体，\\n")
    '构建责任共同体，\\n'
    >>> drop_page_jump_notes("全球用户和相关产业发展。\\n\\n（下转第十五版）\\n")
    '全球用户和相关产业发展。\\n\\n'
    """
    return re.sub(f"[（(] ?[上下][接转]第[{CHINESE_NUMERALS}百]+版 ?[）)] *\\n?", "", text)


def drop_photo_caption(text: str) -> str:
    """Remove the newspaper's photo caption that precedes the paper's contents table.

    Witness A opens with the caption of a photograph printed beside the paper (an event of
    8 November 2022, the day after the paper was published); it is not part of the paper.

    >>> drop_photo_caption("\\n\\n2022年11月8日，在北京市……共同启动“携手构建网络空间命运共同体”倡议。\\n\\n<b>目录</b>\\n")
    '<b>目录</b>\\n'
    """
    return re.sub(r"\A\s*\d{4}年\d{1,2}月\d{1,2}日，[^\n]*。\n\s*(?=<b>目录</b>)", "", text)


def drop_contents_table(text: str) -> str:
    """Remove a contents table; the edition regenerates contents from the headings.

    Witness A carries the paper's contents as ``<b>…</b>`` lines (one heading has a stray
    space). The review's PDF extraction turned its contents into a broken Markdown table
    with garbled characters and page numbers. Neither is text of the body.

    >>> drop_contents_table("<b>目录</b>\\n<b>前言</b>\\n<b>结束语</b>\\n\\n## 前言\\n")
    '## 前言\\n'
    >>> drop_contents_table("目录\\n\\n| →, | 构建 | 世网络空间命运共同体理念的核心要义1- |\\n|----|-----|---|\\n\\n\\n2015 年,")
    '2015 年,'
    """
    text = re.sub(r"^<b>目录</b>\n(?:<b>[^\n]*</b>\n)*\n*", "", text, flags=re.M)
    return re.sub(r"^目录\n\s*(?:^\|[^\n]*\|[ \t]*\n\s*)+", "", text, flags=re.M)


def drop_dateline(text: str) -> str:
    """Remove the news agency's dateline; it is kept as metadata in ``data/documents.yaml``.

    >>> drop_dateline("开创人类更加美好的未来。\\n\\n（新华社北京11月7日电）\\n")
    '开创人类更加美好的未来。\\n\\n'
    >>> drop_dateline("开创人类更加美好的未来。（新华社北京11月7日电）")
    '开创人类更加美好的未来。'
    """
    return re.sub(r"（新华社[^（）\n]{2,20}电）\n?", "", text)


def drop_attribution(text: str) -> str:
    """Remove the review's closing attribution line; it is kept as metadata.

    >>> drop_attribution("规则制定。\\n\\n(网络空间国际治理研究基地联合发布)")
    '规则制定。\\n\\n'
    """
    return re.sub(r"^[(（][^()（）\n]{2,40}联合发布[)）][ \t]*\n?", "", text, flags=re.M)


# --- one paragraph per line, with light Markdown (witness A) -----------------------------


def drop_title_block(text: str) -> str:
    """Remove the paper's title block that the transcriber dropped into a paragraph.

    In witness A the newspaper's title block (title, date, issuer) sits between two halves
    of a paragraph of 一（一）, splitting the word 组成部分. Title, date and issuer are kept
    as metadata; ``join_split_paragraphs`` then mends the paragraph.

    >>> drop_title_block("重要组\\n\\n# 携手构建网络空间命运共同体\\n\\n（2022年11月）\\n\\n中华人民共和国国务院新闻办公室\\n\\n成部分，")
    '重要组\\n\\n成部分，'
    """
    return re.sub(r"^# [^\n]+\n\s*（\d{4}年\d{1,2}月）\n\s*[^\n]{4,30}办公室\n\s*", "", text, flags=re.M)


def demote_paragraph_heading(text: str) -> str:
    """Turn a paragraph that the transcriber marked as a ``##`` heading back into text.

    A heading is short and has no full stop; a ``##`` line of running text is a paragraph
    (here, the second half of the lead paragraph of 二, cut off at a page break).

    >>> demote_paragraph_heading("## 互联网、正能量充沛的互联网、是造福人民的互联网。中国立足新发展阶段。")
    '互联网、正能量充沛的互联网、是造福人民的互联网。中国立足新发展阶段。'
    >>> demote_paragraph_heading("## 二、中国的互联网发展治理实践")
    '## 二、中国的互联网发展治理实践'
    """
    return re.sub(r"^## (?=[^\n]*[。；][^\n]*$)", "", text, flags=re.M)


def strip_markdown_headings(text: str) -> str:
    """Remove Markdown heading marks; headings are recognised by their printed numbering.

    >>> strip_markdown_headings("## 一、构建网络空间命运共同体是信息时代的必然选择")
    '一、构建网络空间命运共同体是信息时代的必然选择'
    """
    return re.sub(r"^#{1,6} +", "", text, flags=re.M)


def repair_box_reference(text: str) -> str:
    """Mend the box references that came out as ``《**见专栏1**）``.

    The transcriber typed a book-title mark for the opening parenthesis and bolded the
    words; every other reference in both witnesses reads ``（见专栏N）``.

    >>> repair_box_reference("取得显著成效。《**见专栏1**）")
    '取得显著成效。（见专栏1）'
    """
    return re.sub(r"[《(（]\*\*见专栏(\d+)\*\*[）)]", r"（见专栏\1）", text)


def strip_markdown_bold(text: str) -> str:
    """Remove Markdown bold marks around headings and run-in heads.

    >>> strip_markdown_bold("**尊重网络主权。**《联合国宪章》确立的主权平等原则")
    '尊重网络主权。《联合国宪章》确立的主权平等原则'
    """
    return re.sub(r"\*\*([^*\n]+)\*\*", r"\1", text)


def strip_html_bold(text: str) -> str:
    """Remove the HTML ``<b>`` tags around the box headings.

    >>> strip_html_bold("<b>专栏1 网络扶贫行动计划</b>")
    '专栏1 网络扶贫行动计划'
    """
    return re.sub(r"</?b>", "", text)


def one_block_per_line(text: str) -> str:
    """Make every non-empty line a block, as the line-per-paragraph form intends.

    Witness A sometimes puts a heading and its first paragraph on adjacent lines.

    >>> one_block_per_line("2.广泛开展国际交流与合作\\n中国秉持相互尊重、平等相待的原则")
    '2.广泛开展国际交流与合作\\n\\n中国秉持相互尊重、平等相待的原则\\n'
    """
    return _join_blocks([line.strip() for line in text.splitlines() if line.strip()])


def space_box_headings(text: str) -> str:
    """Separate a box's number from its title with an ideographic space.

    >>> space_box_headings("专栏1 网络扶贫行动计划")
    '专栏1\\u3000网络扶贫行动计划'
    """
    return re.sub(r"^(专栏\d+) +", "\\1\u3000", text, flags=re.M)


def join_split_paragraphs(text: str) -> str:
    """Join a paragraph that a page or column break cut in two.

    A block that is not a heading and does not end with closing punctuation continues in
    the next block, unless that one is a heading. Joined without a space: the cut may fall
    inside a word (``人类命运共同体的重要组`` / ``成部分``).

    >>> join_split_paragraphs("同时，平台垄断、算法滥用等给市场公平竞争和消费者权益造\\n\\n成了不利影响。\\n")
    '同时，平台垄断、算法滥用等给市场公平竞争和消费者权益造成了不利影响。\\n'
    >>> join_split_paragraphs("网络空间既不是无人管理的全\\n\\n\\n\\n球公域,也不应该在霸权国家治下建构国际秩序。")
    '网络空间既不是无人管理的全球公域,也不应该在霸权国家治下建构国际秩序。\\n'
    >>> join_split_paragraphs("（一）网络空间命运共同体是人类命运共同体的重要组成部分\\n\\n当前，世界百年未有之大变局加速演进。\\n")
    '（一）网络空间命运共同体是人类命运共同体的重要组成部分\\n\\n当前，世界百年未有之大变局加速演进。\\n'
    """
    joined: list[str] = []
    for block in _blocks(text):
        previous = joined[-1] if joined else None
        if previous is not None and heading_level(previous) is None and heading_level(block) is None and previous[-1] not in TERMINAL:
            joined[-1] = previous + block
        else:
            joined.append(block)
    return _join_blocks(joined)


# --- newspaper columns (witness B) --------------------------------------------------------


def join_column_lines(text: str) -> str:
    """Join the newspaper's column lines into one running text.

    Witness B breaks a line wherever the column ended, even inside a word or a number, and
    its blank lines fall both between and inside paragraphs. Its paragraph breaks are
    therefore not evidence; the collation takes paragraphs from witness A and uses B for
    the wording. Lines are joined with nothing between them: no character is added or lost.

    >>> join_column_lines("就是坚持多边参与、多方参与，积\\n\\n极推进全球互联网治理体系改革\\n")
    '就是坚持多边参与、多方参与，积极推进全球互联网治理体系改革'
    """
    return re.sub(r"[ \t]*\n+[ \t]*", "", text).strip(" \t")


def remove_letter_spacing(text: str) -> str:
    """Remove the spaces of a letter-spaced (justified) newspaper line.

    >>> remove_letter_spacing("发挥道德教化引 导 作 用 ，用 人 类 文 明 优 秀 成 果 滋 润 网 络 空 间 、涵 养 网 络生态。")
    '发挥道德教化引导作用，用人类文明优秀成果滋润网络空间、涵养网络生态。'
    >>> remove_letter_spacing("个 国 家 和 地 区 的 274 个 计 算 机")
    '个国家和地区的274个计算机'
    """
    unit = f"(?:[{HAN}{CJK_PUNCT}]|[0-9.%]+)"
    spaced = re.compile(f"{unit}(?: {unit}){{3,}}")
    return spaced.sub(lambda match: match.group(0).replace(" ", ""), text)


def mark_phrase_space(text: str) -> str:
    """Keep the space between the two halves of a slogan as an ideographic space.

    Slogans like “集智聚力共战疫 互利共赢促发展” separate their halves with a space in
    both witnesses; mainland typesetting writes it as U+3000, which also tells it apart
    from the stray spaces that other fixes remove.

    >>> mark_phrase_space("以“集智聚力共战疫 互利共赢促发展”为主题")
    '以“集智聚力共战疫\\u3000互利共赢促发展”为主题'
    """
    return re.sub(f"(?<=[{HAN}]{{3}}) (?=[{HAN}]{{3}}[^”\n]{{0,12}}”)", "\u3000", text)


def keep_standard_title_space(text: str) -> str:
    """Keep the space of a national standard's title, as an ideographic space.

    Chinese national standards are titled ``<field>技术　<subject>``; the review prints one
    such title with that space, which is part of the title, not PDF debris. Other spaces
    inside book-title marks are line-wrap debris (``《数字经 济对外投资合作工作指引》``) and go.

    >>> keep_standard_title_space("和《网络安全技术 人工智能生成合成内容标识方法》等标准规范")
    '和《网络安全技术\u3000人工智能生成合成内容标识方法》等标准规范'
    >>> keep_standard_title_space("《数字经 济对外投资合作工作指引》")
    '《数字经 济对外投资合作工作指引》'
    """
    return re.sub(f"(《[{HAN}]{{2,12}}技术) (?=[{HAN}][^》\n]*》)", "\\1\u3000", text)


def remove_spaces_beside_han(text: str) -> str:
    """Remove spaces next to Chinese characters or full-width punctuation.

    Chinese text has no spaces between characters, nor between characters and digits or
    Latin words (``2022年``, ``IPv6技术``); the spaces come from the newspaper's justified
    columns and the PDF's line wraps. Spaces between two Latin words stay (``IPv6 Forum``).

    >>> remove_spaces_beside_han("截至 2022 年 7 月，中国 IPv6 活跃用户数达 6.97 亿。")
    '截至2022年7月，中国IPv6活跃用户数达6.97亿。'
    >>> remove_spaces_beside_han("十年来，中 国秉持构建网络空间命运共同体理念， 坚决")
    '十年来，中国秉持构建网络空间命运共同体理念，坚决'
    >>> remove_spaces_beside_han("全球IPv6论坛（IPv6 Forum）")
    '全球IPv6论坛（IPv6 Forum）'
    """
    return re.sub(f"(?<=[{_HAN_OR_PUNCT}])[ \t]+|[ \t]+(?=[{_HAN_OR_PUNCT}])", "", text)


def normalise_fullwidth_dash(text: str) -> str:
    """Write the full-width hyphen-minus of witness B as the dash both witnesses use elsewhere.

    >>> normalise_fullwidth_dash("《中国－东盟关于建立数字经济合作伙伴关系的倡议》")
    '《中国—东盟关于建立数字经济合作伙伴关系的倡议》'
    >>> normalise_fullwidth_dash("2022－2023年合作计划")
    '2022—2023年合作计划'
    """
    return text.replace("\uff0d", "\u2014")


# --- text extracted from a PDF (the 2025 review) -----------------------------------------


def drop_title_lines(text: str) -> str:
    """Remove the review's cover title lines; title and subtitle are kept as metadata.

    >>> drop_title_lines("携手构建网络空间命运共同体\\n\\n十年回顾与展望\\n\\n\\n\\n目录")
    '目录'
    """
    return re.sub(r"\A携手构建网络空间命运共同体\n\s*十年回顾与展望\n\s*", "", text)


def fullwidth_punctuation(text: str) -> str:
    """Write half-width punctuation in Chinese text in its full-width form.

    The PDF extraction turned the review's full-width punctuation into ASCII. Commas and
    colons between two digits (``1,000``, ``10:30``) stay as they are.

    >>> fullwidth_punctuation("2015 年,习近平主席首次提出构建网络空间命运共同体;")
    '2015 年，习近平主席首次提出构建网络空间命运共同体；'
    >>> fullwidth_punctuation("包括:一是")
    '包括：一是'
    """
    text = re.sub(r"(?<!\d),|,(?!\d)", "，", text)
    text = re.sub(r"(?<!\d):|:(?!\d)", "：", text)
    return text.replace(";", "；").replace("?", "？").replace("!", "！")


def fullwidth_parentheses(text: str) -> str:
    """Write parentheses in Chinese text full-width, Latin abbreviations inside included.

    >>> fullwidth_parentheses("(一) 尊重各国网络主权原则的实践成果")
    '（一） 尊重各国网络主权原则的实践成果'
    >>> fullwidth_parentheses("互联网名称与数字地址分配机构(ICANN)、国")
    '互联网名称与数字地址分配机构（ICANN）、国'
    """
    return re.sub(r"\(([^()\n]*)\)", r"（\1）", text)


def curly_quotes(text: str) -> str:
    """Turn straight double quotes into Chinese “ and ”, alternating within each block.

    >>> curly_quotes('构建"网络空间命运共同体"的"四项原则"')
    '构建“网络空间命运共同体”的“四项原则”'
    """

    def convert(block: str) -> str:
        parts = block.split('"')
        out = [parts[0]]
        for index, part in enumerate(parts[1:]):
            out.append("“" if index % 2 == 0 else "”")
            out.append(part)
        return "".join(out)

    return "\n\n".join(convert(block) for block in text.split("\n\n"))


def hyphen_between_han_to_dash(text: str) -> str:
    """Write a hyphen between two Chinese words as the dash of ``中国—东盟``.

    >>> hyphen_between_han_to_dash("金砖国家领导人《果阿宣言》《中国-东盟关于建立数字经济合作伙伴关系的倡议》")
    '金砖国家领导人《果阿宣言》《中国—东盟关于建立数字经济合作伙伴关系的倡议》'
    """
    return re.sub(f"(?<=[{HAN}])-(?=[{HAN}])", "\u2014", text)


def fix_dash_read_as_yi(text: str) -> str:
    """Mend the OCR misreading of the dash in ``中国—东盟`` and ``中国—中亚`` as the numeral 一.

    ``中国一东盟`` would mean nothing; the 2022 paper prints ``中国—东盟`` throughout.

    >>> fix_dash_read_as_yi("中国一东盟通信海缆合作国际论坛")
    '中国—东盟通信海缆合作国际论坛'
    >>> fix_dash_read_as_yi("2024 年 9 月,中国一中亚国家最高法院院长会议")
    '2024 年 9 月,中国—中亚国家最高法院院长会议'
    """
    return re.sub("中国一(?=东盟|中亚)", "中国\u2014", text)


def fix_g_read_as_6(text: str) -> str:
    """Mend the OCR misreading of the letter G in ``5G`` and ``4G`` as the digit 6.

    The review counts base stations and networks: ``46 基站`` and ``56 基站`` are the 4G
    and 5G base stations of the same sentence, and ``乡乡通 56`` is the 5G slogan.

    >>> fix_g_read_as_6('46 基站数量为 177.1 万个。56 基站总数达 454.9 万个,实现"县县通千兆、乡乡通 56"')
    '4G 基站数量为 177.1 万个。5G 基站总数达 454.9 万个,实现"县县通千兆、乡乡通 5G"'
    """
    return re.sub(r"(?<![\d.])([45])6(?= ?(?:基站|网络|\"|”))", r"\1G", text)
