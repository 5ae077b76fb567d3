"""``make serve``: serve the site and rebuild the texts whenever a source or data file changes.

MkDocs' own server watches ``docs/``, ``mkdocs.yml`` and ``overrides/`` and rebuilds the site
when they change. The reading pages in ``docs/`` are generated from ``sources/`` and ``data/``,
which MkDocs does not know about; this small loop watches those (and the build scripts) and
reruns the text build, whose new pages MkDocs then picks up. A failed text build prints its
one-line error and leaves the last good pages in place.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .errors import PROJECT_ROOT

WATCHED = ("sources", "data", "build_scripts")
POLL_SECONDS = 1.0


def snapshot(root: Path = PROJECT_ROOT) -> dict[Path, float]:
    """Modification times of every watched file."""
    return {
        path: path.stat().st_mtime
        for folder in WATCHED
        for path in (root / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def rebuild_texts() -> None:
    """Run the text build in a fresh interpreter (so edited build scripts take effect)."""
    result = subprocess.run([sys.executable, "-m", "build_scripts.build"], cwd=PROJECT_ROOT, check=False)
    print("texts rebuilt" if result.returncode == 0 else "texts not rebuilt: fix the error above", flush=True)


def main() -> int:
    """Start ``mkdocs serve`` and rebuild the texts on every change until interrupted."""
    address = os.environ.get("HOST", "127.0.0.1:8000")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address], cwd=PROJECT_ROOT)
    seen = snapshot()
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            now = snapshot()
            if now != seen:
                seen = now
                rebuild_texts()
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return server.returncode or 0


if __name__ == "__main__":
    sys.exit(main())
