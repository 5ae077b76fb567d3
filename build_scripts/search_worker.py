"""A one-character fix to Material's search worker, so that a Chinese query can match whole.

Material 9.8 segments a Chinese query greedily against the words of the search index, but its
loop stops one character short (``for (j = i + 1; j < query.length; j++)``): the query as a
whole is never looked up, so 网络主权 is searched as 网络* 主* and a term kept whole in the
index (see ``data/search-terms.txt``) can never match exactly. The fix is ``j <= query.length``.

The build copies the installed worker with that fix (and without its source-map comment) to
``overrides/assets/javascripts/workers/search.edition.min.js``; ``overrides/main.html`` points
Material's configuration at it. If a Material upgrade changes the code, the build stops and
says so, rather than silently shipping the old behaviour.
"""

from __future__ import annotations

import re
from pathlib import Path

import material

from .errors import EditionError

WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
TARGET = Path("overrides") / "assets" / "javascripts" / "workers" / "search.edition.min.js"
LOOP = re.compile(r"for\(let (\w)=(\w)\+1;\1<(\w)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")


def patch_worker(code: str) -> str:
    """Let the query segmenter try the whole query; drop the source-map comment.

    >>> patch_worker("for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s);\\n//# sourceMappingURL=x.map")
    'for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e&&(n[s]=o-s);\\n'
    """
    patched, count = LOOP.subn(lambda m: m.group(0).replace(f"{m.group(1)}<{m.group(3)}", f"{m.group(1)}<={m.group(3)}"), code)
    if count != 1:
        raise EditionError(WORKERS, f"Material's search worker changed: expected one segmenter loop to fix, found {count}")
    return re.sub(r"//# sourceMappingURL=\S+\s*$", "", patched)


def installed_worker() -> Path:
    """Return the search worker shipped with the installed Material for MkDocs."""
    found = sorted(WORKERS.glob("search.*.min.js"))
    if len(found) != 1:
        raise EditionError(WORKERS, f"expected one search worker, found {len(found)}")
    return found[0]


def patched_worker() -> str:
    """Return the installed worker with the segmenter fix applied."""
    return patch_worker(installed_worker().read_text(encoding="utf-8"))
