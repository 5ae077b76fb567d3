"""Stage 3: collate the two witnesses of the 2022 paper and print the decided readings.

Witness A is whole and keeps its paragraphs; witness B (two parts with a gap) is one running
text. B's parts are placed in A by anchors, aligned with A character by character
(``rapidfuzz``'s Levenshtein alignment, in C), and every place where they differ becomes a
*variant place*: where it is (section, the A text before it), what A reads, what B reads.

Each place must have exactly one decision in ``data/collation/wp2022.yaml`` saying what we
print and why; the printed text is A with every place replaced by its decision. The build
fails on a place without a decision and on a decision that matches no place (the sources or
the cleaning changed under it), naming the data file's line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .diffs import stretches
from .errors import PROJECT_ROOT, EditionError
from .yamlfile import load_records, require_keys

DECISIONS = PROJECT_ROOT / "data" / "collation" / "wp2022.yaml"
#: Characters of A before a place that identify it in the decisions file.
CONTEXT = 10
#: Differences closer than this many equal characters are one place.
MERGE_GAP = 2
ANCHOR = 12


@dataclass(frozen=True)
class Place:
    """One place where the witnesses differ, in coordinates of A's joined text."""

    start: int
    end: int
    a: str
    b: str
    before: str
    after: str
    block: int
    section: str


@dataclass(frozen=True)
class Decision:
    """A reviewed decision: which place, what we print, and why."""

    id: str
    section: str
    context: str
    a: str
    b: str
    printed: str
    reason: str
    line: int

    @property
    def choice(self) -> str:
        """``A``, ``B`` or ``neither``: which witness the printed reading follows."""
        if self.printed == self.a:
            return "A"
        if self.printed == self.b:
            return "B"
        return "neither"


@dataclass(frozen=True)
class Collation:
    """The outcome: printed blocks, the places with their decisions, and B's coverage of A."""

    blocks: list[str]
    places: list[tuple[Place, Decision]]
    coverage: list[tuple[int, int]]


def find_anchor(haystack: str, needle: str, from_end: bool, label: str, path: Path) -> int:
    """Locate *needle*'s first (or last) characters in *haystack*, tolerating early variants.

    Returns the offset in *haystack* where the needle starts (or ends, with *from_end*).
    """
    for shift in range(0, min(len(needle) - ANCHOR, 400), 7):
        probe = needle[-ANCHOR - shift : len(needle) - shift] if from_end else needle[shift : shift + ANCHOR]
        if haystack.count(probe) == 1:
            found = haystack.index(probe)
            return found + ANCHOR + shift if from_end else max(found - shift, 0)
    raise EditionError(path, f"cannot place {label} in witness A: no unique anchor near its {'end' if from_end else 'start'}")


def align(a_text: str, b_text: str, offset: int) -> list[tuple[int, int, int, int]]:
    """Return the differing stretches ``(a_start, a_end, b_start, b_end)`` of two aligned texts.

    Adjacent differences with at most ``MERGE_GAP`` equal characters between them are merged
    into one stretch, so that a replaced word is one place, not several.

    >>> align("使治理体系更加公正合理", "使治理体系更公正合理", 0)
    [(6, 7, 6, 6)]
    """
    return [(a0 + offset, a1 + offset, b0, b1) for a0, a1, b0, b1 in stretches(Levenshtein.opcodes(a_text, b_text), MERGE_GAP)]


def block_starts(blocks: Sequence[str]) -> list[int]:
    """Offsets of each block in the joined text of *blocks*."""
    starts, total = [], 0
    for block in blocks:
        starts.append(total)
        total += len(block)
    return starts


def block_of(starts: list[int], position: int) -> int:
    """Index of the block containing *position* (a position at a boundary belongs to the earlier block).

    >>> [block_of([0, 5, 9], p) for p in (0, 3, 5, 6, 12)]
    [0, 0, 0, 1, 2]
    """
    return max(bisect.bisect_left(starts, position) - 1, 0)


def slide_into_block(text: str, start: int, end: int, starts: list[int]) -> tuple[int, int]:
    """Shift a deletion ``text[start:end]`` along equal characters so it lies inside one block.

    Deleting ``见专栏1）（`` or ``（见专栏1）`` from ``成效。（见专栏1）（三）`` gives the same
    text; only the second stays inside its paragraph. Deleting ``[s, e)`` equals deleting
    ``[s-k, e-k)`` exactly when ``text[s-k:s] == text[e-k:e]`` (likewise to the right).

    >>> slide_into_block("成效。（见专栏1）（三）", 4, 10, [0, 9])
    (3, 9)
    """

    def fits(left: int, right: int) -> bool:
        return not any(left < boundary < right for boundary in starts)

    for shift in range(end - start + 1):
        if start - shift >= 0 and text[start - shift : start] == text[end - shift : end] and fits(start - shift, end - shift):
            return start - shift, end - shift
        if text[start : start + shift] == text[end : end + shift] and fits(start + shift, end + shift):
            return start + shift, end + shift
    return start, end


