"""Starting GridDesk again (after a language change): the same command line, a new process.

Qt loads a catalogue once at start-up, so a new language needs a new process. The old one closes
through the window's normal close path first (running work finished or cancelled, the logout
recorded, the database closed) and releases its instance lock; only then is the new one started,
or it would find the lock still held.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QProcess


def command() -> tuple[str, list[str]]:
    """The program and arguments this process was started with."""
    if getattr(sys, "frozen", False):  # the installed GridDesk.exe
        return sys.executable, sys.argv[1:]
    original = getattr(sys, "orig_argv", None)
    if original and len(original) > 1:  # python [flags] -m gridDesk ... / python griddesk-script ...
        return sys.executable, list(original[1:])
    return sys.executable, list(sys.argv)


def start_again() -> bool:
    program, arguments = command()
    started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    return started
