"""Figures then and now: load and check ``data/figures.yaml``, and draw them as an SVG chart.

Each indicator has two or three dated values, each citing the paragraph that prints it; the
check is that the printed figure (``text``) occurs in that paragraph and that ``value`` is the
number it prints. The chart is drawn by matplotlib at build time: small multiples, one panel
per indicator, since the units differ. Its text is real SVG text (not outlines) in
``currentColor``, so it is searchable, small, and readable in both colour schemes when inlined.

matplotlib takes 0.7 s to import, so the SVG is cached in ``.cache/`` under a hash of the data,
of this module and of the matplotlib version; the text pipeline imports it only on a miss.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .errors import PROJECT_ROOT, EditionError
from .structure import Document
from .yamlfile import load_records

FIGURES = PROJECT_ROOT / "data" / "figures.yaml"
CACHE = PROJECT_ROOT / ".cache"
NUMBER = re.compile(r"\d+(?:\.\d+)?")
COLOURS = {"review2025-early": "#9e9e9e", "wp2022": "#c62828", "review2025": "#1565c0"}


@dataclass(frozen=True)
class Value:
    """One dated value and the paragraph that states it."""

    value: float
    date: str
    document: str
    paragraph: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class Indicator:
    """An indicator with its values in date order."""

    id: str
    indicator: str
    english: str
    unit: str
    values: tuple[Value, ...]
    note: str = ""


def number_in(text: str) -> float:
    """Return the first number printed in *text*.

    >>> number_in("超8.5亿"), number_in("200余所高校")
    (8.5, 200.0)
    """
    match = NUMBER.search(text)
    return float(match.group(0)) if match else float("nan")


def load_figures(documents: dict[str, Document], path: Path = FIGURES) -> list[Indicator]:
    """Read the figures and check every value against the paragraph it cites."""
    paragraphs = {f"{doc_id}/{p.id}": p.text for doc_id, doc in documents.items() for _, p in doc.paragraphs()}
    indicators = []
    for line, record in load_records(path):
        values = []
        for item in record.get("values", []):
            text = paragraphs.get(item["source"])
            if text is None:
                raise EditionError(path, f"{record['id']}: no paragraph {item['source']}", line)
            if str(item["text"]) not in text:
                raise EditionError(path, f"{record['id']}: '{item['text']}' is not in {item['source']}", line)
            if number_in(str(item["text"])) != float(item["value"]):
                raise EditionError(path, f"{record['id']}: value {item['value']} is not the number in '{item['text']}'", line)
            document, paragraph = item["source"].split("/")
            values.append(Value(float(item["value"]), str(item["date"]), document, paragraph, str(item["text"]), item.get("note", "")))
        if len(values) < 2:
            raise EditionError(path, f"{record['id']}: an indicator needs a value then and a value now", line)
        indicators.append(
            Indicator(record["id"], record["indicator"], record["english"], str(record["unit"]), tuple(values), record.get("note", ""))
        )
    return indicators


def series_of(value: Value, values: tuple[Value, ...]) -> str:
    """Which series a value belongs to: the 2022 paper, the review, or the review's look back."""
    if value.document == "review2025" and value is not values[-1] and any(v.document == "wp2022" for v in values):
        return "review2025-early"
    return value.document


def render_chart(indicators: list[Indicator]) -> str:
    """Draw the indicators as small multiples and return the SVG (text in currentColor)."""
    import matplotlib  # noqa: PLC0415 - slow to import; only on a cache miss

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # fonts the machine lacks
    matplotlib.use("svg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "edition",
            "font.family": ["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans"],
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.spines.left": False,
        }
    )
    columns = 3
    rows = -(-len(indicators) // columns)
    figure, axes = plt.subplots(rows, columns, figsize=(9, 2.3 * rows))
    for axis, indicator in zip(axes.flat, indicators, strict=False):
        labels = [v.date for v in indicator.values]
        heights = [v.value for v in indicator.values]
        colours = [COLOURS[series_of(v, indicator.values)] for v in indicator.values]
        bars = axis.bar(labels, heights, color=colours, width=0.6)
        axis.bar_label(bars, labels=[f"{v.value:g}" for v in indicator.values], padding=2, fontsize=8)
        axis.set_title(wrap_title(f"{indicator.indicator}（{indicator.unit}）"), fontsize=9, loc="left")
        axis.set_yticks([])
        axis.set_ylim(0, max(heights) * 1.25)
        axis.tick_params(axis="x", length=0, labelsize=8)
    for axis in list(axes.flat)[len(indicators) :]:
        axis.set_visible(False)
    # A fixed layout, not tight_layout: text extents depend on the fonts a machine has, and the
    # same data must give the same SVG everywhere.
    figure.subplots_adjust(left=0.02, right=0.98, bottom=0.06, top=0.9, wspace=0.15, hspace=0.75)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(figure)
    return theme_colours(buffer.getvalue())


def wrap_title(title: str, width: int = 14) -> str:
    """Break a long Chinese title into lines of at most *width* characters.

    >>> wrap_title("CNCERT国际合作伙伴（计算机应急响应组织）（个）", 14)
    'CNCERT国际合作伙伴（计\\n算机应急响应组织）（个）'
    """
    return "\n".join(title[i : i + width] for i in range(0, len(title), width))


def theme_colours(svg: str) -> str:
    """Let the chart's text and axes follow the page's colour (light and dark schemes).

    >>> theme_colours('<text style="fill: #000000; font-family: DejaVu Sans"/><path style="stroke: #000000"/>')
    '<text style="fill: currentColor; font-family: inherit"/><path style="stroke: currentColor"/>'
    """
    svg = re.sub(r"(fill|stroke):\s*#000000", r"\1: currentColor", svg)
    svg = re.sub(r"font-family: [^;\"]+", "font-family: inherit", svg)
    svg = re.sub(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*", "", svg)
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)


def chart_svg(indicators: list[Indicator], cache: Path = CACHE) -> str:
    """Return the chart, from the cache when the data, this module and matplotlib are unchanged."""
    key = hashlib.sha256(
        json.dumps([i.__repr__() for i in indicators], ensure_ascii=False).encode()
        + Path(__file__).read_bytes()
        + version("matplotlib").encode()
    ).hexdigest()[:16]
    cached = cache / f"figures-{key}.svg"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    svg = render_chart(indicators)
    cache.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(".tmp")
    temporary.write_text(svg, encoding="utf-8")
    os.replace(temporary, cached)
    return svg
