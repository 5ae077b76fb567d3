"""Document metadata (title, issuer, date, dateline or attribution), kept apart from the body.

The cleaning removes the title block, dateline and attribution from the text; this module
reads them from ``data/documents.yaml`` and checks each ``evidence`` string against the raw
witness it names, so the metadata cannot drift from what the sources print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import PROJECT_ROOT, EditionError
from .sources import Source
from .yamlfile import load_yaml

DOCUMENTS = PROJECT_ROOT / "data" / "documents.yaml"
REQUIRED = ("title", "issuer", "date", "title_en")


def load_metadata(sources: list[Source], path: Path = DOCUMENTS) -> dict[str, dict[str, Any]]:
    """Return the metadata of every document, after checking it against the raw sources."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise EditionError(path, "expected a mapping of document ids to metadata", 1)
    texts = {str(source.path): source.text for source in sources}
    for document_id, meta in data.items():
        for key in REQUIRED:
            if not isinstance(meta.get(key), str) or not meta[key]:
                raise EditionError(path, f"{document_id}: '{key}' is missing")
        for evidence in meta.get("evidence", []):
            if evidence["text"] not in texts.get(evidence["file"], ""):
                raise EditionError(path, f"{document_id}: the evidence '{evidence['text'][:30]}' is not in {evidence['file']}")
    return data
