"""`griddesk archive export|history|receipt` and `griddesk verify PATH` (the township's side,
which needs no database)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .. import paths
from ..domain.catalogue import cli_language
from .reply_command import add_reply_parser, run_reply
from .say import complain, say, text, why


def add_archive_parsers(sub, login_args: Callable) -> None:
    archive = sub.add_parser("archive", help="档案上报：导出档案包到 U 盘或文件夹").add_subparsers(
        dest="archive_command", required=True)
    export = archive.add_parser("export", help="导出下一批档案包（自上一批以来新增或更正的）")
    export.add_argument("--to", type=Path, required=True, help="U 盘或文件夹")
    export.add_argument("--full-numbers", action="store_true", help="身份证号和电话不遮蔽（须写明原因）")
    export.add_argument("--sensitive", action="store_true", help="包含敏感重点人群（须写明原因）")
    export.add_argument("--reason", default="", help="上面两项的原因，记入审计日志和包内说明")
    export.add_argument("--handover", type=Path, help="同时生成移交登记表 PDF")
    login_args(export)
    login_args(archive.add_parser("history", help="导出记录"))
    receipt = archive.add_parser("receipt", help="导入乡镇签名的检测报告（回执），标记通过的批次已接收")
    receipt.add_argument("file", type=Path)
    login_args(receipt)
    township = archive.add_parser("township-key", help="登记乡镇的签名公钥指纹（回执须由它签名）；不带参数则显示已登记的")
    township.add_argument("--fingerprint", default="", help="乡镇给的指纹（32 位十六进制，可带空格）")
    township.add_argument("--from", dest="from_file", type=Path, help="从乡镇签名的检测报告里读出公钥（请核对打印的指纹）")
    login_args(township)
    add_reply_parser(archive, login_args)  # issue 21: the township's reply package

    verify = sub.add_parser("verify", help="校验档案包或整个 U 盘（乡镇使用，不需要数据库）")
    verify.add_argument("path", type=Path)
    verify.add_argument("--key", type=Path, help="村综治中心的签名公钥（signer.pem）")
    verify.add_argument("--trust-new", action="store_true", help="首次使用：登记包里的签名公钥（只为还没有公钥的村，且包须全部通过）")
    verify.add_argument("--trust-store", type=Path, default=None, help="已登记公钥的文件夹")
    verify.add_argument("--report", type=Path, help="把检测报告另存为 XML（.xml，用乡镇的签名密钥签名，作为回执交村里）"
                                                    "或 PDF（.pdf）")

    keys = sub.add_parser("verify-keys", help="乡镇登记的各村签名公钥：列出、更换").add_subparsers(
        dest="keys_command", required=True)
    keys.add_parser("list", help="列出已登记的村和公钥指纹").add_argument("--trust-store", type=Path, default=None)
    replace = keys.add_parser("replace", help="某村换了密钥：用新公钥替换已登记的（须先电话或当面核实指纹）")
    replace.add_argument("--village", required=True, help="村代码（12 位）")
    replace.add_argument("--key", type=Path, required=True, help="新的签名公钥（signer.pem）")
    replace.add_argument("--name", default="", help="村综治中心名称（不写则沿用原登记）")
    replace.add_argument("--trust-store", type=Path, default=None, help="已登记公钥的文件夹")


def _clean(value) -> str:
    from ..archive.verify_paths import clean

    return clean(str(value))


def run_verify(args: argparse.Namespace) -> int:
    from ..archive.verify import TrustStore
    from ..archive.verify_paths import UnsafeFile

    store = TrustStore(args.trust_store or paths.data_dir() / "trusted-signers")
    try:
        return _verify(args, store)
    except (OSError, ValueError, UnsafeFile) as exc:  # a refusal with its reason, never a traceback
        complain("cli.verify.cannot", detail=_clean(why(exc)))
        return 2


def _new_keys(path: Path, store) -> list:
    """--trust-new: the signer of each bag here, for a village with no key yet (as Registrations,
    kept only if that bag then passes every check)."""
    from ..archive.trust import Registration, village_of
    from ..archive.verify import read_bag_info
    from ..archive.verify_paths import is_real_folder, read_bytes, regular_file
    from ..security.sm import PublicKey

    folders = [path] if regular_file(path / "bagit.txt") else sorted(p for p in path.iterdir() if is_real_folder(p))
    found = []
    for bag in folders:
        pem = regular_file(bag / "signature" / "signer.pem") if is_real_folder(bag) else None
        if pem is None or pem.size > 65536 or not is_real_folder(bag / "signature"):
            continue
        try:
            key = PublicKey.from_pem(read_bytes(bag / "signature", pem, 65536).decode("ascii"))
        except (ValueError, OSError):
            continue
        info = read_bag_info(bag)
        registration = Registration(key, village_of(info.get("External-Identifier", "")),
                                    info.get("Source-Organization", ""))
        current = store.of_village(registration.village)
        if current is not None and current.key != key:
            complain("cli.verify.key_changed", village=registration.village, name=current.name,
                     registered=current.key.fingerprint(), folder=_clean(bag.name), fingerprint=key.fingerprint())
        elif current is None and registration not in found:
            found.append(registration)
    twice = {r.village for r in found if sum(f.village == r.village for f in found) > 1}
    for village in sorted(twice):
        complain("cli.verify.two_keys", village=village)
    return [r for r in found if r.village and r.village not in twice]


def _verify(args: argparse.Namespace, store) -> int:
    from ..archive.audit_anchor import ReceivedHeads
    from ..archive.trust import Registration, TrustError
    from ..archive.verify import report_rows, report_text, report_xml, verify_path
    from ..security.sm import PublicKey

    trusted: list = store.registrations()
    if args.key:
        trusted.append(Registration(PublicKey.from_pem(args.key.read_text())))
    if not args.path.exists():
        complain("cli.verify.not_found", path=_clean(args.path))
        return 2
    new = _new_keys(args.path, store) if args.trust_new and args.path.is_dir() else []
    heads_store = ReceivedHeads(store.folder)
    try:
        heads = heads_store.load()
    except ValueError as exc:
        print(why(exc), file=sys.stderr)
        return 2
    reports = verify_path(args.path, trusted + new, store.received(), heads, store.received_villages())
    passed = all(r.passed for r in reports)
    legacy = [x for x in store.registrations() if not x.village]  # keys stored before keys were bound
    for r in reports:  # register what --trust-new found, and bind old keys, only on a bag that passed
        reg = next((x for x in new if x.key.fingerprint() == r.signer and x.village == r.village_code), None)
        old = next((x for x in legacy if x.key.fingerprint() == r.signer), None)
        if not r.passed or not r.village_code or (reg is None and old is None) or store.of_village(r.village_code):
            continue
        try:
            store.register((reg or old).key, r.village_code, r.village_name)
        except TrustError as exc:
            complain("cli.verify.not_registered", reason=exc)
            continue
        say("cli.verify.registered", village=r.village_code, name=r.village_name, fingerprint=r.signer)
    if passed:
        store.remember_received(reports)  # the next batch's Previous-Bag-Digest-SM3 will be found here
        heads_store.save(heads)  # and the next audit segment must extend these heads
    print(report_text(reports, cli_language()), end="")
    if args.report:
        if args.report.suffix.lower() == ".pdf":
            from datetime import date

            from ..printing.ledger import Ledger, write_ledger

            verdict = "全部通过" if passed else "未通过"
            write_ledger(Ledger("电子档案检测报告（四性检测）", _clean(args.path), f"{date.today():%Y-%m-%d}",
                                ("检测对象", "性质", "检测项", "结果", "原因"), report_rows(reports),
                                (2.4, 0.8, 3.2, 0.7, 4.0), landscape=True,
                                note=f"结论：{verdict}；" + "；".join(f"{Path(r.target).name} 包摘要 {r.digest_sm3}"
                                                                for r in reports if r.digest_sm3)), args.report)
        else:
            from ..archive.receipt import sign_report, township_key

            # The township's own key, beside its trust store; each village registers its fingerprint once.
            key, made = township_key(store.folder.parent)
            args.report.write_bytes(sign_report(report_xml(reports), key))
            if made:
                say("cli.verify.key_made")
            say("cli.verify.signed", fingerprint=key.public().fingerprint())
        say("cli.verify.saved", path=_clean(args.report))
    say("cli.verify.passed" if passed else "cli.verify.failed")
    return 0 if passed else 1


def run_verify_keys(args: argparse.Namespace) -> int:
    """`griddesk verify-keys list|replace`: the township's register of village keys."""
    from ..archive.verify import TrustStore
    from ..archive.trust import TrustError
    from ..security.sm import PublicKey

    store = TrustStore(args.trust_store or paths.data_dir() / "trusted-signers")
    if args.keys_command == "list":
        for r in store.registrations():
            print(f"{r.village or text('cli.keys.unbound')}\t{r.name}\t{r.key.fingerprint()}")
        return 0
    try:
        key = PublicKey.from_pem(args.key.read_text())
        old, new = store.replace(args.village, key, args.name)
    except (OSError, ValueError, TrustError) as exc:
        complain("cli.keys.not_replaced", reason=_clean(why(exc)))
        return 2
    say("cli.keys.replaced", village=new.village, name=new.name)
    if old:
        say("cli.keys.old", fingerprint=old.key.fingerprint())
    else:
        say("cli.keys.no_old")
    say("cli.keys.new", fingerprint=new.key.fingerprint())
    return 0


