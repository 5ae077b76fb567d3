"""Helpers for tests that read the built site: build it, list anchors, resolve relative links."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from build_scripts.errors import PROJECT_ROOT


def build_site(target: Path, site_url: str = "http://127.0.0.1:8000/", config: str = "mkdocs.yml") -> Path:
    """Build texts and site into *target* exactly as `make site` (or, with the offline config, `make bundle`) does."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    subprocess.run([sys.executable, "-m", "build_scripts.build"], cwd=PROJECT_ROOT, env=env, check=True)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", config, "--site-dir", str(target)],
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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files without logging; answer a missing path with the site's 404 page, as GitHub Pages does."""

    not_found_page: Path | None = None

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Serve the site's 404.html body with status 404 where there is one."""
        if code == 404 and self.not_found_page is not None and self.not_found_page.exists():
            body = self.not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def serve(folder: Path, not_found: Path | None = None) -> tuple[http.server.ThreadingHTTPServer, int]:
    """Serve *folder* on 127.0.0.1 at a free port in a background thread; return the server and port."""
    handler = functools.partial(type("Handler", (_QuietHandler,), {"not_found_page": not_found}), directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]
