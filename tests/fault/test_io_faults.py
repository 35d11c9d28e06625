"""A full disk and I/O errors in every path that writes a file: a backup, an archive export, a
printout saved to a file, an attachment saved out, an Excel export. Each says in plain words what
happened and leaves nothing that looks complete."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from gridDesk.archive.verify import verify_path
from gridDesk.domain.attachments import NewAttachment
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import GridDeskError
from gridDesk.security import fileio
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.attachments import AttachmentsService
from gridDesk.services.backups import BackupService
from gridDesk.services.cases import CasesService
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.storage.backup_sets import list_sets
from tests.fault.children import run_child
from tests.injected_faults import failing_open
from tests.fault.conftest import DEMO_PW, DEMO_USER

FILLER = "filler.bin"


@pytest.fixture
def full_stick(tmp_path):
    """A real small file system (tmpfs) with only a few KB left: writes fail with ENOSPC."""
    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(stick)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()}); the EIO and EFBIG tests still run")
    try:
        fd = os.open(stick / FILLER, os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        os.truncate(stick / FILLER, os.path.getsize(stick / FILLER) - 16 * 1024)
        yield stick
    finally:
        subprocess.run(["umount", "-l", str(stick)], capture_output=True)


def _attachment_id(session) -> int:
    cases = CasesService(session)
    photo = b"\xff\xd8\xff\xe0" + os.urandom(200_000)
    case_id = cases.report(CaseReport("照片测试", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      __import__("datetime").datetime(2026, 3, 2, 9, 0)),
                           [NewAttachment("现场.jpg", photo)]).ids[0]
    return AttachmentsService(session).listed("case", case_id)[0].id


def _grid(session) -> str:
    return RosterService(session).tree()[0].code


# Each path: (what it writes, how it is called); the call returns the final names it would make.
def _backup(session, stick: Path) -> list[Path]:
    BackupService(session).backup(stick)
    return []


def _archive(session, stick: Path) -> list[Path]:
    ArchiveService(session).export(stick)
    return []


def _print(session, stick: Path) -> list[Path]:
    PrintService(session).print_signs(stick / "公示牌.pdf", [_grid(session)])
    return [stick / "公示牌.pdf"]


def _attachment(session, stick: Path) -> list[Path]:
    AttachmentsService(session).save_to(_attachment_id(session), stick / "现场.jpg")
    return [stick / "现场.jpg"]


def _excel(session, stick: Path) -> list[Path]:
    ExportService(session).export("residents", stick / "居民.xlsx")
    return [stick / "居民.xlsx"]


PATHS = {"backup": _backup, "archive": _archive, "print": _print, "attachment": _attachment, "excel": _excel}
FINAL = {"print": ["公示牌.pdf"], "attachment": ["现场.jpg"], "excel": ["居民.xlsx"]}


def _nothing_complete(kind: str, session, stick: Path) -> None:
    leftovers = sorted(p.name for p in stick.iterdir() if p.name not in (FILLER, "lost+found"))
    assert not any(name in leftovers for name in FINAL.get(kind, [])), leftovers
    assert not [n for n in leftovers if n.endswith((".tmp",))], leftovers
    assert list_sets(stick) == []
    if kind == "archive":
        assert all(n.endswith(".partial") for n in leftovers), leftovers
        assert ArchiveService(session).history() == []
        assert not any(r.passed for r in verify_path(stick, [ArchiveService(session).signing_key().public()]))


@pytest.mark.parametrize("kind", sorted(PATHS))
def test_a_full_stick(kind, demo, full_stick):
    if kind == "attachment":
        attachment_id = _attachment_id(demo)
        call = lambda: AttachmentsService(demo).save_to(attachment_id, full_stick / "现场.jpg")  # noqa: E731
    else:
        call = lambda: PATHS[kind](demo, full_stick)  # noqa: E731
    with pytest.raises(GridDeskError) as failed:
        call()
    message = failed.value.message
    assert "满" in message or "空间不够" in message, message
    _nothing_complete(kind, demo, full_stick)


@pytest.mark.parametrize("kind", ["print", "attachment", "excel"])
def test_an_io_error_mid_write(kind, demo, tmp_path, monkeypatch):
    target = tmp_path / "out"
    target.mkdir()
    if kind == "attachment":
        attachment_id = _attachment_id(demo)
    failing = failing_open(lambda _path, mode: "w" in mode, after=4096)

    if kind == "excel":
        import gridDesk.sheets.writer as writer

        def replace(_src, _dst):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        monkeypatch.setattr(writer.os, "replace", replace)
    else:
        monkeypatch.setattr(fileio, "open", failing, raising=False)
    with pytest.raises(GridDeskError) as failed:
        if kind == "attachment":
            AttachmentsService(demo).save_to(attachment_id, target / "现场.jpg")
        else:
            PATHS[kind](demo, target)
    assert "Input/output error" in failed.value.message or "I/O" in failed.value.message
    monkeypatch.undo()
    assert sorted(p.name for p in target.iterdir()) == []


@pytest.mark.parametrize("kind", ["backup", "print"])
def test_a_file_size_limit_hit_inside_sqlite_and_reportlab(kind, db, tmp_path):
    """RLIMIT_FSIZE makes the kernel refuse every write past a size, C code included (EFBIG)."""
    target = tmp_path / "out"
    done = run_child("""
        import resource, signal
        from gridDesk.domain.errors import GridDeskError
        from gridDesk.services.backups import BackupService
        from gridDesk.services.printouts import PrintService
        from gridDesk.services.roster import RosterService
        session = login()
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ((64 if sys.argv[4] == "backup" else 16) * 1024,
                                                   resource.RLIM_INFINITY))
        target = Path(sys.argv[5])
        target.mkdir()
        try:
            if sys.argv[4] == "backup":
                BackupService(session).backup(target)
            else:
                PrintService(session).print_signs(target / "公示牌.pdf", None)
        except GridDeskError as exc:
            ack("REFUSED", exc.message)
    """, db, DEMO_USER, DEMO_PW, kind, str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("REFUSED"), done.stdout
    assert "File too large" in done.stdout or "disk I/O error" in done.stdout or "database or disk is full" in done.stdout
    assert sorted(p.name for p in target.iterdir()) == []


def test_a_stick_that_fills_up_during_the_backup(demo, full_stick, monkeypatch):
    """The room check passes (a stick can say it has room it has not) and SQLite meets ENOSPC."""
    from collections import namedtuple

    import gridDesk.storage.backup_sets as sets

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(sets.shutil, "disk_usage", lambda _p: usage(2 ** 40, 0, 2 ** 40))
    with pytest.raises(GridDeskError, match="已满"):
        BackupService(demo).backup(full_stick)
    _nothing_complete("backup", demo, full_stick)
    assert sorted(p.name for p in full_stick.iterdir()) == [FILLER]


def test_a_stick_that_fills_up_during_the_archive_export(demo, full_stick, monkeypatch):
    """The room check passes (a stick can say it has room it has not) and the write itself meets
    ENOSPC on a real full file system: a plain sentence, only the `.partial` folder, no history
    row and no export audit row; with room again the same batch goes through."""
    from collections import namedtuple

    import gridDesk.archive.stick as stick

    from gridDesk.services.audit import AuditFilter, AuditService

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(stick.shutil, "disk_usage", lambda _p: usage(2 ** 40, 0, 2 ** 40))
    with pytest.raises(GridDeskError, match="U 盘已满"):
        ArchiveService(demo).export(full_stick)
    _nothing_complete("archive", demo, full_stick)
    assert [p.name.endswith(".partial") for p in full_stick.iterdir() if p.name != FILLER] == [True]
    assert AuditService(demo).query(AuditFilter(action="export"))[1] == 0
    (full_stick / FILLER).unlink()
    prepared, report = ArchiveService(demo).export(full_stick)  # the stale .partial is cleared first
    assert report.passed and sorted(p.name for p in full_stick.iterdir()) == sorted([prepared.name, "说明文件.TXT"])
