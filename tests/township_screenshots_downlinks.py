"""Renders the township window's 考核复核, 下发 (both tabs) and 回复 pages to PNG (issue 21 item 2),
for the README and for a look during review: the hand-built township of tests/township/window_data.py
whose first village also reported its members' quarterly reviews, one of them reviewed again at the
township, a task for every village and a training session kept and not yet sent.

    uv run python tests/township_screenshots_downlinks.py [zh_CN|en] [OUT_DIR]

Prints each page's minimum size beside its file: it must fit 1280x800 in both languages."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from gridDesk.domain.township import ADMISSION_LIST  # noqa: E402
from gridDesk.services.township import create_township, open_township  # noqa: E402
from gridDesk.services.township_downlinks import parse_attendee, send_task, send_training  # noqa: E402
from gridDesk.services.township_import import import_stick  # noqa: E402
from gridDesk.services.township_reply import answer_escalation  # noqa: E402
from gridDesk.services.township_reviews import record_second_review  # noqa: E402
from gridDesk.ui import i18n  # noqa: E402
from gridDesk.ui.theme import STYLE  # noqa: E402
from gridDesk.ui.township.context import TownshipContext  # noqa: E402
from gridDesk.ui.township.pages import build_township_window  # noqa: E402
from tests.township.reviews_items import review_row, reviews_item  # noqa: E402
from tests.township.window_data import register, settle, three_villages  # noqa: E402

PASSWORD = "Grid@2026pass"


def settle_events() -> None:
    for _ in range(15):
        QApplication.processEvents()
        time.sleep(0.02)


def township(work: Path):
    db = str(work / "township.db")
    create_township(db, "140105100", "小店镇", "zhuren", "李主任", PASSWORD, work / "files")
    session = open_township(db, "zhuren", PASSWORD)
    a, b, c = three_villages(work / "stick")
    register(session, [a, b, c])
    import_stick(session, work / "stick")
    settle(session, a, b, c)
    a.batch(work / "stick2", items=(reviews_item(a, [
        review_row("2026Q3", "张三", "first", 1, "入户走访扎实，台账完整"),
        review_row("2026Q3", "李四", "first", 2, "矛盾纠纷排查及时"),
        review_row("2026Q3", "王小红", "first", 3, "民情日志有缺记，已提醒")]),), bagging_date="2026-12-01")
    import_stick(session, work / "stick2")
    answer_escalation(session, a.code, f"{a.code}-2026-00007", 1, "instruct", "请村里先行调解，三日内报结果。")
    record_second_review(session, a.code, "2026Q3", "李四", "同意村党组织初评结果", None, date.today())
    send_task(session, None, ADMISSION_LIST[1], "开展春节前矛盾纠纷大排查", date.today() + timedelta(days=20),
              "小综治〔2026〕3号", "逐户排查，月底报结果。")
    held = (datetime.now() - timedelta(days=2)).replace(hour=9, minute=0)
    send_training(session, a.code, "人民调解实务", held, "2.5", "镇会议室", "司法所王所长", False,
                  [parse_attendee("张三"), parse_attendee("王小红")])
    return session, a


def main(language: str, out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet(STYLE)
    i18n.install(app, language)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "zh_CN" else "_en"
    fits = True
    with tempfile.TemporaryDirectory() as tmp:
        session, a = township(Path(tmp))
        try:
            window = build_township_window(TownshipContext(session))
            window.resize(1280, 800)
            window.show()
            shots = []
            page = window.open("reviews")
            page.select(a.code, "2026Q3", "张三")
            page.form.decision.setPlainText("同意初评，民情日志一项调整")
            page.form.add_change("民情日志", "85", "复核台账后调整")
            shots.append(("reviews", None))
            page = window.open("downlinks")
            shots += [("downlinks", lambda: page.tabs.setCurrentIndex(0)),
                      ("downlinks_training", lambda: page.tabs.setCurrentIndex(1))]
            for key, before in shots:
                window.open("downlinks" if key.startswith("downlinks") else key)
                if before:
                    before()
                settle_events()
                hint = window.minimumSizeHint()
                fits &= hint.width() <= 1280 and hint.height() <= 800
                path = out / f"township_{key}{suffix}.png"
                window.grab().save(str(path))
                print(path, f"minimum {hint.width()}x{hint.height()}")
            window.open("reply")
            settle_events()
            path = out / f"township_reply_pending{suffix}.png"
            window.grab().save(str(path))
            print(path, f"minimum {window.minimumSizeHint().width()}x{window.minimumSizeHint().height()}")
            window.close()
        finally:
            session.close()
    return 0 if fits else 1


if __name__ == "__main__":
    lang = sys.argv[1] if len(sys.argv) > 1 else "zh_CN"
    sys.exit(main(lang, Path(sys.argv[2]) if len(sys.argv) > 2 else Path("resources/screenshots")))
