"""The township's 准入清单 (task admission list: the task types its county approved), which every
task sent down is typed by (services/township_downlinks.send_task). Kept in the setting
"task_types" (a JSON list); with none there, the list in domain/township.ADMISSION_LIST is in force.
Everyone who may read the township's data sees it; only the director replaces it
(TownshipAction.SET_TASK_TYPES), every name checked, and the change is on the township's audit log.
Tasks already kept keep the type they were given."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..domain.township import ADMISSION_LIST, TownshipAction, check_task_types
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession, now_iso
from .township_downlinks import admission_list

SETTING = "task_types"


@dataclass(frozen=True)
class TaskTypes:
    names: tuple[str, ...]
    default: bool  # True: no list of the township's own, ADMISSION_LIST is in force


def task_types(session: TownshipSession) -> TaskTypes:
    session.require(TownshipAction.VIEW_STATUS)
    names = admission_list(session)
    with session.db.transaction() as s:
        own = bool(TownshipRepo(s).settings().get(SETTING, ""))
    return TaskTypes(names, not own or names == ADMISSION_LIST)


def set_task_types(session: TownshipSession, names: list[str] | tuple[str, ...]) -> TaskTypes:
    """Replace the list whole (the county approves a list, not one entry); audited with the old and new."""
    session.require(TownshipAction.SET_TASK_TYPES)
    new = check_task_types(list(names))
    before = admission_list(session)
    with session.db.transaction(writes=True) as s:
        repo = TownshipRepo(s)
        repo.set_setting(SETTING, json.dumps(list(new), ensure_ascii=False))
        repo.audit(now_iso(), session.username, "task_types_set", f"{len(new)} types",
                   json.dumps({"before": list(before), "after": list(new)}, ensure_ascii=False))
    return TaskTypes(new, new == ADMISSION_LIST)
