"""Read the project's YAML data files, keeping the line number of every list item.

Editorial data (decisions, errata) must point back at its own lines when it is wrong, so a
failed check can say ``data/errata/wp2022.yaml:41: …``. PyYAML's node tree carries the marks;
``load_records`` returns each mapping of a top-level list together with its first line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import EditionError

#: libyaml's C parser when PyYAML was built with it (the PyPI wheels are): ten times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> str:
    """Read a data file as UTF-8 text, or fail naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EditionError(path, "file is missing") from None
    except UnicodeDecodeError as err:
        raise EditionError(path, f"not UTF-8 ({err.reason})") from None


def _compose(path: Path, text: str) -> yaml.Node | None:
    """Parse *text* into YAML's node tree (which keeps line numbers), turning syntax errors into ours."""
    try:
        return yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise EditionError(path, f"YAML syntax error: {getattr(err, 'problem', err)}", line) from None


def _construct(text: str, node: yaml.Node) -> Any:
    """Build Python data from an already parsed node tree (no second parse)."""
    return LOADER(text).construct_document(node)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, turning a syntax error into an ``EditionError`` with its line."""
    text = _read(path)
    node = _compose(path, text)
    return None if node is None else _construct(text, node)


def load_records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """Return ``(line, mapping)`` for each item of the top-level list in *path*.

    An empty file is an empty list; anything but a list of mappings is an error. The file is
    parsed once: the node tree gives the lines, the same tree the data.
    """
    text = _read(path)
    root = _compose(path, text)
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise EditionError(path, "expected a list of entries", 1)
    data = _construct(text, root)
    records = []
    for node, item in zip(root.value, data, strict=True):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            raise EditionError(path, "expected a mapping (key: value lines)", line)
        records.append((line, item))
    return records


def require_keys(path: Path, line: int, record: dict[str, Any], keys: tuple[str, ...]) -> None:
    """Fail unless *record* has every key in *keys* with a string value (possibly empty)."""
    for key in keys:
        value = record.get(key)
        if not isinstance(value, str):
            raise EditionError(path, f"entry needs a text value for '{key}'", line)
