"""The one catalogue of every sentence raised below the UI: code -> (Chinese, English).

Lower layers raise errors carrying a code and the facts (`row=3`, `limit=20`); this package turns
them into words, in Chinese for logs and the command line and in the UI's own language for the
window. A parameter that is itself a word (a field, a kind, a role, a state) is passed as a
`Word` and rendered through the same catalogue, so an English session shows no Chinese but the
user's own data. Standard library only: the CLI and the services read it without Qt.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass, field
from typing import Mapping

from . import (access, assessment, backups_audit, case_steps_imports, cases, command_line, export, files, housing,
               key_group_registers, opening, packages, patrols, roster, training, words)
from . import daily_logs
from . import meetings  # issue 18: the monthly meeting and its tasks
from . import pay as _pay  # commendations, warnings and performance pay (issue 18)
from . import staffing as _staffing  # issue 19: a complete team per grid
from . import party as _party  # party organisations, members and 党员联户 (issue 19)
from . import outreach  # issue 19: service stations, WeChat groups, volunteers
from . import petitions as _petitions  # issue 20: the register of petitions (信访)
from . import mediation as _mediation  # issue 20: people's mediation

ZH = "zh_CN"
EN = "en"
LANGUAGES = (ZH, EN)

# Every sentence, merged from one module per area (each module: ENTRIES = {code: (zh, en)}).
ENTRIES: dict[str, tuple[str, str]] = {}
for _module in (opening, access, roster, cases, case_steps_imports, training, files, words, packages, command_line,
                backups_audit, export, housing, key_group_registers, patrols,
                daily_logs, meetings, _pay, assessment, _staffing,
                _party, outreach, _petitions, _mediation):
    for _code, _pair in _module.ENTRIES.items():
        assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
        ENTRIES[_code] = _pair
from . import division as _division  # noqa: E402  (issue 19: the grid division)
from . import reports as _reports  # noqa: E402  (issue 20: the report family and its calendar)
for _code, _pair in (*_division.ENTRIES.items(), *_reports.ENTRIES.items()):
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import dispute_report as _dispute_report  # noqa: E402  (issue 20: the monthly dispute report)
from . import township as _township  # noqa: E402  (issue 21: the township edition)
for _code, _pair in (*_dispute_report.ENTRIES.items(), *_township.ENTRIES.items()):
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import escalations as _escalations  # noqa: E402  (issue 21: escalations as 上报件)
for _code, _pair in _escalations.ENTRIES.items():
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import replies as _replies  # noqa: E402  (issue 21: the township's reply package)
from . import township_reply as _township_reply  # noqa: E402  (issue 21: the township's answers and replies)
for _code, _pair in (*_replies.ENTRIES.items(), *_township_reply.ENTRIES.items()):
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import township_downlinks as _township_downlinks  # noqa: E402  (issue 21: second reviews, tasks, training)
for _code, _pair in _township_downlinks.ENTRIES.items():
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import demo_township as _demo_township  # noqa: E402  (issue 21: griddesk demo --township)
for _code, _pair in _demo_township.ENTRIES.items():
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import township_window as _township_window  # noqa: E402  (issue 21: the township's window)
for _code, _pair in _township_window.ENTRIES.items():
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair
from . import township_admin as _township_admin  # noqa: E402  (issue 21: task types, staff, grants)
for _code, _pair in _township_admin.ENTRIES.items():
    assert _code not in ENTRIES, f"catalogue code {_code} defined twice"
    ENTRIES[_code] = _pair

# Parameters that carry the user's own text (names, addresses, what was typed, file names, the
# operating system's own words): shown as they are in every language and never written to the log.
USER_DATA = frozenset({
    "name", "names", "value", "text", "title", "path", "file", "folder", "target", "grid",
    "place", "person", "member", "account", "username", "who", "label", "os_error", "detail",
    "document", "topic", "category", "sheet", "column", "columns", "header", "task_type", "number",
    # A verifier's report carried by an error: rendered in the reader's language, but it quotes the
    # package's own paths (电子档案/…, a format the township reads), so it is shown, never logged.
    "report",
    # The values a national list offers (汉族、蒙古族 …): the ledger's own words, Chinese in any UI.
    "examples",
})


@dataclass(frozen=True)
class Word:
    """A parameter that is a word of ours (a field, a kind, a state): translated, never user data."""

    code: str


@dataclass(frozen=True)
class Message:
    """A sentence as data, for a parameter that is itself a sentence (one of several problems)."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str = ZH) -> str:
        return render(self.code, self.params, lang)


def has(code: str) -> bool:
    return code in ENTRIES


def template(code: str, lang: str = ZH) -> str:
    zh, en = ENTRIES[code]
    return en if lang == EN else zh


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        return super().format_field(shown(value, self.lang), format_spec)


def shown(value: object, lang: str = ZH) -> object:
    """A parameter as it reads in `lang`: words and sentences through the catalogue, lists joined."""
    if isinstance(value, Word):
        return template(value.code, lang) if value.code in ENTRIES else value.code
    if isinstance(value, Message) or (hasattr(value, "render") and hasattr(value, "code")):
        return value.render(lang)  # a sentence, or an error, carried as a parameter
    if isinstance(value, (list, tuple)):
        sep = "、" if lang == ZH else ", "
        parts = [str(shown(v, lang)) for v in value]
        return "\n".join(parts) if any(isinstance(v, Message) for v in value) else sep.join(parts)
    return value


def render(code: str, params: Mapping[str, object] | None = None, lang: str = ZH) -> str:
    """The sentence for `code` in `lang` ("zh_CN" or "en"), with its parameters filled in."""
    return _Formatter(lang).vformat(template(code, lang), (), dict(params or {}))


def cli_language() -> str:
    """The command line speaks Chinese unless the shell asks for English (LC_ALL, then LANG)."""
    wanted = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return EN if wanted.lower().startswith("en") else ZH


def loggable(params: Mapping[str, object]) -> dict[str, object]:
    """The parameters that may go to the log file: no user data, words by their code."""
    out: dict[str, object] = {}
    for key, value in params.items():
        if key in USER_DATA:
            continue
        if isinstance(value, (Word, Message)):
            out[key] = value.code
        elif isinstance(value, (int, float, bool)) or value is None:
            out[key] = value
    return out
