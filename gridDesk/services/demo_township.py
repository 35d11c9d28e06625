"""`griddesk demo --township` (issue 21 item 6): a demo township of five demo villages, each a real
village database with its own SM2 key, its own code inside the township's and its own data, and
the stick their staff carried to the township: last month's batch and this month's of each
village, as the archive export writes them. Two villages are not in order, as in real life:

- LATE: it sent nothing last month; its first batch is this month's (the matrix shows last month
  missing, since the township registered it at the start of last month);
- BROKEN: its second batch of last month never reached the township (it stays in the village's
  folder), so this month's batch cannot follow on and the import refuses it in words.

The township database (an encrypted file, or PostgreSQL when --db is a URL) is made with its
director, the five villages are registered with their keys, and each village registers the
township's key, so that it can import the township's reply later. The stick is NOT imported:
that is the user's first step (`griddesk township import`).

Time: a village's months are played on a clock of its own (Access takes a clock, as every
service reads session.clock()), so last month's batch is dated last month; this month's is made
now. The township's import, answers and replies run on the real clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.errors import ValidationError
from ..paths import DB_NAME
from ..security.keycache import MemoryCache
from ..storage.township.engine import is_url
from .access import Access
from .archive_export import ArchiveService
from .cases import CasesService
from .demo import DEMO_PASSWORD, DEMO_USER, build_demo
from .township import TownshipSetup, add_village, create_township, default_files, open_township

TOWNSHIP_CODE = "140105100"
TOWNSHIP_NAME = "小店镇"
TOWNSHIP_USER = "zhuren"
TOWNSHIP_PASSWORD = DEMO_PASSWORD
ON_TIME, LATE, BROKEN = "on_time", "late", "broken"
# code, name, what the township will see of it; each village's people come from its own seed
VILLAGES = (("140105100201", "杏花村", ON_TIME), ("140105100202", "柳树湾村", ON_TIME),
            ("140105100203", "槐树庄村", ON_TIME), ("140105100204", "石桥村", LATE),
            ("140105100205", "河湾村", BROKEN))
DEFAULT_RESIDENTS = 60  # per village: the township sees batches, not people; five build in well under a minute

Progress = Callable[[int, int, str], None]  # (village number, of, its name)


@dataclass(frozen=True)
class DemoVillage:
    code: str
    name: str
    kind: str  # ON_TIME, LATE or BROKEN
    db_path: Path
    fingerprint: str
    pem: str  # its public key, registered at the township with the fingerprint
    recovery_key: str
    on_stick: tuple[str, ...]  # its batches on the stick, oldest first
    withheld: tuple[Path, ...]  # its batches that never reached the township (BROKEN)
    escalated: tuple[str, ...]  # numbers of its cases passed to the township
    migrations: Path
    township: str = ""  # the township key's fingerprint it registered, "" none yet


@dataclass(frozen=True)
class DemoTownship:
    spec: str  # the township's --db: its file, or the URL as given
    where: str  # the same, as the township names it (a URL without its password)
    code: str
    name: str
    username: str
    password: str  # "" on PostgreSQL: the server knows the staff member by their database role
    recovery_key: str  # "" on PostgreSQL
    fingerprint: str
    files: Path
    stick: Path
    villages: tuple[DemoVillage, ...]
    village_user: str = DEMO_USER
    village_password: str = DEMO_PASSWORD


def _month_before(today: date) -> date:
    """The first day of last month."""
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def _clock_from(start: datetime) -> Callable[[], float]:
    """A clock that reads `start` now and runs on from there at the real pace."""
    offset = start.timestamp() - time.time()
    return lambda: time.time() + offset


def _refuse_used(out: Path, spec: str) -> None:
    """A demo township goes into a folder of its own: one already there is not overwritten."""
    if out.exists() and not out.is_dir():
        raise ValidationError("out", "demo_township.out_not_folder", path=str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("out", "demo_township.out_unwritable", path=str(out),
                              os_error=exc.strerror or str(exc)) from None
    taken = [p for p in (out / "村", out / "U盘", out / "乡镇") if p.exists()]
    if not is_url(spec) and Path(spec).exists():
        taken.append(Path(spec))
    if taken:
        raise ValidationError("out", "demo_township.out_used", path=str(taken[0]))


def build_demo_township(out: Path, migrations: Path, residents: int = DEFAULT_RESIDENTS, db: str | None = None,
                        progress: Progress | None = None) -> DemoTownship:
    out = Path(out).expanduser().resolve()
    spec = str(db) if db else str(out / "乡镇" / "township.db")
    _refuse_used(out, spec)
    # The township first: it is quick, and a database already there is refused before any village is built.
    setup = create_demo_township(out, spec)
    villages, stick = build_villages(out, migrations, residents, progress, setup.fingerprint)
    return register_all(spec, setup, villages, stick)


def create_demo_township(out: Path, spec: str) -> TownshipSetup:
    files = Path(out) / "乡镇" / "files" if is_url(spec) else default_files(spec)
    return create_township(spec, TOWNSHIP_CODE, TOWNSHIP_NAME, TOWNSHIP_USER, "演示乡镇主任", TOWNSHIP_PASSWORD, files)


def build_villages(out: Path, migrations: Path, residents: int = DEFAULT_RESIDENTS, progress: Progress | None = None,
                   township_fingerprint: str = "") -> tuple[tuple[DemoVillage, ...], Path]:
    """The five villages (under out/村) and the stick (out/U盘) their batches were carried on; each
    registers the township's key now when it is given (else register_all does)."""
    stick = Path(out) / "U盘"
    stick.mkdir(parents=True)
    last_month = _month_before(date.today())

    # One after another: each opens its key slots with Argon2id, which takes memory as well as time.
    villages = []
    for n, (code, name, kind) in enumerate(VILLAGES, 1):
        if progress:
            progress(n, len(VILLAGES), name)
        villages.append(_village(Path(out) / "村" / f"{code}-{name}", migrations, code, name, kind, residents, n,
                                 stick, last_month, township_fingerprint))
    return tuple(villages), stick


