"""Renders the township's window to PNG (issue 21 item 2), for the README and for a look during
review: a hand-built township of three villages (tests/township/window_data.py) on an encrypted
file, each page at 1280x800, in Chinese or English.

    uv run python tests/township_screenshots.py [zh_CN|en] [OUT_DIR]

Prints each page's minimum size beside its file: it must fit 1280x800 in both languages."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from gridDesk.services.township import create_township, open_township  # noqa: E402
from gridDesk.services.township_import import import_stick  # noqa: E402
from gridDesk.services.township_reply import answer_escalation  # noqa: E402
from gridDesk.ui import i18n  # noqa: E402
from gridDesk.ui.theme import STYLE  # noqa: E402
from gridDesk.ui.township.context import TownshipContext  # noqa: E402
from gridDesk.ui.township.pages import build_township_window  # noqa: E402
from tests.township.window_data import register, settle, three_villages  # noqa: E402

PASSWORD = "Grid@2026pass"


def settle_events() -> None:
    for _ in range(15):
        QApplication.processEvents()
        time.sleep(0.02)


def main(language: str, out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet(STYLE)
    i18n.install(app, language)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "zh_CN" else "_en"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = str(work / "township.db")
        create_township(db, "140105100", "小店镇", "zhuren", "李主任", PASSWORD, work / "files")
        session = open_township(db, "zhuren", PASSWORD)
        try:
            a, b, c = three_villages(work / "stick")
            register(session, [a, b, c])
            import_stick(session, work / "stick")
            settle(session, a, b, c)
            answer_escalation(session, a.code, f"{a.code}-2026-00007", 1, "instruct", "请村里先行调解，三日内报结果。")
            window = build_township_window(TownshipContext(session, date(2026, 12, 20)))
            window.resize(1280, 800)
            window.show()
            fits = True
            for key in window.keys():
                page = window.open(key)
                if key == "queue":
                    page.filter.setCurrentIndex(page.filter.findData("all"))
                    page.table.selectRow(1)
                if key == "villages":
                    page.choose([a.code, b.code, c.code])
                if key == "import":
                    page.folder.setText(str(work / "stick"))
                    page.start()
                    window.context.runner.wait(120_000)
                settle_events()
                hint = window.minimumSizeHint()
                fits &= hint.width() <= 1280 and hint.height() <= 800
                path = out / f"township_{key}{suffix}.png"
                window.grab().save(str(path))
                print(path, f"minimum {hint.width()}x{hint.height()}")
            window.close()
        finally:
            session.close()
    return 0 if fits else 1


if __name__ == "__main__":
    lang = sys.argv[1] if len(sys.argv) > 1 else "zh_CN"
    sys.exit(main(lang, Path(sys.argv[2]) if len(sys.argv) > 2 else Path("resources/screenshots")))
