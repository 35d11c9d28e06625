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


# --- Issue 16: an English session shows no Chinese in any error the tests can raise. -------------
# Every GridDeskError built during the run is recorded (its code, its parameters, where it was
# built); at the end each is rendered in English with the user's own data blanked, and any Chinese
# left, any code missing from the catalogue, or any old-style sentence from a file not on
# tests/error_allowlist.py fails the run.
import re as _re  # noqa: E402
import sys as _sys  # noqa: E402

from gridDesk.domain import catalogue as _catalogue  # noqa: E402
from gridDesk.domain.errors import GridDeskError as _GridDeskError  # noqa: E402
from tests.error_allowlist import ALLOWED as _ALLOWED  # noqa: E402

_CJK = _re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_ROOT = Path(__file__).resolve().parent.parent
_SEEN: dict[tuple, _GridDeskError] = {}
_plain_init = _GridDeskError.__init__


def _origin(error: _GridDeskError) -> str:
    """The file that built `error` (past the constructors of the error classes themselves)."""
    frame = _sys._getframe(2)
    while frame is not None and frame.f_code.co_name == "__init__" and frame.f_locals.get("self") is error:
        frame = frame.f_back
    if frame is None:
        return ""
    try:
        return Path(frame.f_code.co_filename).resolve().relative_to(_ROOT).as_posix()
    except ValueError:
        return frame.f_code.co_filename


def _recording_init(self, *args, **kwargs):
    _plain_init(self, *args, **kwargs)
    where = _origin(self)
    key = (type(self).__name__, self.code, self.legacy, where, tuple(sorted(self.params)))
    _SEEN.setdefault(key, self)


_GridDeskError.__init__ = _recording_init


def _blanked(params):
    out = {}
    for key, value in params.items():
        if key in _catalogue.USER_DATA or isinstance(value, _GridDeskError):
            out[key] = "·"  # the user's own text, or an error recorded (and checked) on its own
        elif isinstance(value, _catalogue.Message):
            out[key] = _catalogue.Message(value.code, _blanked(value.params))
        elif isinstance(value, (list, tuple)):
            out[key] = [_catalogue.Message(v.code, _blanked(v.params)) if isinstance(v, _catalogue.Message)
                        else "·" if isinstance(v, _GridDeskError) else v for v in value]
        else:
            out[key] = value
    return out


def english_problems() -> list[str]:
    problems = []
    for (cls, code, legacy, where, _), error in sorted(_SEEN.items(), key=lambda kv: str(kv[0])):
        if where.startswith("tests/"):
            continue
        if legacy is not None:
            if where not in _ALLOWED:
                problems.append(f"{where}: {cls} built from a sentence, not a catalogue code: {legacy[:60]}")
            continue
        if not _catalogue.has(code):
            problems.append(f"{where}: {cls} code {code!r} is not in the catalogue")
            continue
        english = _catalogue.render(code, _blanked(error.params), _catalogue.EN)
        if _CJK.search(english):
            problems.append(f"{where}: {cls}[{code}] reads in English as: {english}")
    return problems


def pytest_sessionfinish(session, exitstatus):
    problems = english_problems()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and _SEEN:
        reporter.write("\n")
        legacy = sum(1 for key in _SEEN if key[2] is not None)
        reporter.write_line(f"issue 16: {len(_SEEN) - legacy} kinds of error read in English, "
                            f"{legacy} old-style sentences from files on tests/error_allowlist.py")
    if not problems:
        return
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line("Errors that an English session would show in Chinese (issue 16):", red=True)
        for line in problems:
            reporter.write_line("  " + line)
    session.exitstatus = 1
