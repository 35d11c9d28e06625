"""`griddesk township init|village add|staff add|import|status|answer|reply|reviews|review|task|training|window`
(and task-types, staff remove|password, grants: cli/township_admin_command.py): the township edition on the command line.
Each takes `--db` (a file path, or a postgresql:// URL). On a file, the password is the first line
of standard input; on PostgreSQL the server authenticates the staff member's own role (the URL,
PGPASSWORD or ~/.pgpass), and no password is read."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.township import Outcome
from .say import complain, say
from .township_admin_command import add_admin_parsers, password_lines, run_admin


def add_township_parser(sub) -> None:
    township = sub.add_parser("township", help="乡镇版：接收各村档案包、登记村、查看上报情况").add_subparsers(
        dest="township_command", required=True)

    def db(p, user: bool = True) -> None:
        p.add_argument("--db", dest="township_db", required=True, help="乡镇数据库：文件路径或 postgresql:// 地址")
        if user:
            p.add_argument("--user", required=True, help="登录名（文件库的密码从标准输入第一行读）")

    init = township.add_parser("init", help="建立乡镇数据库（主任账号、乡镇签名密钥）")
    db(init, user=False)
    init.add_argument("--code", required=True, help="9 位乡镇统计用区划代码")
    init.add_argument("--name", required=True, help="乡镇名称")
    init.add_argument("--director", required=True, help="主任的登录名")
    init.add_argument("--director-name", default="")
    init.add_argument("--files", type=Path, help="乡镇文件夹（隔离区和档案文件）；文件库默认在数据库旁边")
    tls = init.add_mutually_exclusive_group()
    tls.add_argument("--require-tls", dest="require_tls", action="store_true", default=None,
                     help="PostgreSQL 连接必须加密（连接另一台电脑时默认如此）")
    tls.add_argument("--no-require-tls", dest="require_tls", action="store_false")

    village = township.add_parser("village", help="登记的村").add_subparsers(dest="village_command", required=True)
    add = village.add_parser("add", help="登记一个村和它的公钥指纹")
    db(add)
    add.add_argument("--code", required=True, help="12 位村级统计用区划代码")
    add.add_argument("--name", required=True)
    add.add_argument("--fingerprint", required=True, help="村里打印的公钥指纹（32 位十六进制，可带空格）")
    add.add_argument("--pem", type=Path, help="村的签名公钥（signer.pem），可不给：首个包带来的公钥须与指纹相符")

    staff = township.add_parser("staff", help="乡镇工作人员账号").add_subparsers(dest="staff_command", required=True)
    member = staff.add_parser("add", help="添加工作人员账号（文件库：标准输入第一行主任密码，第二行新账号密码）")
    db(member)
    member.add_argument("--username", required=True)
    member.add_argument("--name", default="")
    member.add_argument("--role", required=True, choices=("director", "staff", "auditor"))
    member.add_argument("--db-role", default="", help="PostgreSQL：此人自己的数据库角色（每人一个）")

    add_admin_parsers(township, staff, db)  # task-types, staff remove|password, grants (cli/township_admin_command.py)

    imp = township.add_parser("import", help="导入 U 盘上的档案包（先逐包检测，不通过的放入隔离区）")
    db(imp)
    imp.add_argument("stick", type=Path)

    answer = township.add_parser("answer", help="答复一件上报件（等待写入下一个回复包）")
    db(answer)
    answer.add_argument("--village", required=True, help="12 位村代码")
    answer.add_argument("--case", dest="case_number", required=True, help="案件编号")
    answer.add_argument("--ordinal", required=True, help="第几次上报（1 为首次）")
    answer.add_argument("--kind", required=True, choices=("instruct", "return", "solved", "county"),
                        help="instruct 指导意见、return 退回、solved 已办结、county 上报县级")
    answer.add_argument("--text", required=True, help="答复内容（最多 1500 字）")
    answer.add_argument("--photo", type=Path, action="append", default=[], help="附件（可多次给出）")

    reply = township.add_parser("reply", help="为村生成签名的回复包（回执和答复），写入 U 盘")
    db(reply)
    which = reply.add_mutually_exclusive_group(required=True)
    which.add_argument("--village", help="12 位村代码")
    which.add_argument("--all", action="store_true", help="每个登记的村各一个回复包")
    reply.add_argument("stick", type=Path)

    reviews = township.add_parser("reviews", help="等待乡镇复评的季度考核（各村已初评、尚未复评的）")
    db(reviews)
    reviews.add_argument("--village", help="只看这个村（12 位代码）")
    reviews.add_argument("--json", action="store_true")

    review = township.add_parser("review", help="登记乡镇对一名网格员一个季度的复评（等待写入下一个回复包）")
    db(review)
    review.add_argument("village", help="12 位村代码")
    review.add_argument("--quarter", required=True, help="季度，如 2026Q3")
    review.add_argument("--member", required=True, help="网格员姓名（与村里报来的初评结果一致）")
    review.add_argument("--decision", required=True, help="复评结论（最多 500 字）")
    review.add_argument("--reviewer", default=None, help="复评人；不写则为乡镇名称")
    review.add_argument("--date", dest="decided_on", default=None, help="复评日期 YYYY-MM-DD；不写则为今天")
    review.add_argument("--change", action="append", default=[], metavar="ITEM=POINTS:REASON",
                        help="调整某考核项目的分值并写明理由（可多次给出）")

    task = township.add_parser("task", help="向村交办任务（按准入清单的类型；等待写入回复包）")
    db(task)
    to = task.add_mutually_exclusive_group(required=True)
    to.add_argument("--village", help="12 位村代码")
    to.add_argument("--all", action="store_true", help="每个登记的村各一件")
    task.add_argument("--type", dest="task_type", required=True, help="准入清单上的任务类型名称")
    task.add_argument("--title", required=True)
    task.add_argument("--due", required=True, help="办理期限 YYYY-MM-DD")
    task.add_argument("--document", default="", help="文号")
    task.add_argument("--details", default="", help="任务内容")
    task.add_argument("--grid", action="append", default=[], help="网格代码（可多次给出；不写为全部网格）")

    training = township.add_parser("training", help="登记乡镇举办的培训和参加的村网格员（等待写入回复包）")
    db(training)
    training.add_argument("--village", required=True, help="12 位村代码")
    training.add_argument("--topic", required=True)
    training.add_argument("--at", required=True, help="开始时间 \"YYYY-MM-DD HH:MM\"")
    training.add_argument("--hours", required=True, help="学时")
    training.add_argument("--place", default="")
    training.add_argument("--trainer", default="")
    training.add_argument("--attendee", action="append", default=[], metavar="NAME[/ID]",
                          help="参加人：姓名，或 姓名/身份证号（前 6 位、8 个 *、后 4 位）；可多次给出")

    window = township.add_parser("window", help="打开乡镇版窗口（登录后看概览、村情、上报件，导入和写回复包）")
    db(window, user=False)

    check = township.add_parser("check-files", help="逐个读回乡镇保存的各村文件，核对 SM3（发现缺失或损坏的）")
    db(check)
    status = township.add_parser("status", help="各村 x 各月的上报情况和待答复的上报件")
    db(status)
    status.add_argument("--json", action="store_true")


def _password(spec: str, count: int = 1) -> list[str] | None:
    from ..storage.township.engine import is_url
    from .commands import _lines

    return None if is_url(spec) else _lines(count)


def run_township(args: argparse.Namespace) -> int:
    from ..services.township import add_village, create_township, open_township

    spec = str(args.township_db)
    if args.township_command == "init":
        password = (_password(spec) or [""])[0]
        done = create_township(spec, args.code, args.name, args.director, args.director_name, password,
                               args.files, args.require_tls)
        say("cli.township.init_done", name=done.name, code=done.code, where=done.where)
        say("cli.township.director", username=done.director)
        say("cli.township.fingerprint", fingerprint=done.fingerprint)
        say("cli.township.files", path=done.files)
        if done.recovery_key:
            say("cli.township.recovery")
            print(f"  {done.recovery_key}")
        return 0
    if args.township_command == "window":  # the window asks for the user and password itself
        from ..ui.township.run import run_township_window

        return run_township_window(spec)
    lines = password_lines(args, _password(spec, 2 if getattr(args, "staff_command", "") in ("add", "password") else 1))
    session = open_township(spec, args.user, lines[0] if lines else None)
    try:
        if args.township_command in ("task-types", "grants") or getattr(args, "staff_command", "") in ("remove",
                                                                                                        "password"):
            return run_admin(session, args, lines)
        if args.township_command == "staff":
            from ..services.township import add_staff

            add_staff(session, args.username, args.name, args.role, lines[1] if lines else "", args.db_role)
            say("cli.township.staff_added", username=args.username, role=args.role)
            return 0
        if args.township_command == "village":
            pem = ""
            if args.pem:
                try:
                    pem = args.pem.read_text(encoding="ascii")[:70000]
                except (OSError, UnicodeDecodeError):
                    pem = "-"
            v = add_village(session, args.code, args.name, args.fingerprint, pem)
            say("cli.township.village_added", village=v.code, name=v.name, fingerprint=v.fingerprint)
            return 0
        if args.township_command == "import":
            return _import(session, args.stick)
        if args.township_command in ("answer", "reply"):
            return _answer_or_reply(session, args)
        if args.township_command == "status":
            return _status(session, args.json)
        if args.township_command == "check-files":
            return _check_files(session)
        if args.township_command in ("reviews", "review", "task", "training"):
            from .township_downlinks_command import run_downlinks

            return run_downlinks(session, args)
    finally:
        session.close()
    raise AssertionError(args.township_command)


def _check_files(session) -> int:
    from ..services.township_fixity import check_files

    done = check_files(session, lambda n, of: print(f"  {n}/{of}", file=sys.stderr, flush=True))
    say("cli.township.files_checked", count=done.checked, mb=round(done.size / 1024 ** 2, 1))
    for where in done.damaged[:50]:
        complain("cli.township.file_damaged", sm3=where.sm3, pack=where.pack or "-", offset=where.offset)
    if done.damaged:
        complain("cli.township.files_damaged", count=len(done.damaged))
        return 1
    return 0


def _import(session, stick: Path) -> int:
    from ..services.township_import import import_stick

    summary = import_stick(session, stick)
    already = 0
    for p in summary.packages:
        if p.outcome is Outcome.LOADED:
            c = p.counts
            say("cli.township.loaded", batch=p.batch, items=c["items"], cases=c["cases"],
                corrections=c["corrections"], training=c["training"], visits=c["visits"], grids=c["roster_grids"],
                figures=c["figures"], escalations=c["escalations"])
        elif p.outcome is Outcome.ALREADY:
            already += 1
            say("township.import.already", batch=p.batch)
        elif p.outcome is Outcome.QUARANTINED:
            complain("cli.township.quarantined", batch=p.batch, folder=p.quarantine)
            for reason in p.reasons[:12]:
                complain("cli.township.reason", reason=reason)
        else:
            complain("cli.township.not_reached", batch=p.batch, reason=p.reasons[0] if p.reasons else "")
    for problem in summary.stick_problems:
        complain("cli.township.stick_problem", reason=problem)
    say("cli.township.summary", count=len(summary.packages), loaded=summary.loaded, already=already,
        refused=summary.refused)
    return 0 if summary.refused == 0 else 1


def _answer_or_reply(session, args: argparse.Namespace) -> int:
    from ..services.township_reply import answer_escalation, write_replies

    if args.township_command == "answer":
        done = answer_escalation(session, args.village, args.case_number, args.ordinal, args.kind, args.text,
                                 args.photo)
        say("cli.township.answered", village=done.village, number=done.case_number, ordinal=done.ordinal,
            kind=done.kind.value)
        return 0
    written = write_replies(session, args.stick, None if args.all else args.village)
    for r in written:
        if r.folder:
            say("cli.township.reply_written", name=r.reply, folder=r.folder, receipts=r.receipts, answers=r.answers)
            if r.reviews or r.tasks or r.trainings:
                say("cli.township.reply_down", reviews=r.reviews, tasks=r.tasks, trainings=r.trainings)
        elif not args.all:
            say("cli.township.reply_nothing", village=r.village)
    if not any(r.folder for r in written) and args.all:
        say("cli.township.reply_none")
    return 0


def _status(session, as_json: bool) -> int:
    from ..services.township_status import status_json, township_status

    status = township_status(session)
    if as_json:
        json.dump(status_json(status), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    say("cli.township.status_head", name=status.name, code=status.code)
    periods = status.periods[-6:]
    print("  " + " " * 24 + "".join(f"{p:>16}" for p in periods))
    for v in status.villages:
        cells = []
        for c in v.cells[-len(periods):]:
            mark = ("链✓" if c.chain_complete else "链✗") if c.received else "  "
            cell = f"{c.received}/{c.on_time} {mark}" + (f" 失败{c.failed}" if c.failed else "") + (" 缺" if c.missing else "")
            cells.append(f"{cell:>16}")
        print(f"  {v.code} {v.name[:10]:<10}" + "".join(cells))
    waiting = [e for e in status.escalations if e.state == "waiting"]
    say("cli.township.queue_head", count=len(waiting))
    for e in waiting:
        say("cli.township.queue_row", village=e.village, number=e.case_number, ordinal=e.ordinal, title=e.title,
            received=e.received_on, due=e.due_on, left=e.working_days_left)
    say("cli.township.reviews_head", count=len(status.reviews_waiting))
    for e in status.escalations:  # answered (not yet on a reply) and sent
        if e.state in ("answered", "sent"):
            say(f"cli.township.queue_{e.state}", village=e.village, number=e.case_number, ordinal=e.ordinal,
                title=e.title)
    return 0
