"""What readers do, proven in a real browser: Debian's Chromium driven by Playwright.

Every test runs twice: against the site served on 127.0.0.1, and against the offline bundle,
built with ``make bundle``'s steps, unzipped into a new folder and opened from ``file://``.
Every request each page makes is recorded, and must stay on 127.0.0.1 or ``file://``.

Without ``/usr/bin/chromium`` these tests skip with the reason; in CI (``CI`` set) they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from build_scripts.bundle import TOP, write_bundle
from build_scripts.errors import PROJECT_ROOT

from .sitekit import build_site, serve

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
LAUNCH_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--metrics-recording-only",
    "--no-default-browser-check",
]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session (Debian's, never a downloaded one)."""
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed (apt-get install chromium); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when a browser exists

    args = [*LAUNCH_ARGS, *(["--no-sandbox"] if os.geteuid() == 0 else [])]
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        yield chromium
        chromium.close()


@dataclass
class Target:
    """Where the site is read from, and how its page URLs are formed there."""

    name: str
    base: str
    directory_urls: bool
    requests: list[str] = field(default_factory=list)

    def url(self, page: str, anchor: str = "") -> str:
        """Return the URL of a page given as ``wp2022/ch4`` (or ``index``), with an optional anchor."""
        directory = "" if page == "index" else f"{page}/"
        path = directory if self.directory_urls else f"{page}.html"
        return self.base + path + (f"#{anchor}" if anchor else "")

    def allowed(self, url: str) -> bool:
        """Tell whether a request stays on this machine: 127.0.0.1, file://, or in-page data."""
        return url.startswith(("http://127.0.0.1:", "file://", "data:", "blob:", "about:"))


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Iterator[Target]:
    """Return the public site, built for and served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("served")
    server, port = serve(root)
    base = f"http://127.0.0.1:{port}/"
    build_site(root / "site", site_url=base + "site/")
    yield Target("served", base + "site/", directory_urls=True)
    server.shutdown()


@pytest.fixture(scope="session")
def offline(tmp_path_factory) -> Target:
    """Return the offline bundle, unzipped into a new folder and opened from file://.

    The bundle is the one named by ``EDITION_BUNDLE`` (e.g. the zip ``make bundle`` wrote), or
    else one built here by the same steps.
    """
    work = tmp_path_factory.mktemp("bundle")
    given = os.environ.get("EDITION_BUNDLE")
    if given:
        archive = Path(given).resolve()
    else:
        site = build_site(work / "offline-site", config="mkdocs.offline.yml")
        archive = work / "dist" / "bundle.zip"
        write_bundle(site, archive)
        shutil.rmtree(site)
    unzipped = work / "unzipped"
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(unzipped)
    return Target("offline", (unzipped / TOP).as_uri() + "/", directory_urls=False)


@pytest.fixture(params=["served", "offline"])
def target(request) -> Target:
    """Each test runs against the served site and the unzipped bundle."""
    return request.getfixturevalue(request.param)


@pytest.fixture
def page(browser, target):
    """Return a fresh page that records every request; the test fails if any leaves this machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    yield tab
    context.close()
    target.requests.extend(requests)
    outside = [url for url in requests if not target.allowed(url)]
    assert requests, "the page made no request at all"
    assert outside == [], f"requests leaving the machine: {outside}"


def section_text(tab, anchor: str) -> str:
    """Return the text of the section that starts at the element with id *anchor* (up to the next heading)."""
    return tab.evaluate(
        """(id) => {
            let el = document.getElementById(id), text = el.textContent;
            const level = /^H[1-6]$/.test(el.tagName) ? +el.tagName[1] : 7;
            for (el = el.nextElementSibling; el; el = el.nextElementSibling) {
                if (/^H[1-6]$/.test(el.tagName) && +el.tagName[1] <= level) break;
                text += el.textContent;
            }
            return text;
        }""",
        anchor,
    )


# --- search -------------------------------------------------------------------------------


def search(page, term: str):
    """Type *term* into Material's search and return the result links that highlight it whole.

    The index loads in a worker after the page; a query typed before it is ready is not
    answered, so the query is entered again until results for exactly *term* appear.
    """
    selector = f".md-search-result__item a[href*='#'][href*='h={quote(term)}']"
    page.click("input.md-search__input")
    for _ in range(15):
        page.fill("input.md-search__input", "")
        page.fill("input.md-search__input", term)
        page.keyboard.press("End")  # a key event too, as a reader's typing makes
        try:
            page.wait_for_selector(selector, timeout=2000)
            return page.locator(selector)
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"no search result for {term}: {page.inner_text('.md-search-result__meta')}")


