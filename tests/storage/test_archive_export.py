"""档案上报 on a real database: the batch on a stick verifies, batches chain, a correction goes out as
a new version, privacy by default, and a failing stick leaves nothing that looks complete."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.archive.receipt import sign_report, township_key
from gridDesk.archive.verify import report_text, report_xml, verify_path
from gridDesk.domain.archive import ExportProfile
from gridDesk.domain.cases import CaseAction, CaseState
from gridDesk.domain.errors import GridDeskError, ValidationError
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from tests.injected_faults import failing_open


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _stick(tmp_path) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    return stick


def test_a_batch_on_the_stick_verifies_and_the_next_one_chains_to_it(demo, tmp_path):
    archive = ArchiveService(demo)
    closed = [c for c in CasesService(demo).list(None) if c.state is CaseState.CLOSED]
    assert len(archive.pending()) == len(closed) > 0
    stick = _stick(tmp_path)
    first, report = archive.export(stick)
    assert report.passed and archive.pending() == []
    key = archive.signing_key().public()
    reports = verify_path(stick, [key])
    assert all(r.passed for r in reports), report_text(reports)
    text = (stick / first.name / "data").rglob("residents.csv").__next__().read_text(encoding="utf-8-sig")
    assert "*" in text  # ID numbers and phones masked by default
    groups = next((stick / first.name / "data").rglob("keygroups.csv")).read_text(encoding="utf-8-sig")
    assert "严重精神障碍" not in groups and "社区矫正" not in groups
    # Each case's metadata says how it ended, next to the resident's satisfaction (issue 15 item 7).
    items = [p.read_text(encoding="utf-8") for p in (stick / first.name / "data").rglob("*-WGSJ-*.xml")]
    assert len(items) == len(closed)
    assert any('名称="办结类型">实质性办结<' in x and '名称="回访满意度">满意<' in x for x in items)
    assert any('名称="办结类型">实质性化解<' in x for x in items)
    # A correction appended to a closed case goes out again, as version 2, in the change list.
    cases = CasesService(demo)
    case = cases.get(closed[0].id)
    cases.act(case.id, case.version, STEP_INPUTS[CaseAction.NOTE](detail="更正：当事人姓名写错"))
    second, _report = archive.export(stick)
    changes = next((stick / second.name / "data").rglob("变更清单.xml")).read_text(encoding="utf-8")
    assert "更正：当事人姓名写错" in changes and '版本="2"' in changes
    info = (stick / second.name / "bag-info.txt").read_text(encoding="utf-8")
    assert f"Previous-Bag-Digest-SM3: {first.digest_sm3}" in info and f"Previous-Bag: {first.name}" in info
    assert all(r.passed for r in verify_path(stick, [key]))
    history = archive.history()
    assert [b.name for b in history] == [second.name, first.name] and history[0].previous_digest == first.digest_sm3
    rows, _n = AuditService(demo).query(AuditFilter(action="export"))
    assert any(first.digest_sm3 in r.detail for r in rows)
    # The township's report, signed with the township's key registered here, comes back as the receipt.
    township, _made = township_key(tmp_path / "township")
    archive.register_township(township.public().fingerprint())
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(report_xml(verify_path(stick / first.name, [key])), township))
    assert [b.name for b in archive.import_receipt(receipt)] == [first.name]
    assert archive.history()[1].received_at is not None


def test_sensitive_groups_go_out_only_with_a_stated_reason(demo, tmp_path):
    archive = ArchiveService(demo)
    with pytest.raises(ValidationError, match="原因"):
        archive.export(_stick(tmp_path), ExportProfile(sensitive_groups=True))
    prepared, _r = archive.export(_stick(tmp_path), ExportProfile(sensitive_groups=True, reason="县综治中心专项核查"))
    info = (_stick(tmp_path) / prepared.name / "bag-info.txt").read_text(encoding="utf-8")
    assert "县综治中心专项核查" in info
    rows, _n = AuditService(demo).query(AuditFilter(action="export"))
    assert any("县综治中心专项核查" in r.detail for r in rows)


@pytest.mark.parametrize("fault", ["eio", "enospc", "cancel"])
def test_a_failing_stick_leaves_only_a_partial_folder(demo, tmp_path, monkeypatch, fault):
    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    import builtins

    real_open = builtins.open
    code = errno.EIO if fault == "eio" else errno.ENOSPC
    opener = failing_open(lambda path, mode: "w" in mode and path.startswith(str(stick)) and ".partial" in path,
                          after=20_000, errno=code)

    if fault == "cancel":
        calls = [0]

        def cancelled():
            calls[0] += 1
            return calls[0] > 3

        with pytest.raises(GridDeskError, match="已取消"):
            archive.export(stick, cancelled=cancelled)
    else:
        monkeypatch.setattr(builtins, "open", opener)
        with pytest.raises(GridDeskError, match="U 盘已满" if fault == "enospc" else "U 盘被拔出或已满"):
            archive.export(stick)
        monkeypatch.setattr(builtins, "open", real_open)
    names = [p.name for p in stick.iterdir()]
    assert len(names) == 1 and names[0].endswith(".partial") and not (stick / "说明文件.TXT").exists()
    assert archive.history() == [] and archive.pending() != []
    assert not all(r.passed for r in verify_path(stick, [archive.signing_key().public()]))
    # Once the stick is fine again the same batch goes through; the stale .partial is replaced.
    prepared, report = archive.export(stick)
    assert report.passed and sorted(p.name for p in stick.iterdir()) == sorted([prepared.name, "说明文件.TXT"])


def test_a_stick_without_room_is_refused_before_a_byte_is_written(demo, tmp_path, monkeypatch):
    import shutil as sh
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(sh, "disk_usage", lambda _p: usage(10, 10, 1000))
    stick = _stick(tmp_path)
    with pytest.raises(ValidationError, match="空间不够"):
        ArchiveService(demo).export(stick)
    assert list(stick.iterdir()) == []


def test_a_write_failing_mid_stream_stops_the_reader_and_leaves_no_bag(demo, tmp_path, monkeypatch):
    import gridDesk.archive.bag as bag

    calls = [0]
    real = bag._write

    def failing(path, data):
        calls[0] += 1
        if calls[0] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    stick = _stick(tmp_path)
    monkeypatch.setattr(bag, "_write", failing)
    with pytest.raises(GridDeskError, match="U 盘已满"):
        ArchiveService(demo).export(stick)
    monkeypatch.setattr(bag, "_write", real)
    assert [p.name.endswith(".partial") for p in stick.iterdir()] == [True]
    # The reader thread let go of its connection: the database is as usable as before.
    prepared, report = ArchiveService(demo).export(stick)
    assert report.passed and sorted(p.name for p in stick.iterdir()) == sorted([prepared.name, "说明文件.TXT"])


def _crash_after_the_rename(archive, stick, monkeypatch):
    """The process stops between the stick's rename and the history row (in-process; the real
    kill -9 is in tests/fault/test_kill9.py)."""
    from gridDesk.services.archive_export import ArchiveService as Service

    real = Service._describe

    def crash(self, *a):
        raise KeyboardInterrupt

    monkeypatch.setattr(Service, "_describe", crash)
    with pytest.raises(KeyboardInterrupt):
        archive.export(stick)
    monkeypatch.setattr(Service, "_describe", real)
    assert archive.history() == [] and archive.interrupted() is not None


def test_an_interrupted_batch_found_on_another_mount_point_is_recorded_once(demo, tmp_path, monkeypatch):
    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    _crash_after_the_rename(archive, stick, monkeypatch)
    (name,) = [p.name for p in stick.iterdir()]
    moved = tmp_path / "E"  # the same stick, mounted elsewhere the next time
    stick.rename(moved)
    assert archive.recover_interrupted() is None and archive.interrupted() is not None  # not here: kept
    prepared, report = archive.export(moved)
    assert prepared.recovered and report.passed and [b.name for b in archive.history()] == [name]
    assert archive.interrupted() is None and archive.recover_interrupted() is None
    described = (moved / "说明文件.TXT").read_text(encoding="utf-8-sig")
    assert described.count(name) == 1 and prepared.digest_sm3 in described


def test_an_interrupted_batch_that_no_longer_verifies_is_not_recorded(demo, tmp_path, monkeypatch):
    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    _crash_after_the_rename(archive, stick, monkeypatch)
    (bag,) = list(stick.iterdir())
    csv = next((bag / "data").rglob("*.csv"))
    csv.write_bytes(csv.read_bytes() + b"x")  # a bad block on the stick
    with pytest.raises(ValidationError, match="校验没有通过.*请删除 U 盘上的"):
        archive.export(stick)
    assert archive.history() == []
    import shutil

    shutil.rmtree(bag)  # as the message says; the next export is an ordinary one
    prepared, report = archive.export(stick)
    assert not prepared.recovered and report.passed and archive.interrupted() is None
    rows, _n = AuditService(demo).query(AuditFilter(action="export"))
    assert any("上次中断的导出没有补记" in r.detail for r in rows)


def test_a_bag_of_the_same_name_that_is_not_the_interrupted_one_is_not_recorded(demo, tmp_path, monkeypatch):
    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    _crash_after_the_rename(archive, stick, monkeypatch)
    (bag,) = list(stick.iterdir())
    (bag / "tagmanifest-sm3.txt").write_bytes(b"something else\n")  # another package under that name
    # Neither recorded nor overwritten; the note is kept (the real stick may come back), and the
    # refusal says what to do.
    with pytest.raises(GridDeskError, match="不是上次导出中断时写入的那个包.*移走"):
        archive.export(stick)
    assert archive.history() == [] and archive.interrupted() is not None
    assert (bag / "tagmanifest-sm3.txt").read_bytes() == b"something else\n"


def _killed_before_the_rename(archive, stick, monkeypatch) -> str:
    """kill -9 after the note was written and before the rename: the stick holds the complete bag
    in its `.partial` folder (in-process: no clean-up runs, as after a kill)."""
    from gridDesk.services.archive_export import ArchiveService as Service

    real = Service._journal

    def note_then_die(self, *a):
        real(self, *a)
        raise KeyboardInterrupt

    monkeypatch.setattr(Service, "_journal", note_then_die)
    monkeypatch.setattr(Service, "_clear_journal", lambda self: None)
    with pytest.raises(KeyboardInterrupt):
        archive.export(stick)
    monkeypatch.undo()
    return archive.interrupted()["name"]


def test_a_link_planted_under_the_batch_name_is_not_recorded_as_written(demo, tmp_path, monkeypatch):
    """A stick that puts a link named like the batch, pointing at the `.partial` folder the crash
    left (or any copy of the bag), must not make the batch count as written to that stick."""
    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    name = _killed_before_the_rename(archive, stick, monkeypatch)
    partial = stick / f"{name}.partial"
    assert partial.is_dir() and not (stick / name).exists()
    (stick / name).symlink_to(partial, target_is_directory=True)
    with pytest.raises(ValidationError, match="链接"):
        archive.recover_interrupted(stick)
    assert archive.history() == [] and archive.interrupted() is not None
    assert partial.is_dir()  # nothing deleted on the strength of a link


def test_recovery_does_not_run_while_an_export_in_this_process_is_writing(demo, tmp_path, monkeypatch):
    import gridDesk.services.archive_export as module

    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    seen = []
    real = module.write_onto

    def write_then_look(*a, **k):
        final = real(*a, **k)  # renamed on the stick, not recorded yet: what recovery looks for
        seen.append(ArchiveService(demo).recover_interrupted(stick))
        return final

    monkeypatch.setattr(module, "write_onto", write_then_look)
    prepared, report = archive.export(stick)
    assert report.passed and seen == [None] and [b.name for b in archive.history()] == [prepared.name]


def test_a_planted_older_batch_under_the_pending_name_is_neither_recorded_nor_forgets_the_real_one(
        demo, tmp_path, monkeypatch):
    """A stick carrying an older batch of ours (signed by us) renamed as the batch that was being
    written: not recorded, and not a reason to forget the note either (the real stick may still
    come back: forgetting would make the next export reuse the name for a different bag)."""
    import shutil

    archive = ArchiveService(demo)
    first = _stick(tmp_path)
    old, _report = archive.export(first)
    real = tmp_path / "real"
    real.mkdir()
    from gridDesk.services.archive_export import ArchiveService as Service

    describe = Service._describe
    monkeypatch.setattr(Service, "_describe", lambda self, *a: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        archive.export(real)
    monkeypatch.setattr(Service, "_describe", describe)
    name = archive.interrupted()["name"]
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    shutil.copytree(first / old.name, hostile / name)
    real.rename(tmp_path / "away")  # the real stick is not plugged in
    with pytest.raises(ValidationError, match="不是上次导出中断时写入的那个包"):
        archive.export(hostile)
    assert [b.name for b in archive.history()] == [old.name] and archive.interrupted()["name"] == name
    (tmp_path / "away").rename(real)
    prepared, report = archive.export(real)  # the real stick comes back
    assert prepared.recovered and report.passed and sorted(b.name for b in archive.history()) == [old.name, name]


_OPENED_FOR_WRITING: list[str] | None = None


def _watch_writes(event: str, args: tuple) -> None:
    """An audit hook (PEP 578): every file Python opens for writing while a test watches."""
    if _OPENED_FOR_WRITING is None or event != "open":
        return
    path, mode, flags = args
    if isinstance(path, int) or path is None:
        return
    writing = (flags or 0) & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) or any(c in (mode or "") for c in "wax+")
    if writing:
        _OPENED_FOR_WRITING.append(os.fsdecode(path))


sys.addaudithook(_watch_writes)


def test_the_bag_is_written_only_onto_the_stick(demo, tmp_path):
    """No scratch copy on the local disk (issue 16 item 9): every file the export opens for
    writing is under the stick, and the data folder gains no exports/ leftovers."""
    global _OPENED_FOR_WRITING
    stick = _stick(tmp_path)
    _OPENED_FOR_WRITING = []
    try:
        prepared, report = ArchiveService(demo).export(stick)
    finally:
        written, _OPENED_FOR_WRITING = _OPENED_FOR_WRITING, None
    assert report.passed
    assert len(written) > 20 and all(Path(p).is_relative_to(stick) for p in written), \
        [p for p in written if not Path(p).is_relative_to(stick)][:5]
    exports = paths.exports_dir(demo.db_path)
    assert not exports.exists() or not list(exports.iterdir())
    assert sorted(p.name for p in stick.iterdir()) == sorted([prepared.name, "说明文件.TXT"])


def test_a_stick_that_gives_back_other_bytes_is_caught_before_the_rename(demo, tmp_path, monkeypatch):
    """The read-back reads the stick (its pages dropped from memory after the flush): a byte that
    comes back changed (a bad block, a fake-capacity stick) stops the export before the rename,
    with no history row; the useless .partial is removed."""
    from gridDesk.security import fileio

    real = fileio.DeviceFlush.forget_cached

    def flush_then_lose_a_byte(self):
        real(self)
        csv = next(self.folder.rglob("residents.csv"))
        data = bytearray(csv.read_bytes())
        data[len(data) // 2] ^= 0x20
        csv.write_bytes(bytes(data))

    monkeypatch.setattr(fileio.DeviceFlush, "forget_cached", flush_then_lose_a_byte)
    stick = _stick(tmp_path)
    archive = ArchiveService(demo)
    with pytest.raises(ValidationError, match="读回的包与写入的不一致"):
        archive.export(stick)
    assert list(stick.iterdir()) == [] and archive.history() == [] and archive.interrupted() is None


def test_the_centres_cycle_travels_in_its_own_categories_and_only_once(demo, tmp_path):
    """Issue 18 item 6: the daily logs, the patrols and the final meetings' minutes are items of
    their own (MQRZ, XCJL, HYJY) with DA/T 46 metadata; the next batch carries only what was
    written since; the verifier passes them (the minutes PDF opens, its fonts embedded)."""
    import csv
    import io

    from gridDesk.services.daily_logs import DailyLogsService
    from gridDesk.services.meetings import MeetingsService
    from gridDesk.services.patrols import PatrolsService

    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    first, report = archive.export(stick)
    assert report.passed
    data = stick / first.name / "data"
    logs_csv = next(data.rglob("dailylogs.csv")).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(logs_csv)))
    from datetime import timedelta

    today = DailyLogsService(demo).today()
    last_month = today.replace(day=1) - timedelta(days=1)
    signed = sum(1 for r in DailyLogsService(demo).month(last_month.year, last_month.month) for m in r.marks
                 if m.value == "signed")
    assert rows[0][:3] == ["日期", "网格员", "今日无异常"] and len(rows) > 1
    assert sum(1 for r in rows[1:] if r[8] == "已签核" and r[0].startswith(f"{last_month:%Y-%m}")) == signed > 0
    patrols = list(csv.reader(io.StringIO(next(data.rglob("patrols.csv")).read_text(encoding="utf-8-sig"))))
    recorded = PatrolsService(demo).log_list(today.replace(year=today.year - 1), today)
    assert len(patrols) - 1 == len(recorded) > 0
    assert sum(1 for r in patrols[1:] if r[4] == "发现问题") == sum(1 for p in recorded if p.finding)
    final = [m for m in MeetingsService(demo).of_year(today.year) + MeetingsService(demo).of_year(today.year - 1)
             if m.final]
    minutes = list(data.rglob("*-HYJY-*.xml"))
    assert len(minutes) == len(final) > 0 and len(list(data.rglob("minutes.pdf"))) == len(final)
    xml = minutes[0].read_text(encoding="utf-8")
    assert "<类别>会议纪要</类别>" in xml and "<题名>" in xml and "月例会会议纪要" in xml
    assert len(list(data.rglob("*-MQRZ-*.xml"))) == 1 and len(list(data.rglob("*-XCJL-*.xml"))) == 1
    # Nothing new since: the next batch's logs and patrols are empty and no minutes go again.
    second, report = archive.export(stick)
    assert report.passed
    data = stick / second.name / "data"
    assert len(next(data.rglob("dailylogs.csv")).read_text(encoding="utf-8-sig").splitlines()) == 1
    assert len(next(data.rglob("patrols.csv")).read_text(encoding="utf-8-sig").splitlines()) == 1
    assert not list(data.rglob("*-HYJY-*.xml"))
    key = archive.signing_key().public()
    assert all(r.passed for r in verify_path(stick, [key]))


def test_the_quarterly_review_results_travel_once_with_the_closed_quarters_summary(demo, tmp_path):
    """Issue 18 item 6: the review results are a category of their own (KHJG 考核结果): each
    review recorded since the last batch, once, with its reviewer, decision, total, grade and the
    changes made with their reasons; the summary table of each quarter the township closed, as a
    PDF with its fonts embedded. The next batch, with nothing new, carries no review item."""
    import csv
    import io
    import subprocess

    from pypdf import PdfReader

    from gridDesk.domain.assessment import Quarter
    from gridDesk.services.assessment import AssessmentService
    from gridDesk.services.clock import local_dt

    today = local_dt(demo.clock()).date()
    last = Quarter.of(today).previous()
    closed = [mq for mq in AssessmentService(demo).quarter(last) if mq.reviews]
    expected = sum(len(mq.reviews) for mq in closed)
    assert expected == 2 * len(closed) > 0  # the demo's: a first and a second review each
    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    first, report = archive.export(stick)
    assert report.passed
    data = stick / first.name / "data"
    records = list(data.rglob("*-KHJG-*.xml"))
    assert len(records) == 1 and "<类别>考核结果</类别>" in records[0].read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(next(data.rglob("reviews.csv")).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["季度", "网格员", "评议"] and len(rows) - 1 == expected
    # the member's own number, last: the township's second review names them by it (issue 21)
    assert rows[0][-1] == "网格员编号" and {int(r[-1]) for r in rows[1:]} == {mq.member_id for mq in closed}
    assert {r[0] for r in rows[1:]} == {str(last)}
    assert sum(1 for r in rows[1:] if r[2] == "乡镇党委复评") == len(closed)
    changed = [r for r in rows[1:] if r[8]]
    assert len(changed) == sum(1 for mq in closed for r in mq.reviews if r.changes)
    names = {mq.name for mq in closed}
    assert {r[1] for r in rows[1:]} == names
    summary = next(data.rglob(f"summary-{last}.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(summary).pages)
    assert all(n in text for n in names)
    fonts = subprocess.run(["pdffonts", str(summary)], capture_output=True, text=True).stdout
    assert "yes" in fonts.splitlines()[2]
    second, report = archive.export(stick)
    assert report.passed
    assert not list((stick / second.name / "data").rglob("*-KHJG-*.xml"))


def test_the_division_report_travels_once_in_its_own_category(demo, tmp_path, monkeypatch):
    """Issue 19 item 6: the yearly division report (WGHF), its PDF as printed and its data as CSV,
    goes in the first batch after it is printed; a reprint of the same data does not send it again."""
    import csv
    import io

    from gridDesk.services.division_report import DivisionReportService

    archive = ArchiveService(demo)
    stick = _stick(tmp_path)
    first, _report = archive.export(stick)
    assert not list((stick / first.name / "data").rglob("*-WGHF-*.xml"))  # not printed yet: nothing to send
    reports = DivisionReportService(demo)
    year = reports._today().year
    reports.print_report(year, tmp_path / "d.pdf")
    # a batch refused for want of room is never recorded: the report waits for the next one
    import shutil as sh
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    with monkeypatch.context() as m:
        m.setattr(sh, "disk_usage", lambda _p: usage(10, 10, 1000))
        with pytest.raises(ValidationError):
            archive.export(stick)
    second, report = archive.export(stick)
    assert report.passed
    data = stick / second.name / "data"
    [xml] = list(data.rglob("*-WGHF-*.xml"))
    assert "<类别>网格划分</类别>" in xml.read_text(encoding="utf-8") and f"{year}年度网格划分情况报告" in xml.read_text(encoding="utf-8")
    assert next(data.rglob("division.pdf")).read_bytes() == (tmp_path / "d.pdf").read_bytes()
    rows = list(csv.reader(io.StringIO(next(data.rglob("division.csv")).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["网格编码", "网格名称", "类型"]
    assert len([r for r in rows[1:] if r and r[0].isdigit()]) == len(reports.report(year).grids)
    reports.print_report(year, tmp_path / "again.pdf")
    third, report = archive.export(stick)
    assert report.passed and not list((stick / third.name / "data").rglob("*-WGHF-*.xml"))
    key = archive.signing_key().public()
    assert all(r.passed for r in verify_path(stick, [key]))
