"""`griddesk archive export|history|receipt` and `griddesk verify PATH` (the township's side,
which needs no database)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .. import paths


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

    verify = sub.add_parser("verify", help="校验档案包或整个 U 盘（乡镇使用，不需要数据库）")
    verify.add_argument("path", type=Path)
    verify.add_argument("--key", type=Path, help="村综治中心的签名公钥（signer.pem）")
    verify.add_argument("--trust-new", action="store_true", help="首次使用：登记包里的签名公钥并记住它")
    verify.add_argument("--trust-store", type=Path, default=None, help="已登记公钥的文件夹")
    verify.add_argument("--report", type=Path, help="把检测报告另存为 XML（.xml，用乡镇的签名密钥签名，作为回执交村里）"
                                                    "或 PDF（.pdf）")


def run_verify(args: argparse.Namespace) -> int:
    from ..archive.audit_anchor import ReceivedHeads
    from ..archive.verify import TrustStore, report_rows, report_text, report_xml, verify_path
    from ..security.sm import PublicKey

    store = TrustStore(args.trust_store or paths.data_dir() / "trusted-signers")
    trusted = store.keys()
    if args.key:
        trusted.append(PublicKey.from_pem(args.key.read_text()))
    if not args.path.exists():
        print(f"找不到 {args.path}", file=sys.stderr)
        return 2
    if args.trust_new:
        for pem in sorted(args.path.glob("**/signature/signer.pem")) if args.path.is_dir() else []:
            key = PublicKey.from_pem(pem.read_text())
            if key not in trusted:
                store.remember(key)
                trusted.append(key)
                print(f"已登记签名公钥，指纹：{key.fingerprint()}（请与村里移交登记表上的指纹核对）")
    heads_store = ReceivedHeads(store.folder)
    try:
        heads = heads_store.load()
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    reports = verify_path(args.path, trusted, store.received(), heads)
    if all(r.passed for r in reports):
        store.remember_received(reports)  # the next batch's Previous-Bag-Digest-SM3 will be found here
        heads_store.save(heads)  # and the next audit segment must extend these heads
    print(report_text(reports), end="")
    if args.report:
        if args.report.suffix.lower() == ".pdf":
            from datetime import date

            from ..printing.ledger import Ledger, write_ledger

            verdict = "全部通过" if all(r.passed for r in reports) else "未通过"
            write_ledger(Ledger("电子档案检测报告（四性检测）", str(args.path), f"{date.today():%Y-%m-%d}",
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
                print("已生成本乡镇的签名密钥（只在这台电脑上，请随数据一起备份）。")
            print(f"检测报告已用本乡镇的签名密钥签名，公钥指纹：{key.public().fingerprint()}"
                  "（各村登记一次，回执才被承认）")
        print(f"检测报告已保存：{args.report}")
    passed = all(r.passed for r in reports)
    print("结论：全部通过" if passed else "结论：未通过")
    return 0 if passed else 1


def run_archive(args: argparse.Namespace, session) -> int:
    from ..domain.archive import ExportProfile
    from ..services.archive_export import ArchiveService

    archive = ArchiveService(session)
    if args.archive_command == "export":
        profile = ExportProfile(args.full_numbers, args.sensitive, args.reason)

        def progress(done: int, total: int) -> None:
            print(f"\r写入 U 盘 {done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)

        prepared, report = archive.export(args.to, profile, progress=progress)
        print(file=sys.stderr)
        if prepared.recovered:
            print(f"上次导出 {prepared.name} 时，包已写进 U 盘，程序却在记录之前中断了。U 盘上的包已校验通过"
                  f"（包摘要与当时记下的一致），现已补记到导出记录和审计日志。这次没有导出新的一批；需要时请再运行一次。")
        print(f"已导出 {prepared.name}：{prepared.summary}")
        print(f"包摘要（SM3）：{prepared.digest_sm3}")
        print(f"签名公钥指纹：{archive.fingerprint()}")
        if args.handover:
            archive.handover_form(prepared.name, args.handover)
            print(f"移交登记表：{args.handover}")
        return 0 if report.passed else 1
    if args.archive_command == "history":
        for b in archive.history():
            state = f"已接收 {b.received_at:%Y-%m-%d}" if b.received_at else "未回执"
            print(f"{b.name}  {b.created_at:%Y-%m-%d %H:%M}  {b.account}  {b.summary}  SM3 {b.digest_sm3}  {state}")
        return 0
    if args.archive_command == "township-key":
        if args.fingerprint or args.from_file:
            registered = archive.register_township(args.fingerprint, args.from_file)
            print(f"已登记乡镇签名公钥指纹：{registered}")
            if args.from_file and not args.fingerprint:
                print("请与乡镇给的指纹逐位核对；不一致时请不要导入它签的回执。")
        else:
            registered = archive.township_fingerprint()
            print(f"已登记的乡镇签名公钥指纹：{registered}" if registered else "还没有登记乡镇签名公钥指纹。")
        return 0
    for batch in archive.import_receipt(args.file):
        print(f"{batch.name} 已标记为乡镇已接收。")
    return 0
