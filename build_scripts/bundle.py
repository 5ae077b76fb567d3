"""``make bundle``: zip the offline build of the site into ``dist/``, the same bytes every time.

The offline build (``mkdocs.offline.yml``) works from ``file://``. The zip holds it under one
top folder, with the files in sorted order and a fixed timestamp, so two bundles of the same
site are identical and a reader who unzips it anywhere opens ``index.html`` in that folder.

    python -m build_scripts.bundle <offline site folder> <zip file>
"""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

TOP = "cyberspace-shared-future-reading-edition"
STAMP = (2025, 1, 1, 0, 0, 0)


def write_bundle(site: Path, target: Path, top: str = TOP) -> int:
    """Zip every file of *site* under *top*/ into *target*; return the number of files."""
    files = sorted(path for path in site.rglob("*") if path.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(site).as_posix()}", STAMP)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes(), compresslevel=9)
    os.replace(temporary, target)
    return len(files)


def main(argv: list[str] | None = None) -> int:
    """Write the bundle and say where it is and how big."""
    site, target = (Path(a) for a in (argv if argv is not None else sys.argv[1:]))
    count = write_bundle(site, target)
    print(f"{target}: {count} files, {target.stat().st_size / 1_000_000:.1f} MB; unzip it and open {TOP}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
