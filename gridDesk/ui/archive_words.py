"""The check of a stick or package said the way centre staff need it: can it go to the township,
and if not, what happened and what to do, in plain words. The verifier's report (digests,
manifests, signatures: what the township's archivist reads) stays behind 详细信息."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..archive.verify import Report

# What went wrong, grouped by what the person can do about it; the first group that fails is
# named first. Keys are the verifier's check codes (gridDesk/domain/catalogue/packages.py).
_NOT_FOUND = QT_TRANSLATE_NOOP("ArchiveWords", "这里没有找到档案包。请选 U 盘本身（或其中某一批的文件夹）再检查。")
_UNFINISHED = QT_TRANSLATE_NOOP("ArchiveWords", "U 盘上有一批没写完的档案包（写入时 U 盘被拔出或程序中断了）。"
                                                "请在“导出下一批”重新写入，再检查一遍。")
_FOREIGN = QT_TRANSLATE_NOOP("ArchiveWords", "U 盘上除了档案包还有别的文件（其他资料、程序或快捷方式）。"
                                             "请把它们移走，U 盘上只留档案包和说明文件。")
_SIGNER = QT_TRANSLATE_NOOP("ArchiveWords", "档案包不是本中心签发的，或者签名对不上。请确认插的是本中心导出的 U 盘。")
_CHAIN = QT_TRANSLATE_NOOP("ArchiveWords", "这一批和上一批接不上。请把导出记录里还没交给乡镇的各批一起交。")
_CHANGED = QT_TRANSLATE_NOOP("ArchiveWords", "档案包里的文件被改动过，或者缺了、多了文件。"
                                             "请不要在电脑上打开或修改 U 盘里的文件；在本程序中重新导出这一批。")
_GROUPS = (
    (_NOT_FOUND, {"package.check.found"}),
    (_UNFINISHED, {"package.check.not_partial", "package.check.stick_no_partial"}),
    (_FOREIGN, {"package.check.stick_only_bags", "package.check.stick_no_links", "package.check.no_programs",
                "package.check.no_links", "package.check.real_folder"}),
    (_SIGNER, {"package.check.signature", "package.check.signer_registered", "package.check.names_agree"}),
    (_CHAIN, {"package.check.chain"}),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ArchiveWords", text)


def bag_count(reports: Sequence[Report]) -> int:
    return sum(1 for r in reports if r.digest_sm3)


def advice(reports: Sequence[Report]) -> list[str]:
    """One plain sentence for each kind of problem found, what to do included; [] when all passed."""
    # An unfinished bag fails every check; what to say about it is that it is unfinished.
    unfinished = {r.target for r in reports if r.target.endswith(".partial")}
    failed = {c.label.code for r in reports if r.target not in unfinished for c in r.checks if not c.ok}
    if unfinished:
        failed.add("package.check.not_partial")
    said = [_t(words) for words, codes in _GROUPS if failed & codes]
    if failed - set().union(*(codes for _w, codes in _GROUPS)):
        said.append(_t(_CHANGED))  # every other check is about the files themselves
    return said


def verdict(reports: Sequence[Report]) -> tuple[bool, str]:
    """(can it go to the township, the sentence to show)."""
    if reports and all(r.passed for r in reports):
        count = bag_count(reports)
        if count > 1:
            return True, QCoreApplication.translate("ArchiveWords", "✓ U 盘上的 {0} 批档案包都完好，可以交给乡镇。").format(count)
        return True, QCoreApplication.translate("ArchiveWords", "✓ U 盘上的档案包完好，可以交给乡镇。")
    lines = [QCoreApplication.translate("ArchiveWords", "✗ 档案包有问题，现在还不能交给乡镇。")]
    lines += [f"• {line}" for line in advice(reports)]
    return False, "\n".join(lines)


def could_not_check(reason: str) -> str:
    return QCoreApplication.translate("ArchiveWords", "✗ 没能检查完：{0}").format(reason)
