"""开始使用: a new centre's first steps (grids, team, ledger, a backup, the signs), each ticked from
the data itself, so the checklist is never out of step with what was really done."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..storage.centre_repo import CentreRepo
from ..storage.roster_repo import RosterRepo
from .backups import BackupService
from .guard import rule
from .printouts import PRINTED_PREFIX
from .session import Changes, UserSession

# The steps in the order a centre takes them; the UI gives each its words and its place.
STEPS = ("grids", "team", "ledger", "backup", "signs")
HIDDEN = "first_steps_hidden"  # settings key: the director put the checklist away


@dataclass(frozen=True)
class FirstStep:
    key: str  # one of STEPS
    done: bool


@dataclass(frozen=True)
class FirstSteps:
    steps: tuple[FirstStep, ...]
    hidden: bool  # put away by hand, though not every step is done

    @property
    def all_done(self) -> bool:
        return all(step.done for step in self.steps)

    @property
    def shown(self) -> bool:
        return not self.hidden and not self.all_done


def last_backup(session: UserSession) -> str:
    """The last backup that counts for the checklist ('' when none). The one place it is asked:
    what counts as a backup (to a stick, not the same disk) is decided where this reads from."""
    return BackupService(session).state().last_at


class FirstStepsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.SETTINGS)
    def steps(self) -> FirstSteps:
        with self.session.db.transaction() as s:
            counts = RosterRepo(s).counts()
            centre = CentreRepo(s)
            printed = centre.has_setting_starting(PRINTED_PREFIX)
            hidden = centre.setting(HIDDEN) == "1"
        done = {"grids": counts.grids > 0, "team": counts.team > 0, "ledger": counts.households > 0 or counts.residents > 0,
                "backup": bool(last_backup(self.session)), "signs": printed}
        return FirstSteps(tuple(FirstStep(key, done[key]) for key in STEPS), hidden)

    @rule(Permission.SETTINGS)
    def hide(self) -> Changes:
        """Put the checklist away (a centre that needs no guidance); recorded like any setting."""
        with self.session.write(Action.SETTINGS_CHANGED.value, HIDDEN, "1") as s:
            CentreRepo(s).set_setting(HIDDEN, "1")
        return Changes("settings", (HIDDEN,))