def find_places(
    blocks: list[str], section_of: list[str], b_parts: list[tuple[str, str]], path: Path
) -> tuple[list[Place], list[tuple[int, int]]]:
    """Align each part of B with A and return every variant place and B's coverage of A."""
    a_text = "".join(blocks)
    starts = block_starts(blocks)
    places, coverage = [], []
    for label, b_text in b_parts:
        start = find_anchor(a_text, b_text, False, label, path)
        end = find_anchor(a_text, b_text, True, label, path)
        coverage.append((start, end))
        for stretch in align(a_text[start:end], b_text, start):
            a0, a1, b0, b1 = stretch
            if b0 == b1:
                a0, a1 = slide_into_block(a_text, a0, a1, starts)
            block = block_of(starts, a0)
            if a1 > starts[block] + len(blocks[block]):
                raise EditionError(path, f"a variant in {label} straddles a paragraph boundary near '{a_text[a0 - 10 : a0]}'")
            places.append(
                Place(
                    a0,
                    a1,
                    a_text[a0:a1],
                    b_text[b0:b1],
                    a_text[max(a0 - CONTEXT, 0) : a0],
                    a_text[a1 : a1 + CONTEXT],
                    block,
                    section_of[block],
                )
            )
    return places, coverage


def load_decisions(path: Path = DECISIONS) -> list[Decision]:
    """Read the reviewed decisions, each with the line it starts on."""
    decisions = []
    for line, record in load_records(path):
        require_keys(path, line, record, ("id", "section", "context", "a", "b", "print", "reason"))
        if not record["reason"].strip():
            raise EditionError(path, f"decision {record['id']} gives no reason", line)
        decisions.append(
            Decision(record["id"], record["section"], record["context"], record["a"], record["b"], record["print"], record["reason"], line)
        )
    return decisions


def match_decisions(places: list[Place], decisions: list[Decision], path: Path) -> list[tuple[Place, Decision]]:
    """Pair every place with its one decision; fail on undecided places and stale decisions."""
    matched: list[tuple[Place, Decision]] = []
    used: set[str] = set()
    for place in places:
        candidates = [d for d in decisions if d.a == place.a and d.b == place.b and place.before.endswith(d.context) and d.id not in used]
        if not candidates:
            raise EditionError(
                path,
                f"undecided variant in {place.section} after '{place.before}': "
                f"A reads '{place.a}', B reads '{place.b}' (add a decision; `make draft-decisions` lists them)",
            )
        used.add(candidates[0].id)
        matched.append((place, candidates[0]))
    for decision in decisions:
        if decision.id not in used:
            raise EditionError(
                path,
                f"decision {decision.id} no longer matches the sources: no place in {decision.section} "
                f"after '{decision.context}' where A reads '{decision.a}' and B reads '{decision.b}'",
                decision.line,
            )
    return matched


def apply_decisions(blocks: list[str], matched: list[tuple[Place, Decision]]) -> list[str]:
    """Return the blocks with every place replaced by its decided reading."""
    starts = block_starts(blocks)
    printed = list(blocks)
    for place, decision in sorted(matched, key=lambda pair: pair[0].start, reverse=True):
        block = place.block
        local = place.start - starts[block]
        text = printed[block]
        printed[block] = text[:local] + decision.printed + text[local + len(place.a) :]
    return printed


def collate(blocks: list[str], section_of: list[str], b_parts: list[tuple[str, str]], decisions_path: Path = DECISIONS) -> Collation:
    """Find the variant places between A (*blocks*) and B (*b_parts*), and apply the decisions."""
    places, coverage = find_places(blocks, section_of, b_parts, decisions_path)
    matched = match_decisions(places, load_decisions(decisions_path), decisions_path)
    return Collation(apply_decisions(blocks, matched), matched, coverage)


def draft(places: list[Place]) -> str:
    """Format places as YAML decision entries for an editor to review and complete."""
    lines = []
    for number, place in enumerate(places, 1):
        lines += [
            f"- id: v{number:03d}",
            f"  section: {place.section}",
            f"  context: {quote(place.before)}",
            f"  a: {quote(place.a)}",
            f"  b: {quote(place.b)}",
            f"  print: {quote(place.a)}   # TODO: decide (A, B or neither); after: {place.after}",
            '  reason: ""',
        ]
    return "\n".join(lines) + "\n"


def quote(text: str) -> str:
    """Quote *text* as a YAML double-quoted scalar.

    >>> quote('他说"好"')
    '"他说\\\\"好\\\\""'
    """
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
