"""Stage 2: apply the ordered fix list of a source's form, and report what each fix changed.

``FORM_FIXES`` is the one explicit place that says which fixes run on which kind of source
and in what order. ``clean`` is the fast path the build uses; ``explain`` reruns the same
fixes and measures each one's effect (places changed, characters removed and added), for the
edition report, the about page and the ledger test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from . import fixes
from .patterns import han_only

Fix = Callable[[str], str]

#: The fix list of each source form, in the order the fixes run.
FORM_FIXES: dict[str, tuple[Fix, ...]] = {
    # One paragraph per line, light Markdown: witness A of the 2022 paper.
    "lines": (
        fixes.drop_page_jump_notes,
        fixes.drop_photo_caption,
        fixes.drop_contents_table,
        fixes.drop_title_block,
        fixes.drop_dateline,
        fixes.repair_box_reference,
        fixes.demote_paragraph_heading,
        fixes.strip_markdown_headings,
        fixes.strip_markdown_bold,
        fixes.strip_html_bold,
        fixes.one_block_per_line,
        fixes.space_box_headings,
        fixes.mark_phrase_space,
        fixes.remove_spaces_beside_han,
        fixes.join_split_paragraphs,
    ),
    # Newspaper columns: witness B of the 2022 paper, used as one running text.
    "columns": (
        fixes.drop_page_jump_notes,
        fixes.join_column_lines,
        fixes.drop_dateline,
        fixes.remove_letter_spacing,
        fixes.mark_phrase_space,
        fixes.remove_spaces_beside_han,
        fixes.normalise_fullwidth_dash,
    ),
    # Text extracted from a PDF: the 2025 review.
    "pdf": (
        fixes.drop_title_lines,
        fixes.drop_contents_table,
        fixes.drop_attribution,
        fixes.fix_g_read_as_6,
        fixes.fix_dash_read_as_yi,
        fixes.fullwidth_punctuation,
        fixes.fullwidth_parentheses,
        fixes.keep_standard_title_space,
        fixes.remove_spaces_beside_han,
        fixes.join_split_paragraphs,
        fixes.curly_quotes,
        fixes.hyphen_between_han_to_dash,
    ),
}

#: Fixes allowed to remove or change Han characters; every other fix keeps them all, in order.
TEXT_REMOVING: frozenset[str] = frozenset(
    {
        "drop_page_jump_notes",
        "drop_photo_caption",
        "drop_contents_table",
        "drop_title_block",
        "drop_dateline",
        "drop_attribution",
        "drop_title_lines",
        "fix_dash_read_as_yi",
    }
)


@dataclass(frozen=True)
class Change:
    """What one fix did to one text: how many places, and which characters went and came."""

    fix: str
    places: int
    removed: str
    added: str


def clean(text: str, form: str) -> tuple[str, list[str]]:
    """Apply the fixes of *form* in order; return the text and the names of fixes that changed it."""
    applied = []
    for fix in FORM_FIXES[form]:
        fixed = fix(text)
        if fixed != text:
            applied.append(fix.__name__)
        text = fixed
    return text, applied


def measure(fix_name: str, before: str, after: str) -> Change:
    """Compare two texts character by character and summarise the difference as a ``Change``."""
    places = 0
    removed: list[str] = []
    added: list[str] = []
    last_end = -2
    for op in Indel.opcodes(before, after):
        if op.tag == "equal":
            continue
        if op.src_start > last_end + 1:
            places += 1
        last_end = op.src_end
        removed.append(before[op.src_start : op.src_end])
        added.append(after[op.dest_start : op.dest_end])
    return Change(fix_name, places, "".join(removed), "".join(added))


def explain(text: str, form: str, fix_list: Iterable[Fix] | None = None) -> tuple[str, list[Change]]:
    """Apply the fixes of *form* like ``clean`` and measure what each one changed."""
    changes = []
    for fix in fix_list if fix_list is not None else FORM_FIXES[form]:
        fixed = fix(text)
        if fixed != text:
            changes.append(measure(fix.__name__, text, fixed))
        text = fixed
    return text, changes


def keeps_han(before: str, after: str) -> bool:
    """Tell whether *after* has exactly the Han characters of *before*, in the same order.

    >>> keeps_han("引 导 作 用", "引导作用")
    True
    >>> keeps_han("互联网", "联网")
    False
    """
    return han_only(before) == han_only(after)
