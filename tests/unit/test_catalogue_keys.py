"""A message code written twice in the catalogue's files: Python keeps the last silently, so the
first sentence is never shown (assessment.quarter_not_begun said "nothing to print or export"
where a review was being recorded)."""
from __future__ import annotations

import ast
from pathlib import Path

import gridDesk.domain.catalogue as catalogue

FOLDER = Path(catalogue.__file__).parent


def _duplicates(path: Path) -> list[str]:
    twice = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            seen: dict[str, int] = {}  # within one dict: two tables may share a word
            for key in node.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    if key.value in seen:
                        twice.append(f"{path.name}: {key.value} (lines {seen[key.value]} and {key.lineno})")
                    seen[key.value] = key.lineno
    return twice


def test_no_message_code_is_written_twice():
    files = sorted(FOLDER.glob("*.py"))
    assert len(files) > 10
    assert [d for f in files for d in _duplicates(f)] == []
