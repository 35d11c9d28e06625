"""A small demo village with cases in every state, built once and copied fresh for each test."""

from __future__ import annotations

import shutil

import pytest

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo

DEMO_USER, DEMO_PW = "demo", "Demo@2026"


@pytest.fixture(scope="session")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("village")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    return build_demo(folder / "v", paths.migrations_dir(), 200, make_access=make, with_activity=True).db_path


@pytest.fixture
def db(village, tmp_path):
    target = tmp_path / "centre"
    shutil.copytree(village.parent, target)
    return target / village.name


@pytest.fixture
def demo(db):
    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    yield session
    session.close()