@pytest.mark.parametrize("term", ["网络主权", "数字鸿沟"])
def test_search_lists_results_and_opens_the_right_section(page, target, term):
    page.goto(target.url("index"))
    results = search(page, term)
    assert results.count() > 0
    results.first.click()
    page.wait_for_load_state()
    anchor = page.evaluate("location.hash.slice(1)")
    assert anchor, page.url
    assert term in section_text(page, anchor)


# --- glossary -----------------------------------------------------------------------------


def _tooltip_for(page, mark) -> str:
    page.wait_for_selector("#gloss-tip:not([hidden])", timeout=5000)
    return page.inner_text("#gloss-tip")


def test_hovering_a_glossary_term_shows_its_pinyin_and_definition(page, target):
    page.goto(target.url("wp2022/ch1"))
    mark = page.locator("article a.gloss").nth(3)
    pinyin = mark.get_attribute("data-pinyin")
    definition = page.inner_text(f"#{mark.get_attribute('aria-describedby')} .gloss-def__text")
    mark.hover()
    tip = _tooltip_for(page, mark)
    assert pinyin in tip and definition in tip


def test_focusing_a_glossary_term_shows_it_too_and_escape_closes_it(page, target):
    page.goto(target.url("review2025/ch2"))
    mark = page.locator("article a.gloss").first
    mark.focus()
    tip = _tooltip_for(page, mark)
    assert mark.get_attribute("data-pinyin") in tip
    assert page.get_attribute("#gloss-tip", "role") == "tooltip"
    page.keyboard.press("Escape")
    assert page.locator("#gloss-tip").is_hidden()


def test_pinyin_aid_shows_pinyin_and_is_remembered(page, target):
    page.goto(target.url("wp2022/ch4"))
    page.click(".pinyin-switch")
    mark = page.locator("article a.gloss:not(.gloss--latin)").first
    shown = mark.evaluate("el => getComputedStyle(el, '::before').content")
    assert mark.get_attribute("data-pinyin") in shown
    page.goto(target.url("review2025/ch3"))
    assert page.evaluate("document.documentElement.classList.contains('pinyin-on')")


# --- cross-references ---------------------------------------------------------------------


def test_a_cross_reference_lands_on_the_2025_section_and_back(page, target):
    page.goto(target.url("wp2022/ch4", "ch4-5"))
    page.locator("#ch4-5 ~ aside.xref").first.locator(".xref__title a").click()
    page.wait_for_load_state()
    assert page.evaluate("location.hash") == "#ch2-5"
    assert "review2025" in page.url
    assert page.locator("#ch2-5").is_visible()
    page.locator("#ch2-5 ~ aside.xref").first.locator(".xref__title a").click()
    page.wait_for_load_state()
    assert page.evaluate("location.hash") == "#ch4-5"
    assert "wp2022" in page.url


# --- accessibility and screenshots --------------------------------------------------------

AXE_PAGES = ["index", "wp2022/ch4", "review2025/ch2", "glossary", "compare"]


@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_reports_no_serious_or_critical_violation(page, target, path):
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415 - needs the browser

    page.goto(target.url(path))
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} × {v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


@pytest.mark.parametrize("width", [390, 1280])
def test_chapter_page_screenshots(browser, target, width):
    context = browser.new_context(viewport={"width": width, "height": 1000}, device_scale_factor=1)
    tab = context.new_page()
    tab.goto(target.url("wp2022/ch4"))
    tab.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"chapter-{target.name}-{width}.png"
    tab.screenshot(path=str(path), full_page=False)
    context.close()
    assert path.stat().st_size > 10_000
    assert re.search(r"\.png$", path.name)


def test_hovering_a_cross_reference_previews_its_target_on_the_served_site(browser, served):
    """Instant previews fetch the target page, so they exist only where a server does."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    tab.goto(served.url("wp2022/ch4", "ch4-3"))
    tab.locator("#ch4-3 ~ aside.xref").first.locator(".xref__title a").hover()
    preview = tab.wait_for_selector(".md-tooltip2--active", timeout=10000)
    assert "发展开放型数字经济生态" in preview.inner_text()
    context.close()
    assert all(served.allowed(url) for url in requests)
