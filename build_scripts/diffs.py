"""Where two texts differ, as stretches: one helper for the cleaning report and the collation.

rapidfuzz gives edit operations character by character; a replaced word comes out as several
of them. ``stretches`` merges operations separated by at most *gap* equal characters into one
stretch ``(a_start, a_end, b_start, b_end)``. (An equal run has the same length on both sides,
so the gap is measured on the first text alone.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Opcode(Protocol):
    """The fields of a rapidfuzz opcode that the merging reads."""

    tag: str
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def stretches(opcodes: Iterable[Opcode], gap: int) -> list[tuple[int, int, int, int]]:
    """Merge the non-equal opcodes that lie within *gap* characters of each other.

    >>> from rapidfuzz.distance import Levenshtein
    >>> stretches(Levenshtein.opcodes("完成学校互联网接入行动", "完成学校联网攻坚行动"), 2)
    [(4, 9, 4, 8)]
    """
    merged: list[list[int]] = []
    for op in opcodes:
        if op.tag == "equal":
            continue
        if merged and op.src_start - merged[-1][1] <= gap:
            merged[-1][1], merged[-1][3] = op.src_end, op.dest_end
        else:
            merged.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [(a0, a1, b0, b1) for a0, a1, b0, b1 in merged]
