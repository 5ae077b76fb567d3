"""Character classes and heading patterns shared by the fixes and the structure parser.

Kept in one place so that "what is a Han character" or "what does a level-2 heading look
like" has exactly one answer in the project.
"""

from __future__ import annotations

import re

#: Han (CJK unified) ideographs, basic block and extension A.
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
#: Full-width punctuation used in mainland Chinese typesetting.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』"
#: Characters that may end a paragraph; a block ending otherwise was cut by the layout.
TERMINAL = "。！？；：…”’）》」』"

HAN_RE = re.compile(f"[{HAN}]")
CHINESE_NUMERALS = "一二三四五六七八九十"

#: Headings as printed, with their level. Checked in this order.
HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"^(前言|结束语)$")),
    (1, re.compile("^专栏\\d+[ \u3000]\\S.*$")),
    (1, re.compile(f"^[{CHINESE_NUMERALS}]+、[^。]{{2,60}}$")),
    (2, re.compile(f"^（[{CHINESE_NUMERALS}]+）[^。]{{2,60}}$")),
    (3, re.compile(r"^\d{1,2}\.[^\d。][^。]{1,60}$")),
)


def heading_level(block: str) -> int | None:
    """Return the level of *block* if it is a heading as printed, else ``None``.

    >>> heading_level("（二）构建发展、安全、责任、利益共同体")
    2
    >>> heading_level("2.数字技术助力全球经济发展")
    3
    >>> heading_level("专栏3\u3000“丝路电商”云上大讲堂")
    1
    >>> heading_level("45.5万亿元，占国内生产总值比重为39.8%。") is None
    True
    """
    for level, pattern in HEADING_PATTERNS:
        if pattern.match(block):
            return level
    return None


def han_only(text: str) -> str:
    """Return the Han characters of *text* in order (the skeleton the ledger compares).

    >>> han_only("截至 2022 年 6 月，中国 IPv6 活跃用户")
    '截至年月中国活跃用户'
    """
    return "".join(HAN_RE.findall(text))
