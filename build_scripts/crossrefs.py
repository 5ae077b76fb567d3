"""Cross-references between the two documents: load and check ``data/crossrefs.yaml``.

Three kinds of link, all reviewed by hand in the data file:

* ``proposals``: each of the ten proposals 四（一）–（十） of 2022 to the section 二（n） of 2025
  that reports on it, one to one;
* ``goals``: each goal 三（一）–（八） of 2025 to the 2022 proposals it continues (none for a
  new goal, with the reason said);
* ``concepts``: ideas both documents state, with the paragraphs and the words that state them.

The build checks that every id exists, that the one-to-one mapping is complete, that every goal
is listed, and that every quoted phrase occurs in its paragraph. ``lead`` gives the opening
sentence or two of a section, which the panels in the text quote verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import PROJECT_ROOT, EditionError
from .structure import Document, Section
from .yamlfile import load_yaml

CROSSREFS = PROJECT_ROOT / "data" / "crossrefs.yaml"
LEAD_LIMIT = 110


@dataclass(frozen=True)
class Goal:
    """A goal of 2025 三 and the 2022 proposals it continues."""

    goal: str
    continues: tuple[str, ...]
    new: bool
    reason: str


@dataclass(frozen=True)
class Mention:
    """A paragraph that states a shared concept, and the words that do."""

    document: str
    paragraph: str
    quote: str


@dataclass(frozen=True)
class Concept:
    """A concept that both documents state."""

    id: str
    name: str
    english: str
    note: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class CrossRefs:
    """The checked cross-references."""

    proposals: dict[str, str]  # 2022 proposal section id → 2025 review section id
    goals: tuple[Goal, ...]
    concepts: tuple[Concept, ...]

    @property
    def reports(self) -> dict[str, str]:
        """The reverse mapping: 2025 review section → 2022 proposal."""
        return {review: proposal for proposal, review in self.proposals.items()}

    def goals_continuing(self, proposal: str) -> list[Goal]:
        """Return the goals of 2025 三 that continue a 2022 proposal."""
        return [goal for goal in self.goals if proposal in goal.continues]


def lead(section: Section, limit: int = LEAD_LIMIT) -> str:
    """Return the first sentence of a section, or its first two if they stay within *limit* characters.

    >>> s = Section("x", 2, "（一）标题")
    >>> from build_scripts.structure import Paragraph
    >>> s.paragraphs.append(Paragraph("x-p1", "第一句话。第二句话。第三句。"))
    >>> lead(s, 12)
    '第一句话。第二句话。'
    """
    text = section.paragraphs[0].text if section.paragraphs else ""
    sentences = re.findall(r"[^。！？]+[。！？]?", text)
    chosen = ""
    for sentence in sentences[:2]:
        if chosen and len(chosen) + len(sentence) > limit:
            break
        chosen += sentence
    return chosen


def _ids(document: Document) -> tuple[set[str], dict[str, str]]:
    """Section ids and paragraph texts by id of a document."""
    return {s.id for s in document.sections}, {p.id: p.text for _, p in document.paragraphs()}


def _children(document: Document, parent: str) -> list[str]:
    """Ids of the direct subsections of *parent*."""
    depth = parent.count("-") + 1
    return [s.id for s in document.sections if s.id.startswith(parent + "-") and s.id.count("-") == depth]


def _check_proposals(data: dict[str, Any], wp: Document, review: Document, path: Path) -> dict[str, str]:
    """Return the one-to-one mapping of 四 to 二, complete and pointing at sections that exist."""
    mapping = {entry["proposal"]: entry["review"] for entry in data.get("proposals", [])}
    if sorted(mapping) != sorted(_children(wp, "ch4")):
        raise EditionError(path, "proposals: every 2022 proposal 四（一）–（十） must be mapped exactly once")
    if sorted(mapping.values()) != sorted(_children(review, "ch2")):
        raise EditionError(path, "proposals: every 2025 section 二（一）–（十） must be mapped exactly once")
    return mapping


def _check_goals(data: dict[str, Any], wp: Document, review: Document, path: Path) -> tuple[Goal, ...]:
    """Every goal of 三 listed once, continuing proposals that exist, each with a reason."""
    proposals = set(_children(wp, "ch4"))
    goals = []
    for entry in data.get("goals", []):
        continues = tuple(entry.get("continues") or [])
        if not str(entry.get("reason", "")).strip():
            raise EditionError(path, f"goals: {entry.get('goal')} needs a reason")
        if set(continues) - proposals:
            raise EditionError(path, f"goals: {entry['goal']} continues unknown proposals {sorted(set(continues) - proposals)}")
        if not continues and not entry.get("new"):
            raise EditionError(path, f"goals: {entry['goal']} continues no proposal; mark it `new: true` and say why")
        goals.append(Goal(entry["goal"], continues, bool(entry.get("new")), entry["reason"].strip()))
    if sorted(g.goal for g in goals) != sorted(_children(review, "ch3")):
        raise EditionError(path, "goals: every 2025 goal 三（一）–（八） must be listed exactly once")
    return tuple(goals)


def _check_concepts(data: dict[str, Any], documents: dict[str, Document], path: Path) -> tuple[Concept, ...]:
    """Every mention names a paragraph that exists and contains its quote."""
    paragraphs = {f"{doc_id}/{pid}": text for doc_id, doc in documents.items() for pid, text in _ids(doc)[1].items()}
    concepts = []
    for entry in data.get("concepts", []):
        mentions = []
        for mention in entry["mentions"]:
            text = paragraphs.get(mention["source"])
            if text is None:
                raise EditionError(path, f"concepts: {entry['id']}: no paragraph {mention['source']}")
            if mention["quote"] not in text:
                raise EditionError(path, f"concepts: {entry['id']}: the quote is not in {mention['source']}")
            document, paragraph = mention["source"].split("/")
            mentions.append(Mention(document, paragraph, mention["quote"]))
        concepts.append(Concept(entry["id"], entry["name"], entry["english"], " ".join(entry["note"].split()), tuple(mentions)))
    return tuple(concepts)


def load_crossrefs(documents: dict[str, Document], path: Path = CROSSREFS) -> CrossRefs:
    """Read and check the cross-references against the built documents."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise EditionError(path, "expected the keys proposals, goals and concepts", 1)
    wp, review = documents["wp2022"], documents["review2025"]
    return CrossRefs(
        _check_proposals(data, wp, review, path),
        _check_goals(data, wp, review, path),
        _check_concepts(data, documents, path),
    )
