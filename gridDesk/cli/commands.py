"""The headless subcommands. Passwords come on standard input, one per line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import paths
from ..domain.catalogue import Word
from ..domain.errors import GridDeskError
from ..security.keycache import MemoryCache
from ..services.access import Access
from ..services.accounts import AccountsService
from ..services.audit import AuditService
from ..services.demo import RESIDENTS_LIMIT, build_demo
from ..services.housekeeping import at_start
from .say import complain, say, text


def _lines(count: int) -> list[str]:
    got = []
    for _ in range(count):
        try:
            line = sys.stdin.readline()
        except UnicodeDecodeError:  # bytes that are not text in the console's encoding
            encoding = (getattr(sys.stdin, "encoding", None) or "UTF-8").upper()
            raise GridDeskError("cli.stdin_not_text", encoding=encoding) from None
        if not line:
            raise GridDeskError("cli.stdin_empty")
        got.append(line.rstrip("\r\n"))
    return got


def _access(db: Path) -> Access:
    # Never the OS keyring from the command line: "remember me" is a choice made in the app.
    return Access(db, paths.migrations_dir(), MemoryCache(enabled=False))


# One copy at a time on a database: a command waits this long for the app (or another command)
# to finish, then says so rather than working beside it.
WAIT_FOR_OTHER_COPY = 15.0


def run(args: argparse.Namespace, db: Path) -> int:
    if args.command in ("init", "demo", "verify", "verify-keys"):
        return _run(args, db)
    if args.command == "township":  # its own database (--db on the subcommand), not the village's
        from .township_command import run_township

        return run_township(args)
    lock = _access(db).instance_lock()
    lock.acquire(wait=WAIT_FOR_OTHER_COPY)
    try:
        at_start(db)  # the lock is ours: what a crash left can go, and the files are made private
        return _run(args, db)
    finally:
        lock.release()


def _run(args: argparse.Namespace, db: Path) -> int:
    if args.command == "init":
        (password,) = _lines(1)
        result = _access(db).create_centre(args.village, args.code, args.township, args.director,
                                           args.director_name, password)
        say("cli.init.done", name=result.centre.village_name, code=result.centre.division_code, path=db)
        say("cli.init.director", username=result.director.username)
        say("cli.init.recovery_key")
        print(f"  {result.recovery_key}")
        return 0
    if args.command == "demo":
        return _demo(args)
    if args.command == "users":
        return _users(args, db)
    if args.command == "audit":
        return _audit(args, db)
    if args.command == "import":
        return _import(args, db)
    if args.command == "status":
        return _status(args, db)
    if args.command == "export":
        return _export(args, db)
    if args.command == "print":
        return _print(args, db)
    if args.command == "cases":
        return _cases(args, db)
    if args.command == "report":  # issue 20: the report family (cli/report_command.py)
        from .report_command import run_report

        return _logged_in(args, db, run_report)
    if args.command == "verify":
        from .archive_commands import run_verify

        return run_verify(args)
    if args.command == "verify-keys":
        from .archive_commands import run_verify_keys

        return run_verify_keys(args)
    if args.command == "archive":
        from .archive_commands import run_archive

        (password,) = _lines(1)
        session = _access(db).login(args.user, password)
        try:
            return run_archive(args, session)
        finally:
            session.close()
    if args.command in ("backup", "check"):
        from .backup_commands import run_backup, run_check

        (password,) = _lines(1)
        session = _access(db).login(args.user, password)
        try:
            return run_backup(args, session) if args.command == "backup" else run_check(args, session)
        finally:
            session.close()
    if args.command == "restore":
        from .backup_commands import run_restore

        (password,) = _lines(1)
        return run_restore(args, db, password, lambda: _access(db).login(args.user, password))
    raise AssertionError(args.command)


def _logged_in(args: argparse.Namespace, db: Path, run) -> int:
    """`run(args, session)` for the account on --user, its password the first line of stdin."""
    (password,) = _lines(1)
    session = _access(db).login(args.user, password)
    try:
        return run(args, session)
    finally:
        session.close()


def _print(args: argparse.Namespace, db: Path) -> int:
    from .print_command import run_print

    return _logged_in(args, db, run_print)


def _cases(args: argparse.Namespace, db: Path) -> int:
    from .cases_command import run_cases

    return _logged_in(args, db, run_cases)


def _demo(args: argparse.Namespace) -> int:
    if getattr(args, "township", False):
        from .demo_township_command import run_demo_township

        return run_demo_township(args)
    if args.out is None:
        complain("cli.demo.need_out")
        return 2
    if args.residents is None:
        args.residents = 1000
    if args.residents < 1:
        complain("cli.demo.residents_min")
        return 2
    if args.residents > RESIDENTS_LIMIT:
        complain("cli.demo.residents_max", limit=RESIDENTS_LIMIT, value=args.residents)
        return 2

    def progress(done: int, total: int) -> None:
        print("\r" + text("cli.demo.progress", done=done, total=total), end="", file=sys.stderr, flush=True)

    summary = build_demo(args.out, paths.migrations_dir(), args.residents,
                         make_access=_access, progress=progress, with_activity=True)
    print(file=sys.stderr)
    say("cli.demo.database", path=summary.db_path)
    say("cli.demo.login", username=summary.username, password=summary.password)
    say("cli.demo.counts", grids=summary.grids, households=summary.households, residents=summary.residents,
        team=summary.team)
    say("cli.demo.activity", visits=summary.visits, cases=summary.cases)
    for path in _demo_printouts(summary):
        say("cli.generated", path=path)
    say("cli.demo.recovery_key", key=summary.recovery_key)
    return 0


def _demo_printouts(summary) -> list[Path]:
    """Every grid's sign, one grid's contact cards and the roster ledger, beside the database."""
    from ..services.printouts import PrintService

    folder = summary.db_path.parent
    session = _access(summary.db_path).login(summary.username, summary.password)
    try:
        service = PrintService(session)
        first = service.sign_status()[0].grid_code
        outputs = [folder / "公示牌-全部网格.pdf", folder / f"联系卡-{first}.pdf", folder / "居民花名册.pdf"]
        service.print_signs(outputs[0])
        service.print_cards(outputs[1], first)
        service.print_ledger(outputs[2], "residents")
        outputs += _demo_archive(session, folder)
    finally:
        session.close()
    return outputs


def _demo_archive(session, folder: Path) -> list[Path]:
    """An archive package on a pretend stick, its handover form and the township's report of it."""
    from ..archive.verify import report_text, report_xml, verify_path
    from ..services.archive_export import ArchiveService

    archive = ArchiveService(session)
    stick = folder / "U盘"
    stick.mkdir(exist_ok=True)
    prepared, _report = archive.export(stick)
    handover = folder / f"移交登记表-{prepared.name}.pdf"
    archive.handover_form(prepared.name, handover)
    reports = verify_path(stick, [archive.signing_key().public()])
    # The township's side of the demo: its own key signs the report, which the village registered.
    from ..archive.receipt import sign_report, township_key

    township, _made = township_key(folder / "乡镇")
    archive.register_township(township.public().fingerprint())
    (folder / "检测报告.xml").write_bytes(sign_report(report_xml(reports), township))
    (folder / "检测报告.txt").write_text(report_text(reports), encoding="utf-8")
    return [stick / prepared.name, handover, folder / "检测报告.txt"]