def register_all(spec: str, setup: TownshipSetup, villages: tuple[DemoVillage, ...], stick: Path) -> DemoTownship:
    """Each village registered at the township with its key (as from the start of last month: last
    month's batch was due from every village), and the township's key registered at each village."""
    session = open_township(spec, TOWNSHIP_USER, TOWNSHIP_PASSWORD)
    try:
        registered = datetime.combine(_month_before(date.today()), datetime.min.time()).replace(hour=9)
        for v in villages:
            add_village(session, v.code, v.name, v.fingerprint, v.pem, registered_at=registered)
    finally:
        session.close()
    for v in (v for v in villages if v.township != setup.fingerprint):
        village = _access(v.db_path, v.migrations, time.time).login(DEMO_USER, DEMO_PASSWORD)
        try:
            ArchiveService(village).register_township(setup.fingerprint)
        finally:
            village.close()
    return DemoTownship(spec, setup.where, setup.code, setup.name, TOWNSHIP_USER,
                        "" if is_url(spec) else TOWNSHIP_PASSWORD, setup.recovery_key, setup.fingerprint,
                        Path(setup.files), stick, tuple(replace(v, township=setup.fingerprint) for v in villages))


def _village(folder: Path, migrations: Path, code: str, name: str, kind: str, residents: int, n: int, stick: Path,
             last_month: date, township_fingerprint: str) -> DemoVillage:
    # The village's month: built on the 20th of last month, its batch made the same day.
    clock = _clock_from(datetime.combine(last_month.replace(day=20), datetime.min.time()).replace(hour=9))
    summary = build_demo(folder, migrations, residents, make_access=lambda p: _access(p, migrations, clock),
                         with_activity=True, code=code, name=f"{name}（演示）", township=TOWNSHIP_NAME,
                         seed=2026 + n, light=True)
    session = _access(summary.db_path, migrations, clock).login(DEMO_USER, DEMO_PASSWORD)
    on_stick, withheld = [], []
    try:
        archive = ArchiveService(session)
        key = archive.ensure_signing_key()
        if township_fingerprint:  # so that it can import the township's reply
            archive.register_township(township_fingerprint)
        listed = CasesService(session).list(None)
        escalated = tuple(sorted(c.number for c in listed if c.escalated_at is not None))
        if kind != LATE:  # the late village let last month go by without a batch
            on_stick.append(archive.export(stick)[0].name)
        if kind == BROKEN:  # a second batch at the month's end, on a stick that never reached the township
            session.clock = _clock_from(datetime.combine(last_month.replace(day=27), datetime.min.time()).replace(hour=16))
            kept = folder / "未送达乡镇的U盘"
            kept.mkdir()
            withheld.append(archive.export(kept)[0].folder)
        session.clock = time.time  # this month's batch, made now
        on_stick.append(archive.export(stick)[0].name)
    finally:
        session.close()
    return DemoVillage(code, name, kind, folder / DB_NAME, key.public().fingerprint(), key.public().pem(),
                       summary.recovery_key, tuple(on_stick), tuple(withheld), escalated, migrations,
                       township_fingerprint)


def _access(path: Path, migrations: Path, clock: Callable[[], float]) -> Access:
    return Access(path, migrations, MemoryCache(enabled=False), clock=clock)
