"""Issue 19 item 6 on screen: a clerk splits a grid through the dialog (households picked by
villager group or address, counts before and after), prints the yearly division report, and sees
the size marks and the dashboard's reminder against the demo's figures counted by hand."""

from __future__ import annotations

from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from gridDesk import paths
from gridDesk.domain.division import ChangeKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.division import DivisionService
from gridDesk.services.grids import GridService
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from gridDesk.ui.pages.grids_tab import GridsTab
from tests.conftest import FakeClock
from tests.ui.helpers import when_dialog_opens

TODAY = datetime(2026, 12, 3, 10, 0)


@pytest.fixture
def demo(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _tab(qtbot, session) -> GridsTab:
    tab = GridsTab(RosterService(session), GridService(session), True)
    qtbot.addWidget(tab)
    tab.resize(1100, 420)
    tab.show()
    tab.refresh()
    return tab


def test_the_demo_division_counted_by_hand(qtbot, demo, tmp_path):
    """A split last year, a merge this year, a grid set up this month; two grids under the band
    of the demo's guidance (one of them the new grid, with no households yet)."""
    division = DivisionService(demo)
    history = division.history()
    assert [(c.kind, c.on.year) for c in history] == [(ChangeKind.SPLIT, 2025), (ChangeKind.MERGE, 2026),
                                                      (ChangeKind.CREATE, 2026)]
    with demo.db.transaction() as s:  # households counted straight from the table, grid by grid
        rows = s.execute(__import__("sqlalchemy").text(
            "SELECT g.code, count(h.id) FROM grids g LEFT JOIN households h ON h.grid_id = g.id "
            "WHERE g.retired_on IS NULL AND g.parent_id IS NULL GROUP BY g.code")).all()
    by_hand = dict(rows)
    guidance = division.guidance()
    low, high = guidance.band(RosterService(demo).tree()[0].kind)
    assert (guidance.rural, low, high) == (80, 40, 120)
    expected = {c: n for c, n in by_hand.items() if not low <= n <= high}
    assert len(expected) == 2 and 0 in expected.values()
    status = current_status(demo).as_dict()
    assert {c: v["households"] for c, v in status["grids_out_of_size"].items()} == expected
    assert status["division_report_due"] == "2026-01-25"
    tab = _tab(qtbot, demo)
    marked = {}
    for i in range(tab.tree.topLevelItemCount()):
        item = tab.tree.topLevelItem(i)
        marked[item.text(1)] = item.text(7)
    assert {c for c, word in marked.items() if word} == set(expected)
    assert "偏小" in marked[next(iter(expected))]
    tab.grab().save(str(tmp_path / "grids-tab.png"))
    # the grid dialog says it too, when the clerk opens the grid to save it (a warning, not a block)
    small = next(n for n in tab.nodes if n.code in expected and n.households)
    said = []

    def look(dialog):
        said.append(dialog.size.text())
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_dialog_opens(look)
    tab.edit(small, None)
    assert said == [f"现有 {small.households} 户，规模参考约 80 户（40–120 户）：⚠ 偏小，可保存，报送时请说明"]
    # and the dashboard's line: this year's report not printed, one grid out of the band
    from gridDesk.ui.widgets.division_notice import DivisionNotice

    notice = DivisionNotice(lambda: None)
    qtbot.addWidget(notice)
    notice.show_status(current_status(demo).as_dict(), TODAY.date())
    assert not notice.isHidden()
    assert notice.text.text() == ("2026 年度网格划分报告应于 2026-01-25 前报送乡镇，尚未打印（已逾期）。 "
                                  "2 个网格的户数超出规模参考范围。")


def test_a_clerk_splits_a_grid_through_the_dialog_and_prints_the_report(qtbot, demo, tmp_path, monkeypatch):
    tab = _tab(qtbot, demo)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    source = tab.selected()
    households, _places = DivisionService(demo).contents(source.code)
    street = households[0][2][:3]  # the first household's address: a villager group's street
    going = [h for h in households if street in h[2] or street in h[1]]
    assert 0 < len(going) < len(households)
    seen = {}

    def split(dialog):
        dialog.name.setText("第9网格（南片）")
        dialog.filter.setText(street)
        dialog.pick_shown.click()
        assert dialog.places.count() > 0  # the demo's places and risk points of the grid are offered
        dialog.places.item(0).setCheckState(Qt.CheckState.Checked)
        seen["place"] = dialog.places.item(0).data(Qt.ItemDataRole.UserRole)
        seen["preview"] = dialog.preview.text()
        dialog.why.setPlainText("南片新建安置房，按地址拆分")
        dialog.document.setText("某镇综治〔2026〕11号")
        dialog.grab().save(str(tmp_path / "split-dialog.png"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_dialog_opens(split)
    tab.division.split_button.click()
    people = sum(h[3] for h in going)
    total = sum(h[3] for h in households)
    assert f"新网格 {len(going)} 户 {people} 人" in seen["preview"]
    assert f"拆分后：{source.name} {len(households) - len(going)} 户 {total - people} 人" in seen["preview"]
    counts = {n.name: (n.households, n.residents) for n in RosterService(demo).tree()}
    assert counts["第9网格（南片）"] == (len(going), people)
    assert counts[source.name] == (len(households) - len(going), total - people)
    assert any(tab.tree.topLevelItem(i).text(0) == "第9网格（南片）" for i in range(tab.tree.topLevelItemCount()))
    new_code = next(n.code for n in RosterService(demo).tree() if n.name == "第9网格（南片）")
    assert [p[0] for p in DivisionService(demo).contents(new_code)[1]] == [seen["place"]]
    last = DivisionService(demo).history()[-1]
    assert last.kind is ChangeKind.SPLIT and last.document == "某镇综治〔2026〕11号"

    # The yearly report through the tab's button: the year asked, the file named, the PDF read back.
    out = tmp_path / "division.pdf"
    from gridDesk.ui import file_dialogs

    # the system's year box and save dialog answer as a clerk would (they are Qt's, not ours)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2027, True)))
    tab.division.report_button.click()
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "").replace(" ", "")
    for said in ("2027年度网格划分情况报告", "第9网格（南片）", "南片新建安置房", "某镇综治〔2026〕11号", "合并",
                 "填报人", "审核人"):
        assert said in text, said
    assert "2027" in tab.division.done.text() and tab.division.done.text().endswith("division.pdf")


def test_the_director_changes_the_size_guidance_and_the_marks_follow(qtbot, demo, tmp_path):
    """The guidance is data the director edits from the grids tab (the boxes hold only what the
    rules allow); the marks move at once."""
    tab = _tab(qtbot, demo)
    button = tab.division.guidance_button
    assert button.isVisible()
    seen = {}

    def edit(dialog):
        seen["shown"] = dialog.boxes["households.rural"].value()
        dialog.boxes["households.rural"].setValue(400)
        dialog.boxes["band.low_percent"].setValue(90)
        dialog.boxes["band.high_percent"].setValue(50)  # below 100%: the box will not go there
        seen["high"] = dialog.boxes["band.high_percent"].value()
        dialog.grab().save(str(tmp_path / "guidance.png"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_dialog_opens(edit)
    button.click()
    assert seen == {"shown": 80, "high": 100}
    guidance = DivisionService(demo).guidance()
    assert (guidance.rural, guidance.low_percent, guidance.high_percent) == (400, 90, 100)
    marks = [tab.tree.topLevelItem(i).text(7) for i in range(tab.tree.topLevelItemCount())]
    assert marks and all("偏小" in m for m in marks)  # every demo grid is far under 360 households now


def test_a_rename_through_the_grid_dialog_is_recorded_with_its_reason_and_document(qtbot, demo):
    tab = _tab(qtbot, demo)
    node = tab.nodes[0]

    def rename(dialog):
        assert dialog.why.isVisible() and dialog.document.isVisible()
        dialog.name.setText(node.name + "（东片）")
        dialog.why.setText("按村民小组调整后更名")
        dialog.document.setText("（测试）某镇综治〔2026〕9号")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_dialog_opens(rename)
    tab.edit(node, None)
    change = DivisionService(demo).history(node.code)[-1]
    assert change.kind is ChangeKind.RENAME and "更名为" in change.what
    assert (change.why, change.document) == ("按村民小组调整后更名", "（测试）某镇综治〔2026〕9号")
