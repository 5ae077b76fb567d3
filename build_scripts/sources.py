"""Stage 1: read the raw witnesses listed in ``data/sources.yaml`` and prove they are unchanged.

A source is accepted only as UTF-8. Two harmless transport changes are undone before the
checksum is taken, so that a checkout made with CRLF line ends (``core.autocrlf``) or an editor
that adds a byte-order mark still builds: a leading BOM is dropped and CRLF becomes LF. Any
other change (another encoding such as GB18030, an edited character, a missing file) stops the
build with a one-line error naming the file and, where there is one, the line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import PROJECT_ROOT, EditionError
from .patterns import HAN, han_only
from .structure import Locator
from .yamlfile import load_records, require_keys

MANIFEST = PROJECT_ROOT / "data" / "sources.yaml"
BOM = b"\xef\xbb\xbf"
FORMS = ("lines", "columns", "pdf")


@dataclass(frozen=True)
class Source:
    """One raw witness file and what the manifest says about it."""

    path: Path
    document: str
    witness: str
    part: int
    form: str
    sha256: str
    text: str = ""


def normalise_transport(data: bytes) -> bytes:
    r"""Drop a UTF-8 byte-order mark and turn CRLF (or lone CR) line ends into LF.

    >>> normalise_transport(b"\xef\xbb\xbf\xe4\xb8\xad\r\n\xe5\x9b\xbd\r\n")
    b'\xe4\xb8\xad\n\xe5\x9b\xbd\n'
    """
    if data.startswith(BOM):
        data = data[len(BOM) :]
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def decode_utf8(path: Path, data: bytes) -> str:
    """Decode *data* as UTF-8 or fail naming the line of the first bad byte.

    >>> decode_utf8(Path("x.txt"), "网络".encode("gb18030"))
    Traceback (most recent call last):
    ...
    build_scripts.errors.EditionError: x.txt:1: not UTF-8 (byte 0xcd at column 1; GB18030 or another encoding?); convert it to UTF-8
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        byte = data[err.start]
        raise EditionError(
            path,
            f"not UTF-8 (byte 0x{byte:02x} at column {column}; GB18030 or another encoding?); convert it to UTF-8",
            line,
        ) from None


def checksum(data: bytes) -> str:
    """Return the SHA-256 hex digest of *data*."""
    return hashlib.sha256(data).hexdigest()


def read_source(source: Source, root: Path = PROJECT_ROOT) -> Source:
    """Read one witness, normalise transport, check encoding and checksum, return it with text."""
    path = root / source.path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise EditionError(path, "source file is missing (see data/sources.yaml)") from None
    data = normalise_transport(raw)
    text = decode_utf8(path, data)
    digest = checksum(data)
    if digest != source.sha256:
        raise EditionError(
            path,
            f"source file has changed (sha256 {digest[:12]}…, expected {source.sha256[:12]}…); "
            "raw sources are never edited: restore it from ../shared/sources/",
        )
    return Source(source.path, source.document, source.witness, source.part, source.form, source.sha256, text)


def load_manifest(manifest: Path = MANIFEST) -> list[Source]:
    """Parse ``data/sources.yaml`` into ``Source`` records (without text)."""
    sources = []
    for line, record in load_records(manifest):
        require_keys(manifest, line, record, ("file", "document", "witness", "form", "sha256"))
        if record["form"] not in FORMS:
            raise EditionError(manifest, f"unknown form '{record['form']}' (one of {', '.join(FORMS)})", line)
        sources.append(
            Source(
                Path(record["file"]),
                record["document"],
                record["witness"],
                int(record.get("part", 1)),
                record["form"],
                record["sha256"],
            )
        )
    return sources


def read_sources(manifest: Path = MANIFEST, root: Path = PROJECT_ROOT) -> list[Source]:
    """Read and verify every witness in the manifest, in manifest order."""
    return [read_source(source, root) for source in load_manifest(manifest)]


def locator(sources: list[Source]) -> Locator:
    """Return a function that finds the raw file and line printing a piece of clean text.

    Clean text differs from the raw in spaces, punctuation widths and Markdown, so the search
    matches the first Han characters of the snippet with anything non-Han between them.
    """

    def locate(snippet: str) -> tuple[str, int | None]:
        skeleton = han_only(snippet)[:10]
        if skeleton:
            pattern = re.compile(f"[^{HAN}]*".join(map(re.escape, skeleton)))
            for source in sources:
                match = pattern.search(source.text)
                if match:
                    return str(source.path), source.text.count("\n", 0, match.start()) + 1
        return str(sources[0].path), None

    return locate
