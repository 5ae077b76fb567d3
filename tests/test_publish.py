"""Publishing: the GitHub Pages workflow, the site under a sub-path, and the offline bundle."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from build_scripts.bundle import TOP, write_bundle
from build_scripts.errors import PROJECT_ROOT

from .sitekit import build_site, ids_of, serve

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "pages.yml"
SHIM = PROJECT_ROOT / "overrides" / "assets" / "javascripts" / "vendor" / "iframe-worker-1.0.4" / "shim.js"


def test_workflow_is_valid_against_githubs_schema():
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_with_make_site_and_deploys_with_the_official_actions():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    steps = [step.get("uses", step.get("run", "")) for job in workflow["jobs"].values() for step in job["steps"]]
    assert "make site" in steps
    assert any(s.startswith("actions/upload-pages-artifact@") for s in steps)
    assert any(s.startswith("actions/deploy-pages@") for s in steps)
    build = next(step for step in workflow["jobs"]["build"]["steps"] if step.get("run") == "make site")
    assert set(build["env"]) == {"SITE_URL"}


# --- the site under a sub-path, as GitHub Pages serves a project site ----------------------


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    server, port = serve(root, not_found=root / "edition" / "404.html")
    base = f"http://127.0.0.1:{port}/edition/"
    build_site(root / "edition", site_url=base)
    yield base, root / "edition"
    server.shutdown()


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def local_references(page_url: str, html: bytes) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    references = set()
    for tag, attribute in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
        for element in soup.find_all(tag, attrs={attribute: True}):
            if element.name == "link" and "canonical" in element.get("rel", []):
                continue
            url = urljoin(page_url, element[attribute])
            if urlsplit(url).netloc == urlsplit(page_url).netloc:
                references.add(url)
    return references


def test_every_page_and_asset_resolves_under_the_sub_path(subpath_site):
    base, folder = subpath_site
    pages = [base + p.relative_to(folder).as_posix().removesuffix("index.html") for p in folder.rglob("*.html")]
    pages = [p for p in pages if not p.endswith("404.html")]
    checked, broken, anchors = set(), [], {}
    for page in pages:
        status, html = fetch(page)
        assert status == 200, page
        anchors[page] = ids_of(BeautifulSoup(html, "html.parser"))
        for reference in local_references(page, html):
            target = urldefrag(reference)[0]
            if not target.startswith(base):
                broken.append(f"{page} → {reference} (outside {base})")
            elif target not in checked:
                checked.add(target)
                if fetch(target)[0] != 200:
                    broken.append(f"{page} → {reference}")
    assert broken == []
    assert len(checked) > 30


def test_the_404_page_works_under_the_sub_path(subpath_site):
    base, _ = subpath_site
    missing = base + "no/such/page/"
    status, html = fetch(missing)
    assert status == 404
    references = local_references(missing, html)
    stylesheets = [r for r in references if r.endswith(".css")]
    assert stylesheets and all(r.startswith(base) for r in references)
    assert all(fetch(urldefrag(r)[0])[0] == 200 for r in references)


# --- the offline bundle --------------------------------------------------------------------


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("offline"), config="mkdocs.offline.yml")


def test_offline_site_references_nothing_remote(offline_site):
    for page in offline_site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.find_all(["script", "img", "iframe"], src=True):
            assert not element["src"].startswith(("http:", "https:", "//")), (page, element["src"])
        for element in soup.find_all("link", href=True):
            if set(element.get("rel", [])) & {"stylesheet", "icon", "preload", "modulepreload"}:
                assert not element["href"].startswith(("http:", "https:", "//")), (page, element["href"])


def test_offline_site_uses_file_urls_and_the_vendored_shim(offline_site):
    soup = BeautifulSoup((offline_site / "wp2022" / "ch4.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one('script[src$="vendor/iframe-worker-1.0.4/shim.js"]')
    panel_links = [a["href"] for a in soup.select("aside.xref a")]
    assert panel_links and all(".html#" in href for href in panel_links)
    assert (offline_site / "search" / "search_index.js").exists()


def test_vendored_shim_is_the_pinned_release():
    recorded = (SHIM.parent / "VENDORED.txt").read_text(encoding="utf-8")
    assert hashlib.sha256(SHIM.read_bytes()).hexdigest() in recorded


def test_bundle_is_deterministic_and_opens_at_index(offline_site, tmp_path):
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    count = write_bundle(offline_site, first)
    write_bundle(offline_site, second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
    assert len(names) == count and f"{TOP}/index.html" in names
    assert all(name.startswith(f"{TOP}/") for name in names)
