"""A small demo village with cases in every state, built once and copied fresh for each test."""

from __future__ import annotations

import shutil

import pytest

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo

DEMO_USER, DEMO_PW = "demo", "Demo@2026"


def built_village(tmp_path_factory, residents: int):
    """A demo village with its activity, built once for the tests that share it."""
    folder = tmp_path_factory.mktemp("village")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    return build_demo(folder / "v", paths.migrations_dir(), residents, make_access=make, with_activity=True).db_path


def fresh_copy(village, tmp_path):
    """A copy of the shared village for one test, which may change it as it likes."""
    target = tmp_path / "centre"
    shutil.copytree(village.parent, target)
    return target / village.name


@pytest.fixture(scope="session")
def village(tmp_path_factory):
    return built_village(tmp_path_factory, 200)


@pytest.fixture
def db(village, tmp_path):
    return fresh_copy(village, tmp_path)


@pytest.fixture
def demo(db):
    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    yield session
    session.close()