def _users(args: argparse.Namespace, db: Path) -> int:
    access = _access(db)
    (password, *rest) = _lines(2 if args.users_command == "add" else 1)
    session = access.login(args.user, password)
    try:
        service = AccountsService(session, access)
        if args.users_command == "add":
            from .main import ROLE_NAMES

            member = _member_named(session, args.member) if args.member else None
            service.add(args.username, args.name, ROLE_NAMES[args.role], rest[0], member_id=member)
            if args.grids:
                service.set_grids(args.username, [c.strip() for c in args.grids.split(",") if c.strip()])
            say("cli.users.added", username=args.username)
        elif args.users_command == "grids":
            service.set_grids(args.username, args.codes)
            say("cli.users.grids" if args.codes else "cli.users.no_grids", username=args.username, codes=args.codes)
        elif args.users_command == "disable":
            service.set_disabled(args.username, True)
            say("cli.users.disabled", username=args.username)
        elif args.users_command == "enable":
            service.set_disabled(args.username, False)
            say("cli.users.enabled", username=args.username)
        elif args.users_command == "remove":
            service.remove(args.username)
            say("cli.users.removed", username=args.username)
        else:
            for a in service.list():
                state = text("cli.account.disabled" if a.disabled else "cli.account.active")
                role = text(f"cli.role.{a.role.value}")
                print(f"{a.username}\t{a.display_name}\t{role}\t{state}\t{','.join(a.grid_codes) or '—'}")
    finally:
        session.close()
    return 0


