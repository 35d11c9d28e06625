"""The recovery key sheet: a PDF with the key, Chinese text and an embedded CJK font."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from gridDesk.services.recovery_sheet import save_recovery_sheet


def test_recovery_sheet_reads_back(centre, tmp_path):
    out = tmp_path / "恢复密钥单.pdf"
    save_recovery_sheet(centre, out)
    text = PdfReader(out).pages[0].extract_text()
    assert "恢复密钥单" in text and "测试村" in text
    for group in centre.recovery_key.split("-"):
        assert group in text
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "GridDeskCJK" in line or "WenQuanYi" in line
           or "Hei" in line]
    assert cjk and all(" yes " in line for line in cjk)  # embedded
