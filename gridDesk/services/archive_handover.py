"""移交登记表: the form that goes to the township with the stick. It says in words what the
township checks, not how the package is built (no file names, algorithms or 64-digit digests:
the township's checking program prints those). A short 校验码 lets both sides match the
batch on the form with the one their program checked."""

from __future__ import annotations

from ..domain.archive import ExportBatch
from ..security.audit_chain import Head


def short_code(digest: str) -> str:
    """The package digest's first 16 hex digits in groups of four, as on the screen."""
    head = digest[:16].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def handover_form(centre, batch: ExportBatch, fingerprint: str, audit: tuple[int, str], today: str):
    from ..printing.ledger import Form, FormSection

    count, head = audit
    previous = "（首批）" if batch.previous_digest == "none" else f"校验码 {short_code(batch.previous_digest)}"
    journal = f"截至第 {count} 条（审计链头 {Head(count, head).short}）" if head else "（这一批没有带操作记录）"
    return Form("电子档案移交登记表", centre.village_name, today, (
        FormSection("", (("移交单位", f"{centre.village_name}综治中心"), ("接收单位", f"{centre.township}综治中心"),
                         ("批次", batch.name), ("生成时间", f"{batch.created_at:%Y-%m-%d %H:%M}"),
                         ("内容", batch.summary), ("上一批", previous),
                         ("导出范围", batch.profile), ("载体", batch.written_to))),
        FormSection("乡镇接收时核对", (
            ("检查什么", "用乡镇的档案检测程序检查这个 U 盘：每个文件都在、没有被改动；档案包确由本中心签发；"
                        "与上一批接得上；U 盘上没有档案以外的文件。全部通过即可接收，并回执本中心。"),
            ("本中心签名指纹", f"{fingerprint}（乡镇第一次接收时登记，以后凭它认出本中心）"),
            ("校验码", f"{short_code(batch.digest_sm3)}（与检测结果里这一批的前 16 位一致）"),
            ("操作记录", journal))),
    ), signatures=("移交人", "接收人", "移交日期"))
