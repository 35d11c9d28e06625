"""Errors below the UI are codes with parameters, and the catalogue says each in both languages."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import gridDesk
from gridDesk.domain import catalogue
from gridDesk.domain.errors import GridDeskError, ValidationError
from tests.error_allowlist import ALLOWED

ROOT = Path(gridDesk.__file__).resolve().parent.parent
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def _below_ui() -> list[Path]:
    return sorted(p for p in (ROOT / "gridDesk").rglob("*.py") if "ui" not in p.relative_to(ROOT).parts)


def _error_classes() -> set[str]:
    for info in pkgutil.walk_packages(gridDesk.__path__, "gridDesk."):
        if ".ui" not in info.name and info.name != "gridDesk.__main__":
            importlib.import_module(info.name)
    found, todo = set(), [GridDeskError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _chinese(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value)
               for n in ast.walk(node))


def _sentences(path: Path, classes: set[str]) -> list[int]:
    """Lines raising a Chinese sentence, or building one of our errors from one."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and node.exc is not None and _chinese(node.exc):
            lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in classes and any(_chinese(a) for a in [*node.args, *node.keywords]):
                lines.append(node.lineno)
    return sorted(set(lines))


def test_no_chinese_sentence_is_raised_below_the_ui():
    classes = _error_classes()
    offenders = {}
    for path in _below_ui():
        rel = path.relative_to(ROOT).as_posix()
        lines = _sentences(path, classes)
        if lines and rel not in ALLOWED:
            offenders[rel] = lines
    assert offenders == {}, "raise a catalogue code with parameters (gridDesk/domain/catalogue), not a sentence"


def test_the_allowlist_only_names_files_that_still_need_it():
    stale = []
    for rel in sorted(ALLOWED):
        path = ROOT / rel
        if not path.is_file() or not CJK.search(path.read_text(encoding="utf-8")):
            stale.append(rel)
    assert stale == [], "these files are converted: take them off tests/error_allowlist.py"


def _names(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_entry_has_both_languages_with_the_same_parameters():
    for code, pair in catalogue.ENTRIES.items():
        assert isinstance(pair, tuple) and len(pair) == 2, code
        zh, en = pair
        assert zh.strip() and en.strip(), code
        assert _names(zh) == _names(en), code
        assert not CJK.search(en), f"{code}: Chinese in the English"
        words = re.sub(r"\{[^}]*\}", "", zh)
        assert CJK.search(words) or not re.search("[A-Za-z]{4}", words), f"{code}: the Chinese is not Chinese"


def test_every_error_class_has_words_of_its_own():
    _error_classes()
    todo, missing = [GridDeskError], []
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if not catalogue.has(cls.code):
            missing.append(f"{cls.__module__}.{cls.__name__}: {cls.code}")
    assert missing == []


def test_an_error_renders_in_either_language_and_keeps_its_chinese_message():
    error = ValidationError("id_number", "invalid.control_chars", char="U+0007")
    assert error.message == str(error)
    assert "身份证号" in error.message and "U+0007" in error.message
    english = error.render("en")
    assert "ID number" in english and not CJK.search(english)
    assert error.for_log().startswith("ValidationError[invalid.control_chars]")


def test_an_old_style_sentence_still_reads_as_it_was():
    error = GridDeskError("一句旧式的话。")
    assert error.legacy == "一句旧式的话。" and error.message == "一句旧式的话。" and error.code == "error"


def test_the_log_never_gets_user_data():
    error = ValidationError("name", "invalid.control_chars", char="U+0007", name="张三",
                            value="110101199003077777", row=4)
    assert error.for_log() == "ValidationError[invalid.control_chars] {'row': 4, 'field': 'field.name'}"


def test_every_code_raised_is_in_the_catalogue_and_gets_its_parameters():
    """A typo in a code, or a parameter the sentence names but the raise does not pass, would
    only show when that refusal happens; read every construction of our errors instead."""
    classes = _error_classes()
    problems = []
    for path in _below_ui() + sorted((ROOT / "gridDesk" / "ui").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in classes:
                continue
            codes = [a.value for a in node.args[1 if name == "ValidationError" else 0:][:1]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            passed = {k.arg for k in node.keywords}
            for code in codes:  # ValidationError(field, code, ...), else Error(code, ...)
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                if not catalogue.has(code):
                    problems.append(f"{where}: {code} is not in the catalogue")
                elif None not in passed:  # no **params to check against
                    missing = _names(catalogue.template(code)) - passed - {"field"}
                    if missing:
                        problems.append(f"{where}: {code} needs {sorted(missing)}")
    assert problems == []
