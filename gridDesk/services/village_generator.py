"""A synthetic village of any size (Faker zh_CN): names, households, valid ID numbers.

No real person's data: names and addresses are generated, ID numbers carry a real check digit
over made-up sequence numbers, phones use made-up subscriber numbers.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.idcard import check_digit
from ..domain.roster import (Grid, GridKind, Household, Resident, TeamMember, TeamRole,
                             grid_code)

Progress = Callable[[int, int], None]

_GROUP_NAMES = "东村 西村 南庄 北庄 前街 后街 河湾 山脚 新村 老庄 上岭 下岭 柳树湾 杏花坪 槐树庄 石桥".split()
_MOBILE_PREFIXES = ("135", "136", "138", "139", "150", "151", "152", "158", "159", "186", "187", "188")


@dataclass(frozen=True)
class Village:
    grids: list[Grid]
    households: list[Household]
    residents: list[Resident]
    team: list[TeamMember]


class _Ids:
    def __init__(self, region: str, rng: random.Random) -> None:
        self.region = region
        self.rng = rng
        self.seen: set[str] = set()

    def make(self, born: date, male: bool) -> str:
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if male else 0)
            first17 = f"{self.region}{born:%Y%m%d}{seq:03d}"
            number = first17 + check_digit(first17)
            if number not in self.seen:
                self.seen.add(number)
                return number


def _birth(rng: random.Random, today: date, lo: int, hi: int) -> date:
    return today - timedelta(days=rng.randrange(lo * 365 + 1, hi * 365 - 1))


def generate_village(division_code: str, residents: int, seed: int = 2026,
                     progress: Progress | None = None, today: date | None = None) -> Village:
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    today = today or date.today()
    ids = _Ids(division_code[:6], rng)
    n_households = max(1, round(residents / 3.3))
    n_grids = max(1, math.ceil(n_households / 80)) if residents < 2000 else max(1, math.ceil(n_households / 300))

    grids = [Grid(grid_code(division_code, g + 1),
                  f"第{g + 1}网格（{_GROUP_NAMES[g % len(_GROUP_NAMES)]}）", GridKind.RURAL,
                  f"{_GROUP_NAMES[g % len(_GROUP_NAMES)]}村民小组全域") for g in range(n_grids)]
    surnames = [fake.last_name() for _ in range(60)]
    households: list[Household] = []
    people: list[Resident] = []
    phones: set[str] = set()

    def phone() -> str:
        while True:
            p = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(0, 10**8):08d}"
            if p not in phones:
                phones.add(p)
                return p

    made = 0
    for h in range(n_households):
        grid = grids[h * n_grids // n_households]
        number = f"{division_code[-3:]}{h + 1:06d}"
        group = _GROUP_NAMES[grids.index(grid) % len(_GROUP_NAMES)]
        households.append(Household(number, f"{group}{h % 97 + 1}排{h % 13 + 1}号", grid.code))
        size = min(residents - made, rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6)))
        if h == n_households - 1:
            size = residents - made
        family = rng.choice(surnames)
        for m in range(size):
            if m == 0:
                relation, born, male = "户主", _birth(rng, today, 30, 80), rng.random() < 0.8
            elif m == 1:
                relation, born, male = "配偶", _birth(rng, today, 28, 78), False
            elif m < 5:
                relation, born, male = ("子" if rng.random() < 0.5 else "女"), _birth(rng, today, 1, 40), None
                male = relation == "子"
            else:
                relation, born, male = ("父亲" if rng.random() < 0.5 else "母亲"), _birth(rng, today, 65, 95), None
                male = relation == "父亲"
            given = fake.first_name_male() if male else fake.first_name_female()
            name = (family if relation not in ("配偶", "母亲") else rng.choice(surnames)) + given
            adult = (today - born).days >= 18 * 365
            people.append(Resident(name, ids.make(born, male), "男" if male else "女", born,
                                   phone() if adult and rng.random() < 0.85 else "", number,
                                   relation, grid.code))
            made += 1
        if progress and h % 500 == 0:
            progress(made, residents)
        if made >= residents:
            households = households[: h + 1]
            break

    team: list[TeamMember] = []
    appointed = today.replace(month=1, day=1) - timedelta(days=365)

    def member(role: TeamRole, grid: str | None) -> TeamMember:
        male = rng.random() < 0.5
        born = _birth(rng, today, 24, 55)
        given = fake.first_name_male() if male else fake.first_name_female()
        return TeamMember(rng.choice(surnames) + given, ids.make(born, male), phone(), role, grid,
                          appointed)

    team.append(member(TeamRole.LEADER, None))
    for g in grids:
        team.append(member(TeamRole.FULL_TIME, g.code))
    for g in grids:
        if len(team) >= max(10, 2 * n_grids + 1):
            break
        team.append(member(TeamRole.PART_TIME, g.code))
    while len(team) < 10:
        team.append(member(TeamRole.ASSISTANT, grids[len(team) % n_grids].code))
    if progress:
        progress(residents, residents)
    return Village(grids, households, people, team)
