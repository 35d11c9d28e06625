"""一户一代表 (Measures Art. 7 (6)): whether each household has a representative in its grid's
WeChat group, recorded by the team within their grids, one household or many at once; the
grid's coverage (households represented / households), the threshold below which the dashboard
names the grid (the director's figure), and the group's link printed on the sign as a QR code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..domain.plausible_dates import not_before
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.outreach import WECHAT_THRESHOLD_DEFAULT, GridCoverage, WechatRep, check_wechat_link
from ..domain.rules import Permission
from ..domain.resident_rules import bounded_text
from ..storage.centre_repo import CentreRepo
from ..storage.grids_repo import GridsRepo
from ..storage.outreach_repo import WechatRepo
from ..storage.residents_repo import HouseholdsRepo
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, require_grids
from .session import Changes, UserSession

THRESHOLD = "wechat.threshold"


@dataclass(frozen=True)
class Joined:
    """One household's line in a bulk tick: in the group (a representative and a day) or not."""

    number: str
    representative: str = ""
    joined_on: date | None = None


def link_key(code: str) -> str:
    return f"wechat_link:{code}"  # the centre setting the sign has always read


class WechatGroupsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.VIEW_ROSTER)
    def households(self, grid_code: str) -> list[WechatRep]:
        require_grids(self.session, [grid_code], what=f"wechat {grid_code}")
        with self.session.db.transaction() as s:
            return WechatRepo(s).households(grid_code)

    @rule(Permission.EDIT_ROSTER)
    def record(self, lines: Sequence[Joined]) -> Changes:
        """Many households at once (the per-grid list's ticks) or one (the household's own form),
        in one transaction: every household must be in the account's grids, or none is written."""
        today = local_dt(self.session.clock()).date()
        clean = []
        for line in lines:
            rep = bounded_text(line.representative, 32, "representative")
            if line.joined_on is not None:
                not_before(line.joined_on, "joined_on")
                if line.joined_on > today:
                    raise ValidationError("joined_on", "outreach.day_future")
                if not rep:
                    raise ValidationError("representative", "outreach.representative_required")
            clean.append(Joined(line.number.strip(), rep, line.joined_on))
        numbers = [j.number for j in clean]
        with self.session.db.transaction() as s:
            found = HouseholdsRepo(s).by_numbers(numbers)
        missing = [n for n in numbers if n not in found]
        if missing:
            raise ValidationError("households", "outreach.no_households", number=list(missing[:5]))
        require_grids(self.session, sorted({found[n][2] for n in numbers}), Permission.EDIT_ROSTER,
                      what=f"wechat {len(numbers)} households")
        joined = sum(1 for j in clean if j.joined_on)
        with self.session.write(Action.WRITE.value, "wechat households",
                                f"{joined} in, {len(clean) - joined} out: {','.join(numbers[:20])}") as s:
            repo, now = WechatRepo(s), local_dt(self.session.clock())
            for j in clean:
                repo.set(found[j.number][0], j.representative, j.joined_on, self.session.account.username, now)
        return Changes("wechat", tuple(numbers))

    @rule(Permission.VIEW_ROSTER)
    def coverage(self) -> list[GridCoverage]:
        """Each of the account's grids (one group per grid, micro-grids counted in their grid)."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            return [c for c in WechatRepo(s).coverage() if inside(c.code, scope)]

    @rule(Permission.VIEW_ROSTER)
    def threshold(self) -> int:
        with self.session.db.transaction() as s:
            return WechatRepo(s).rule(THRESHOLD, WECHAT_THRESHOLD_DEFAULT)

    @rule(Permission.VIEW_ROSTER)
    def below(self) -> list[GridCoverage]:
        """The grids whose coverage is under the threshold (grids with no households are not)."""
        limit = self.threshold()
        return [c for c in self.coverage() if c.households and c.percent < limit]

    @rule(Permission.EDIT_RULES)
    def set_threshold(self, percent: int) -> Changes:
        if not 0 <= int(percent) <= 100:
            raise ValidationError("threshold", "outreach.threshold_range")
        with self.session.write(Action.WRITE.value, "wechat threshold", str(percent)) as s:
            WechatRepo(s).set_rule(THRESHOLD, int(percent))
        return Changes("wechat")

    @rule(Permission.VIEW_ROSTER)
    def link(self, grid_code: str) -> str:
        require_grids(self.session, [grid_code], what=f"wechat link {grid_code}")
        with self.session.db.transaction() as s:
            return CentreRepo(s).setting(link_key(grid_code))

    @rule(Permission.EDIT_ROSTER)
    def set_link(self, grid_code: str, link: str) -> Changes:
        """The group's invitation link (https only; '' removes it): the sign draws it as a QR code."""
        link = check_wechat_link(link)
        require_grids(self.session, [grid_code], Permission.EDIT_ROSTER, what=f"wechat link {grid_code}")
        with self.session.write(Action.WRITE.value, f"grid {grid_code}", f"微信群链接 {'set' if link else 'cleared'}") as s:
            if grid_code not in GridsRepo(s).ids():
                raise ValidationError("grid_code", "outreach.no_grid", grid=grid_code)
            CentreRepo(s).set_setting(link_key(grid_code), link)
        return Changes("grids", (grid_code,))


def coverage_of(s) -> dict[str, int]:
    """grid code -> percent, for the sign (the caller has already chosen the grids it may print)."""
    return {c.code: c.percent for c in WechatRepo(s).coverage() if c.households}


def wechat_status(session: UserSession) -> dict[str, int] | None:
    """`status --json` wechat_coverage: the account's grids with households, code -> percent
    (None for an account that sees no roster)."""
    if not session.may(Permission.VIEW_ROSTER):
        return None
    return {c.code: c.percent for c in WechatGroupsService(session).coverage() if c.households}
