"""The fixes: each is documented with a runnable example, and behaves at its edges.

The doctests in ``build_scripts/fixes.py`` (run by pytest's ``--doctest-modules``) show
each fix on a real passage; the tables here pin the edge cases.
"""

from __future__ import annotations

import doctest

import pytest

from build_scripts import fixes
from build_scripts.cleaning import FORM_FIXES

ALL_FIXES = sorted({fix for form in FORM_FIXES.values() for fix in form}, key=lambda fix: fix.__name__)


@pytest.mark.parametrize("fix", ALL_FIXES, ids=lambda fix: fix.__name__)
def test_every_fix_explains_itself_with_a_runnable_example(fix):
    assert fix.__doc__ and len(fix.__doc__.strip().splitlines()[0]) > 20
    examples = doctest.DocTestParser().get_examples(fix.__doc__)
    assert examples, f"{fix.__name__} has no before/after example"


@pytest.mark.parametrize(
    ("fix", "before", "after"),
    [
        (fixes.remove_spaces_beside_han, "IPv6 Forum", "IPv6 Forum"),
        (fixes.remove_spaces_beside_han, "达到 45.5 万亿元", "达到45.5万亿元"),
        (fixes.remove_spaces_beside_han, "比例达 99.2%。", "比例达99.2%。"),
        (fixes.remove_spaces_beside_han, "营商环境\u3000激活", "营商环境\u3000激活"),
        (fixes.fullwidth_punctuation, "共 1,000 个", "共 1,000 个"),
        (fixes.fullwidth_punctuation, "怎么了?我们", "怎么了？我们"),
        (fixes.fix_g_read_as_6, "增长 56 个百分点", "增长 56 个百分点"),
        (fixes.fix_g_read_as_6, "推动 5G 网络建设", "推动 5G 网络建设"),
        (fixes.fix_g_read_as_6, "规模为 6.88 亿,46 基站", "规模为 6.88 亿,4G 基站"),
        (fixes.fix_dash_read_as_yi, "中国一贯支持", "中国一贯支持"),
        (fixes.drop_page_jump_notes, "（上接第十四版）\n\n助力提升", "\n助力提升"),
        (fixes.demote_paragraph_heading, "## 结束语", "## 结束语"),
        (fixes.join_split_paragraphs, "2.数字技术助力全球经济发展\n\n中国积极发挥", "2.数字技术助力全球经济发展\n\n中国积极发挥\n"),
        (
            fixes.join_split_paragraphs,
            "取得显著成效。（见专栏1）\n\n（三）网络空间法治体系不断完善",
            "取得显著成效。（见专栏1）\n\n（三）网络空间法治体系不断完善\n",
        ),
        (fixes.mark_phrase_space, "社会组织 and 公民个人", "社会组织 and 公民个人"),
        (fixes.remove_letter_spacing, "IPv6 Forum and more", "IPv6 Forum and more"),
        (fixes.curly_quotes, '"甲"\n\n"乙"', "“甲”\n\n“乙”"),
    ],
)
def test_fix_edge_cases(fix, before, after):
    assert fix(before) == after


@pytest.mark.parametrize("fix", ALL_FIXES, ids=lambda fix: fix.__name__)
def test_fixes_are_idempotent_on_their_own_output(fix, sources):
    for source in sources:
        if fix in FORM_FIXES[source.form]:
            once = fix(source.text)
            assert fix(once) == once, f"{fix.__name__} changes its own output of {source.path.name}"
