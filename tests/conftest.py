"""Shared fixtures: a real SQLCipher file per test, a fast clock, no display needed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from gridDesk import paths  # noqa: E402
from gridDesk.security.keycache import MemoryCache  # noqa: E402
from gridDesk.services.access import Access  # noqa: E402

DIRECTOR = "zhuren"
PASSWORD = "Grid@2026pass"


class FakeClock:
    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "centre" / "griddesk.db"


@pytest.fixture
def access(db_path: Path, clock: FakeClock) -> Access:
    return Access(db_path, paths.migrations_dir(), MemoryCache(), clock)


@pytest.fixture
def centre(access: Access):
    """A new centre with its director; returns the set-up result."""
    return access.create_centre("测试村", "140105100201", "小店镇", DIRECTOR, "王主任", PASSWORD)


@pytest.fixture
def session(access: Access, centre):
    s = access.login(DIRECTOR, PASSWORD)
    yield s
    s.close()
