"""After MkDocs: strip the indentation that Material's templates leave in every HTML page.

Leading white space on a line is insignificant in HTML outside ``<pre>``, ``<textarea>`` and
``<script>``; Material's nested templates leave about 10 KB of it on every page (a twelfth of the
glossary page). Each line keeps its newline, so no two words are ever joined. A plain build step,
not an MkDocs plugin, so that it works the same with any builder that writes ``site/``.

    python -m build_scripts.postbuild site/
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROTECTED = re.compile(r"(<(pre|textarea|script)\b.*?</\2>)", re.S | re.I)


def strip_indentation(html: str) -> str:
    """Remove leading spaces and tabs from every line outside protected elements.

    >>> strip_indentation("<div>\\n    <p>文字</p>\\n  <pre>\\n  code\\n</pre>\\n</div>")
    '<div>\\n<p>文字</p>\\n<pre>\\n  code\\n</pre>\\n</div>'
    """
    parts = PROTECTED.split(html)
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(re.sub(r"\n[ \t]+", "\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    """Rewrite every HTML page under the given site folder in place."""
    site = Path((argv if argv is not None else sys.argv[1:])[0])
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        stripped = strip_indentation(text)
        if stripped != text:
            page.write_text(stripped, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
