"""The six steps' words, the state names and the button verbs live in one table
(domain/step_words.py); the UI's marked-for-translation copy says the same words; no other module
spells one of them out (they had drifted: the timeline said 建立案卷 where the printouts said
案卷建立, and the archive kept its own list)."""

from __future__ import annotations

import ast
from pathlib import Path

from gridDesk.domain import step_words
from gridDesk.domain.cases import CaseAction, CaseState

ROOT = Path(step_words.__file__).resolve().parents[1]
TABLE = ROOT / "domain" / "step_words.py"
UI_TABLE = ROOT / "ui" / "case_words.py"  # lupdate reads literals there only; held equal below
# The steps, the states and what each step (a CaseAction) is called and asked for; a 需审批
# matter's 公示 is a word of its own, used wherever notices are.
WORDS = (set(step_words.STEP_WORDS.values()) | set(step_words.STATE_WORDS.values())
         | {step_words.RECORD_WORDS[a.value] for a in CaseAction} | set(step_words.BUTTON_VERBS.values()))


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _spelled(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and node.value.strip().rstrip("…：:") in WORDS]


def test_no_module_but_the_table_spells_a_step_word() -> None:
    found = {f"{path.relative_to(ROOT)}:{line} {text!r}" for path in ROOT.rglob("*.py")
             if path not in (TABLE, UI_TABLE) for line, text in _spelled(path)}
    assert not found, "a second copy of the step words: use domain/step_words.py (or ui/case_words.py)"


def test_the_ui_table_says_the_domain_words() -> None:
    from gridDesk.ui import case_words as ui

    assert ui._STEPS == step_words.STEP_WORDS
    assert ui._STATES == step_words.STATE_WORDS
    assert ui._RECORDS == step_words.RECORD_WORDS
    assert ui._BUTTON_VERBS == step_words.BUTTON_VERBS
    # ... and each word once: a button verb differs from its record word, or it would be a copy.
    assert all(step_words.RECORD_WORDS[a] != verb for a, verb in step_words.BUTTON_VERBS.items())


def test_every_state_and_action_has_its_words() -> None:
    assert set(step_words.STATE_WORDS) == {s.value for s in CaseState}
    assert {a.value for a in CaseAction} <= set(step_words.RECORD_WORDS)
    assert step_words.SIX_STEPS == ("问题上报", "案卷建立", "任务指派", "调查落实", "处理反馈", "结案归档")
    # The timeline and the printouts say the step's own word; only the button asks in a verb.
    assert step_words.record_word("file") == "案卷建立" and step_words.button_word("file") == "建立案卷"
    assert step_words.step_word("township_solved") == "处理反馈"
