"""Stage 2: apply the ordered fix list of a source's form, and report what each fix changed.

``FORM_FIXES`` is the one explicit place that says which fixes run on which kind of source
and in what order. ``clean`` is the fast path the build uses; ``explain`` reruns the same
fixes and measures each one's effect (places changed, characters removed and added), for the
edition report, the about page and the ledger test.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass
from pathlib import Path

from rapidfuzz.distance import Indel

from . import diffs, fixes
from .diffs import stretches
from .patterns import han_only
from .sources import Source

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


#: Fixes that mend a reading (not only the layout): the about page lists each place they changed.
READING_FIXES: frozenset[str] = frozenset(
    {
        "fix_g_read_as_6",
        "fix_dash_read_as_yi",
        "repair_box_reference",
        "hyphen_between_han_to_dash",
        "normalise_fullwidth_dash",
        "keep_standard_title_space",
    }
)
CONTEXT = 6
#: Changes closer than this many characters count as one place (``《**见专栏1**）`` is one repair).
MERGE_GAP = 6


@dataclass(frozen=True)
class Change:
    """What one fix did to one text: how many places, which characters went and came, and where."""

    fix: str
    places: int
    removed: str
    added: str
    instances: tuple[tuple[str, str], ...] = ()  # (before, after) with a little context, per place


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
    """Compare two texts character by character and summarise the difference as a ``Change``.

    >>> c = measure("fix_g_read_as_6", "规模为 6.88 亿,46 基站", "规模为 6.88 亿,4G 基站")
    >>> c.places, c.removed, c.added, c.instances
    (1, '6', 'G', (('88 亿,46 基站', '88 亿,4G 基站'),))
    """
    opcodes = [op for op in Indel.opcodes(before, after) if op.tag != "equal"]
    removed = "".join(before[op.src_start : op.src_end] for op in opcodes)
    added = "".join(after[op.dest_start : op.dest_end] for op in opcodes)
    spans = stretches(opcodes, MERGE_GAP)

    def snippet(text: str, start: int, end: int) -> str:
        return text[max(start - CONTEXT, 0) : end + CONTEXT].strip().replace("\n", "↵")

    instances = tuple((snippet(before, a0, a1), snippet(after, b0, b1)) for a0, a1, b0, b1 in spans)
    return Change(fix_name, len(spans), removed, added, instances)


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


def report(sources: Iterable[Source], cache: Path) -> list[tuple[str, list[Change]]]:
    """Report what the fixes changed in each source, for the about page: ``[(file name, changes)]``.

    Measuring every fix takes a quarter of a second, so the result is cached in *cache* under a
    hash of the sources and of the fix code; it is the same report whenever neither changed.
    """
    sources = list(sources)
    digest = hashlib.sha256()
    for source in sources:
        digest.update(f"{source.path}:{source.sha256}:{source.form};".encode())
    for module in (fixes.__file__, diffs.__file__, __file__):
        digest.update(Path(module).read_bytes())
    cached = cache / f"cleaning-{digest.hexdigest()[:16]}.json"
    if cached.exists():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return [(name, [Change(c[0], c[1], c[2], c[3], tuple(map(tuple, c[4]))) for c in changes]) for name, changes in data]
    result = [(source.path.name, explain(source.text, source.form)[1]) for source in sources]
    cache.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(".tmp")
    temporary.write_text(json.dumps([[name, [list(astuple(c)) for c in changes]] for name, changes in result], ensure_ascii=False))
    os.replace(temporary, cached)
    return result
