"""The cleaning stage: fix lists per form, the change report, and the first half of the ledger.

Ledger, part 1: from raw witness to clean witness. A layout fix may move white space and
marks but never adds, drops or reorders a Han character; a text-removing fix takes away only
what it exists to remove, and every character it removes is reported.
"""

from __future__ import annotations

from collections import Counter

import pytest

from build_scripts.cleaning import FORM_FIXES, TEXT_REMOVING, clean, explain, keeps_han
from build_scripts.patterns import han_only
from build_scripts.sources import load_manifest

SOURCES = load_manifest()


def test_text_removing_fixes_are_real_fixes():
    names = {fix.__name__ for form in FORM_FIXES.values() for fix in form}
    assert names >= TEXT_REMOVING


def test_every_fix_changes_some_source(sources):
    """A fix that never fires is dead code or a broken pattern."""
    fired = {change.fix for source in sources for change in explain(source.text, source.form)[1]}
    listed = {fix.__name__ for form in FORM_FIXES.values() for fix in form}
    assert listed - fired == set()


def test_layout_fixes_keep_every_han_character_in_order(sources):
    for source in sources:
        text = source.text
        for fix in FORM_FIXES[source.form]:
            fixed = fix(text)
            if fix.__name__ not in TEXT_REMOVING:
                assert keeps_han(text, fixed), f"{fix.__name__} lost or invented text in {source.path.name}"
            text = fixed


def test_every_removed_character_is_reported(sources):
    """Check that raw = clean + removed − added, as multisets of characters, for every witness."""
    for source in sources:
        cleaned, changes = explain(source.text, source.form)
        removed = Counter("".join(change.removed for change in changes))
        added = Counter("".join(change.added for change in changes))
        assert Counter(source.text) == Counter(cleaned) + removed - added


EXPECTED_REMOVALS = {
    "drop_page_jump_notes": {"上接第十四版", "下转第十五版", "上接第三版", "上接第四版"},
    "drop_photo_caption": {
        "年月日在北京市互联网信息办公室举行的年中国网络空间治理国际研讨会开幕式上与会嘉宾共同启动携手构建网络空间命运共同体倡议"
    },
    "drop_title_block": {"携手构建网络空间命运共同体年月中华人民共和国国务院新闻办公室"},
    "drop_dateline": {"新华社北京月日电"},
    "drop_attribution": {"网络空间国际治理研究基地联合发布"},
    "drop_title_lines": {"携手构建网络空间命运共同体十年回顾与展望"},
}


@pytest.mark.parametrize("fix_name", sorted(EXPECTED_REMOVALS))
def test_text_removing_fixes_remove_only_what_they_exist_for(sources, fix_name):
    removed = {han_only(change.removed) for source in sources for change in explain(source.text, source.form)[1] if change.fix == fix_name}
    assert removed == EXPECTED_REMOVALS[fix_name]


def test_contents_tables_go_and_only_they(sources):
    for source in sources:
        for change in explain(source.text, source.form)[1]:
            if change.fix == "drop_contents_table":
                assert change.removed.startswith(("<b>目录</b>", "目录"))
                assert "。" not in change.removed


def test_dash_read_as_yi_changes_only_that_character(sources):
    review = next(s for s in sources if s.form == "pdf")
    change = next(c for c in explain(review.text, "pdf")[1] if c.fix == "fix_dash_read_as_yi")
    assert change.removed == "一" * 4 and change.added == "—" * 4
    assert [after for _, after in change.instances] == [
        "员访华、中国—东盟通信海缆",
        "合组织、中国—东盟、中国—中亚、中阿、",
        "9 月,中国—中亚国家最高",
    ]


def test_clean_names_the_fixes_that_changed_a_text():
    text, applied = clean("（上接第三版）构建责任共\n同体，\n", "columns")
    assert text == "构建责任共同体，"
    assert applied == ["drop_page_jump_notes", "join_column_lines"]
