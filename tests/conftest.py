"""Shared fixtures: the built edition (built once per test session) and a scratch project copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from build_scripts.errors import PROJECT_ROOT
from build_scripts.pipeline import Edition, build_edition
from build_scripts.sources import read_sources

from .sitekit import build_site


@pytest.fixture(scope="session")
def edition() -> Edition:
    """Build the whole edition in memory from the project's own files, once per session."""
    return build_edition()


@pytest.fixture(scope="session")
def sources():
    """Read and verify every raw witness."""
    return read_sources()


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """Copy the project's inputs (sources/, data/, docs/) to a scratch folder, to break on purpose."""
    for folder in ("sources", "data", "docs"):
        shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("downloads"))
    return tmp_path


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Build the texts and the site (strict mode) once per session into a temporary folder."""
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def pages(site) -> dict[Path, BeautifulSoup]:
    """Every built HTML page, parsed."""
    return {path: BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser") for path in site.rglob("*.html")}