def run_archive(args: argparse.Namespace, session) -> int:
    from ..domain.archive import ExportProfile
    from ..services.archive_export import ArchiveService

    archive = ArchiveService(session)
    if args.archive_command == "reply":
        return run_reply(args, session)
    if args.archive_command == "export":
        profile = ExportProfile(args.full_numbers, args.sensitive, args.reason)

        def progress(done: int, total: int) -> None:
            print("\r" + text("cli.archive.progress", percent=done * 100 // max(total, 1)), end="", file=sys.stderr,
                  flush=True)

        prepared, report = archive.export(args.to, profile, progress=progress)
        print(file=sys.stderr)
        if prepared.recovered:
            say("cli.archive.recovered", name=prepared.name)
        say("cli.archive.exported", name=prepared.name, detail=prepared.summary)
        say("cli.archive.digest", digest=prepared.digest_sm3)
        say("cli.archive.fingerprint", fingerprint=archive.fingerprint())
        if args.handover:
            archive.handover_form(prepared.name, args.handover)
            say("cli.archive.handover", path=args.handover)
        return 0 if report.passed else 1
    if args.archive_command == "history":
        for b in archive.history():
            state = (text("cli.archive.received", date=f"{b.received_at:%Y-%m-%d}") if b.received_at
                     else text("cli.archive.no_receipt"))
            print(f"{b.name}  {b.created_at:%Y-%m-%d %H:%M}  {b.account}  {b.summary}  SM3 {b.digest_sm3}  {state}")
        return 0
    if args.archive_command == "township-key":
        if args.fingerprint or args.from_file:
            registered = archive.register_township(args.fingerprint, args.from_file)
            say("cli.archive.township_registered", fingerprint=registered)
            if args.from_file and not args.fingerprint:
                say("cli.archive.check_by_hand")
        else:
            registered = archive.township_fingerprint()
            if registered:
                say("cli.archive.township_is", fingerprint=registered)
            else:
                say("cli.archive.no_township")
        return 0
    for batch in archive.import_receipt(args.file):
        say("cli.archive.marked", name=batch.name)
    return 0
