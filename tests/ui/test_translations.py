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


def test_every_tr_call_is_one_lupdate_can_read():
    """lupdate reads `self.tr("…")` as written: a string inside an f-string's braces, or a call
    through an alias (t = self.tr), is never extracted, and the English window shows Chinese."""
    import re

    unread = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "gridDesk" / "ui").rglob("*.py")
              for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
              if "self.tr('" in line or re.search(r"=\s*self\.tr\s*$", line)]
    assert unread == []


def test_the_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "griddesk_en.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TS.parent / "griddesk_en.qm").read_bytes()


def test_every_layer_below_the_ui_speaks_through_the_catalogue():
    """The words below ui/ are not in the .ts: they are in domain/catalogue, both languages,
    and no file off tests/error_allowlist.py raises a sentence of its own."""
    from tests.unit import test_error_codes as codes

    codes.test_no_chinese_sentence_is_raised_below_the_ui()
    codes.test_the_allowlist_only_names_files_that_still_need_it()
    codes.test_every_entry_has_both_languages_with_the_same_parameters()
    codes.test_every_error_class_has_words_of_its_own()


def test_the_english_ui_explains_a_lower_layers_error_in_english(qapp):
    from gridDesk.domain.errors import ValidationError
    from gridDesk.ui import i18n
    from gridDesk.ui.messages import explain

    error = ValidationError("registered_address", "invalid.control_chars", char="U+001B")
    assert "户籍地址" in explain(error)
    translators = i18n.install(qapp, "en")
    try:
        assert i18n.current() == "en"
        assert explain(error) == ("“registered address” holds an invisible control character (U+001B), "
                                  "perhaps copied from elsewhere. Delete it and type it again.")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert i18n.current() == "zh_CN"
