"""Helpers for tests that read the built site: build it, list anchors, resolve relative links."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from build_scripts.errors import PROJECT_ROOT


def build_site(target: Path, site_url: str = "http://127.0.0.1:8000/") -> Path:
    """Build texts and site into *target* exactly as `make site` does."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    subprocess.run([sys.executable, "-m", "build_scripts.build"], cwd=PROJECT_ROOT, env=env, check=True)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(target)],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
    )
    subprocess.run([sys.executable, "-m", "build_scripts.postbuild", str(target)], cwd=PROJECT_ROOT, env=env, check=True)
    return target


def ids_of(soup: BeautifulSoup) -> set[str]:
    """Every id in a page."""
    return {tag["id"] for tag in soup.find_all(id=True)}


def local_target(site: Path, page: Path, reference: str) -> tuple[Path, str]:
    """Resolve a relative URL found in *page* to a file in the site and a fragment."""
    parts = urlsplit(reference)
    path = unquote(parts.path)
    # An absolute path (as on the 404 page) is read from the site's root, where it is served here.
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve() if path else page
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)
