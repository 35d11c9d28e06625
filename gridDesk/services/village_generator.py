"""A synthetic village of any size (Faker zh_CN): names, households, valid ID numbers.

No real person's data: names and addresses are generated, ID numbers carry a real check digit
over made-up sequence numbers, phones use made-up subscriber numbers.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..domain.idcard import check_digit
from ..domain.key_groups import AttentionLevel, KeyGroup
from ..domain.roster import (DemoTag, Grid, GridKind, Household, Resident, TeamMember, TeamRole,
                             grid_code)

Progress = Callable[[int, int], None]

_GROUP_NAMES = "东村 西村 南庄 北庄 前街 后街 河湾 山脚 新村 老庄 上岭 下岭 柳树湾 杏花坪 槐树庄 石桥".split()
_MOBILE_PREFIXES = ("135", "136", "138", "139", "150", "151", "152", "158", "159", "186", "187", "188")


_CITIES = ("太原市", "北京市", "天津市", "西安市", "郑州市", "石家庄市", "上海市", "深圳市")
_WORK = ("务工", "经商", "上学", "投亲")


@dataclass(frozen=True)
class Village:
    grids: list[Grid]
    households: list[Household]
    residents: list[Resident]
    team: list[TeamMember]
    tags: list[DemoTag] = field(default_factory=list)


def _details(rng: random.Random, today: date, adult_born: date) -> Resident:
    """The ledger fields beyond name and number, plausible for the person's age."""
    age = (today - adult_born).days // 365
    if age < 6:
        education = "学龄前"
    elif age < 13:
        education = "小学"
    elif age < 16:
        education = "初中"
    else:
        education = rng.choice(("小学", "初中", "初中", "高中", "中专", "大学专科", "大学本科"))
    marital = "未婚" if age < 22 else rng.choice(("已婚", "已婚", "已婚", "已婚", "离婚", "丧偶" if age > 55 else "已婚"))
    political = "共青团员" if 14 <= age < 28 and rng.random() < 0.3 else (
        "中共党员" if age >= 25 and rng.random() < 0.08 else "群众")
    away = 18 <= age < 60 and rng.random() < 0.12
    return Resident("", "", "", adult_born, "", None, "", "", ethnicity="汉族" if rng.random() < 0.97 else "回族",
                    political_status=political, education=education, marital_status=marital,
                    residence_status="户在人不在" if away else "人户一致", away=away,
                    away_reason=rng.choice(_WORK) if away else "",
                    away_since=today - timedelta(days=rng.randrange(30, 2000)) if away else None,
                    away_destination=rng.choice(_CITIES) if away else "",
                    occupation="学生" if 6 <= age < 18 else ("农民" if age >= 18 else ""))


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
                head_male = male
            elif m == 1:  # the head's wife, or her husband when a woman heads the household
                relation, born, male = "配偶", _birth(rng, today, 28, 78), not head_male
            elif m < 5:
                relation, born, male = ("子" if rng.random() < 0.5 else "女"), _birth(rng, today, 1, 40), None
                male = relation == "子"
            else:
                relation, born, male = ("父亲" if rng.random() < 0.5 else "母亲"), _birth(rng, today, 65, 95), None
                male = relation == "父亲"
            given = fake.first_name_male() if male else fake.first_name_female()
            name = (family if relation not in ("配偶", "母亲") else rng.choice(surnames)) + given
            adult = (today - born).days >= 18 * 365
            address = households[-1].address
            people.append(replace(_details(rng, today, born), name=name, id_number=ids.make(born, male),
                                  sex="男" if male else "女", phone=phone() if adult and rng.random() < 0.85 else "",
                                  household_number=number, relation=relation, grid_code=grid.code,
                                  registered_address=address, actual_address=address))
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
                          appointed, "走访入户、信息采集、矛盾排查、政策宣传")

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
    return Village(grids, households, people, team, _tags(people, rng, today))


def _tags(people: list[Resident], rng: random.Random, today: date) -> list[DemoTag]:
    """Key groups by the rules a centre uses, and a sprinkling of the rarer ones."""
    members: dict[str | None, list[Resident]] = {}
    for p in people:
        members.setdefault(p.household_number, []).append(p)
    tags: list[DemoTag] = []

    def age(p: Resident) -> int:
        return (today - p.birth_date).days // 365

    for household in members.values():
        for p in household:
            if age(p) >= 60 and len(household) == 1:
                tags.append(DemoTag(p.id_number, KeyGroup.ELDERLY_ALONE, AttentionLevel.MEDIUM, None, {}))
            elif age(p) < 16 and sum(1 for q in household if q.relation in ("户主", "配偶") and q.away) >= 2:
                tags.append(DemoTag(p.id_number, KeyGroup.LEFT_BEHIND_CHILD, AttentionLevel.MEDIUM, None, {}))
    rare = ((KeyGroup.DISABLED, 0.012, {"disability_type": "肢体", "grade": "三级"}),
            (KeyGroup.SUBSISTENCE, 0.01, {}), (KeyGroup.HARDSHIP, 0.008, {}),
            (KeyGroup.FLOATING, 0.01, {"flow_reason": "务工"}),
            (KeyGroup.MENTAL_DISORDER, 0.002, {"risk_level": "1级"}),
            (KeyGroup.RELEASED, 0.0015, {}), (KeyGroup.CORRECTION, 0.0008, {}))
    tagged = {t.id_number for t in tags}
    for p in people:
        if age(p) < 18 or p.id_number in tagged:
            continue
        for group, share, details in rare:
            if rng.random() < share:
                level = AttentionLevel.SERIOUS if group is KeyGroup.MENTAL_DISORDER else AttentionLevel.NORMAL
                tags.append(DemoTag(p.id_number, group, level, today - timedelta(days=rng.randrange(30, 900)),
                                    dict(details)))
                break
    return tags
