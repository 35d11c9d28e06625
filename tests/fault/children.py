"""Helpers for the fault suite: run a piece of GridDesk in a child process that is killed (by
itself at a chosen point, or by the test) and look at what it left."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.storage.backup import check_file

ROOT = Path(__file__).resolve().parents[2]

PRELUDE = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access

    DB, USER, PASSWORD = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

    def die():
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    def ack(*what):
        print(*what, flush=True)

    def login():
        return Access(DB, paths.migrations_dir(), MemoryCache()).login(USER, PASSWORD)
""")


def run_child(body: str, db: Path, user: str, password: str, *extra: str, timeout: float = 180,
              env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(body), str(db), user, password, *extra],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def start_child(body: str, db: Path, user: str, password: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", PRELUDE + textwrap.dedent(body), str(db), user, password, *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def reopen_and_check(db: Path, user: str, password: str):
    """Opens the database as the app would and checks it page by page and as a whole."""
    session = Access(db, paths.migrations_dir(), MemoryCache()).login(user, password)
    assert check_file(db, session.dek) == [], "the database is damaged after the kill"
    return session
