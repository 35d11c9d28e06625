"""Every UI string has its English, and the shipped .qm is built from the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from gridDesk import paths

ROOT = paths.install_root()
TS = paths.resources_dir() / "i18n" / "griddesk_en.ts"
TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in list((ROOT / "gridDesk" / "ui").rglob("*.py"))
                  + [ROOT / "gridDesk" / "app.py"])


def test_every_ui_string_is_translated(tmp_path):
    fresh = tmp_path / "griddesk_en.ts"
    shutil.copyfile(TS, fresh)
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *_sources(), "-ts", str(fresh),
                    "-source-language", "zh_CN", "-target-language", "en"],
                   cwd=ROOT, check=True, capture_output=True)
    untranslated = [m.find("source").text for m in ET.parse(fresh).iter("message")
                    if m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def test_the_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "griddesk_en.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TS.parent / "griddesk_en.qm").read_bytes()