def _member_named(session, name: str) -> int:
    """The team member in post with exactly this name; two of one name are chosen in the app."""
    from ..services.team import TeamService

    found = [t.id for t in TeamService(session).members() if t.member.name == name.strip()]
    if len(found) != 1:
        raise GridDeskError("cli.member_ambiguous" if found else "cli.member_unknown", name=name, count=len(found))
    return found[0]


def _audit(args: argparse.Namespace, db: Path) -> int:
    access = _access(db)
    (password,) = _lines(1)
    session = access.login(args.user, password)
    try:
        if args.audit_command == "head":
            head = AuditService(session).head()
            say("cli.audit.head", count=head.count, short=head.short)
            say("cli.audit.digest", digest=head.digest)
            return 0
        report = AuditService(session).verify()
    finally:
        session.close()
    if report.ok:
        say("cli.audit.ok", rows=report.rows_checked, short=report.head.short)
        return 0
    say("cli.audit.broken", detail=report.reason, first=report.first_broken_id)
    return 1


def _import(args: argparse.Namespace, db: Path) -> int:
    from ..services.imports import ImportService

    (password,) = _lines(1)
    session = _access(db).login(args.user, password)
    try:
        importer = ImportService(session).importer(args.kind)  # the registry's importer for the kind
        preview = importer.preview(args.file)
        print(preview.summary())
        if preview.unknown_columns:
            say("cli.import.unknown_columns", columns=list(preview.unknown_columns))
        for r in preview.rejected:
            say("cli.import.rejected_row", line=r.line, detail=r.reason)
        if args.rejects and preview.rejected:
            importer.save_rejects(preview, args.rejects)
            say("cli.import.rejects_saved", path=args.rejects)
        if args.yes and not args.dry_run and preview.has_work:
            importer.commit(preview)
            say("cli.import.written", new=len(preview.new), changed=len(preview.changed))
        elif preview.has_work:
            say("cli.import.not_written")
    finally:
        session.close()
    return 1 if preview.rejected else 0


def _export(args: argparse.Namespace, db: Path) -> int:
    if args.kind == "pay":
        from .pay_command import run_export_pay

        return _logged_in(args, db, run_export_pay)
    from ..domain.roster import ResidentFilter
    from ..services.roster_export import ExportService

    if args.kind == "review":
        from .review_commands import run_export_review

        return _logged_in(args, db, run_export_review)
    (password,) = _lines(1)
    session = _access(db).login(args.user, password)
    try:
        files = ExportService(session).export(args.kind, args.out, args.layout,
                                              ResidentFilter(grid_code=args.grid), args.unmask_reason)
    finally:
        session.close()
    for f in files:
        say("cli.exported", path=f)
    return 0


def _status(args: argparse.Namespace, db: Path) -> int:
    import json

    from ..services.roster_scope import grid_scope
    from ..services.status import current_status

    (password,) = _lines(1)
    session = _access(db).login(args.user, password)
    try:
        figures = current_status(session).as_dict()
        reach = grid_scope(session)
    finally:
        session.close()
    if args.json:  # whose figures these are: every grid, or the account's own
        print(json.dumps({"scope": "all" if reach is None else list(reach)} | figures, ensure_ascii=False))
    else:
        if reach is None:
            say("cli.status.whole_village")
        else:
            say("cli.status.scope" if reach else "cli.status.no_grids", grid=list(reach))
        for key, value in figures.items():
            # a yes/no figure (the month's meeting held) in words; None: not the account's to see
            shown = value if value is None or not isinstance(value, bool) else Word(f"cli.status.{str(value).lower()}")
            if isinstance(value, dict) and all(isinstance(v, (int, float, str)) for v in value.values()):
                shown = "，".join(f"{k} {v}" for k, v in value.items()) or "0"  # per grid: code and figure
            elif isinstance(value, (list, dict)):
                shown = len(value)  # `--json` gives the items themselves
            say("cli.status.line", label=Word(f"cli.status.{key}"), count=Word("cli.status.none") if value is None else shown)
    return 0
