"""One error type for bad input: it always names the file, and the line where there is one.

The command line prints ``str(error)`` as a single line and exits non-zero, so every
message must make sense on its own: ``path:line: what is wrong``.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def display_path(path: Path | str) -> str:
    """Return *path* relative to the project root when it lies inside it.

    >>> display_path(PROJECT_ROOT / "data" / "documents.yaml")
    'data/documents.yaml'
    """
    path = Path(path)
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


class EditionError(Exception):
    """Bad input found by the build: a file, an optional line number, and a message."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        """Remember where the problem is and what it is."""
        self.path = display_path(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        """Format as ``path:line: message`` (or ``path: message`` without a line)."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
