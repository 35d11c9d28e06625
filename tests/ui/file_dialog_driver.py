"""Answers the app's file dialogs from a test, as the other UI tests do (monkeypatching
QFileDialog's static functions), noting the folder each was asked to open in. A real modal dialog
driven by a timer hung the full run when a box from an earlier test was still about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog


def answer(monkeypatch, seen: list[str], choose: Path | None) -> None:
    def asked(start: str) -> str:
        seen.append(str(Path(start) if Path(start).is_dir() else Path(start).parent))
        return "" if choose is None else str(choose)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start="", _f="", *a, **k: (asked(start), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _p, _t, start="", _f="", *a, **k: ([asked(start)] if choose else (asked(start) and []), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start="", _f="", *a, **k: (asked(start), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda _p, _t, start="", *a, **k: asked(start))
