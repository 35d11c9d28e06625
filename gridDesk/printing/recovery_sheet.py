"""The recovery key sheet (恢复密钥单): printed once at set-up, kept in the centre's safe."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import register_cjk_font


@dataclass(frozen=True)
class RecoverySheet:
    village: str
    division_code: str
    township: str
    director: str
    recovery_key: str
    created: str


def write_recovery_sheet(sheet: RecoverySheet, path: Path | BinaryIO, font_file: Path | None = None) -> None:
    """To a file, or to memory for the print preview (the key never needs to touch the disk)."""
    font = register_cjk_font(font_file)
    width, height = A4
    pdf = Canvas(str(path) if isinstance(path, Path) else path, pagesize=A4, initialFontName=font)
    pdf.setTitle("GridDesk 恢复密钥单")
    pdf.setAuthor(sheet.village)
    y = height - 30 * mm
    pdf.setFont(font, 20)
    pdf.drawCentredString(width / 2, y, "GridDesk 恢复密钥单")
    pdf.setFont(font, 11)
    y -= 14 * mm
    for label, value in (("村（社区）", sheet.village), ("区划代码", sheet.division_code),
                         ("所属乡镇（街道）", sheet.township), ("主任账号", sheet.director),
                         ("生成时间", sheet.created)):
        pdf.drawString(25 * mm, y, f"{label}：{value}")
        y -= 8 * mm
    y -= 6 * mm
    pdf.setFont(font, 13)
    pdf.drawString(25 * mm, y, "恢复密钥（共 13 组，每组最后一位是校验位）：")
    y -= 14 * mm
    groups = sheet.recovery_key.split("-")
    # The CJK font (already embedded) with wide letter spacing, in fixed columns per group: no
    # second font enters the PDF, and the groups still read back as text.
    # Hyphens between the groups, as on screen and as the recovery screen asks them to be typed.
    for start in range(0, len(groups), 5):
        for i, group in enumerate(groups[start:start + 5]):
            line = pdf.beginText(24 * mm + i * 34 * mm, y)
            line.setFont(font, 18)
            line.setCharSpace(1.5)
            line.textOut(group + ("-" if start + i < len(groups) - 1 else ""))
            line.setCharSpace(0)  # the spacing is page state in PDF: it would spread every later line
            pdf.drawText(line)
        y -= 12 * mm
    pdf.setFont(font, 11)
    y -= 8 * mm
    for line in ("忘记主任密码时，只有这把恢复密钥能打开本中心的数据。",
                 "请把本单放进中心的保险柜；不要拍照，不要保存在电脑或手机上。",
                 "使用恢复密钥会强制重设主任密码，并记入审计日志。",
                 "打印后请删除这个 PDF 文件。"):
        pdf.drawString(25 * mm, y, line)
        y -= 7 * mm
    pdf.rect(20 * mm, y - 4 * mm, width - 40 * mm, height - 40 * mm - y + 10 * mm)
    pdf.showPage()
    pdf.save()
