"""The raw witnesses: unchanged byte for byte, and bad input refused with file and line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from build_scripts.errors import PROJECT_ROOT, EditionError
from build_scripts.sources import load_manifest, read_source

MANIFEST = load_manifest()


@pytest.mark.parametrize("source", MANIFEST, ids=lambda s: s.path.name)
def test_raw_source_is_byte_for_byte_unchanged(source):
    data = (PROJECT_ROOT / source.path).read_bytes()
    assert hashlib.sha256(data).hexdigest() == source.sha256


def test_manifest_names_every_raw_file():
    listed = {source.path.name for source in MANIFEST}
    on_disk = {path.name for path in (PROJECT_ROOT / "sources" / "raw").glob("*.txt")}
    assert listed == on_disk


def _copy(tmp_path: Path, source, data: bytes) -> Path:
    target = tmp_path / source.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return tmp_path


@pytest.mark.parametrize(
    "transform",
    [lambda d: b"\xef\xbb\xbf" + d, lambda d: d.replace(b"\n", b"\r\n"), lambda d: b"\xef\xbb\xbf" + d.replace(b"\n", b"\r\n")],
    ids=["bom", "crlf", "bom+crlf"],
)
def test_bom_and_crlf_are_accepted_and_give_the_same_text(tmp_path, transform):
    source = MANIFEST[0]
    original = (PROJECT_ROOT / source.path).read_bytes()
    root = _copy(tmp_path, source, transform(original))
    assert read_source(source, root).text == original.decode("utf-8")


def test_gb18030_is_refused_with_file_and_line(tmp_path):
    source = MANIFEST[0]
    text = (PROJECT_ROOT / source.path).read_text(encoding="utf-8")
    root = _copy(tmp_path, source, text.encode("gb18030"))
    with pytest.raises(EditionError) as error:
        read_source(source, root)
    message = str(error.value)
    assert message.startswith(f"{tmp_path / source.path}:3: not UTF-8")
    assert "\n" not in message


def test_changed_source_is_refused(tmp_path):
    source = MANIFEST[0]
    data = (PROJECT_ROOT / source.path).read_bytes().replace("互联网".encode(), "互連网".encode(), 1)
    root = _copy(tmp_path, source, data)
    with pytest.raises(EditionError, match="source file has changed"):
        read_source(source, root)


def test_missing_source_is_refused(tmp_path):
    with pytest.raises(EditionError, match="source file is missing"):
        read_source(MANIFEST[0], tmp_path)
