"""The demo village's training: two years of county, township and village sessions, most members
meeting the yearly rule, two short of it, one certificate about to expire and one member 未持证."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..domain.training import Attendance, Certificate, Presence, TrainingLevel, TrainingSession
from .session import UserSession
from .team import TeamService
from .training import TrainingService

_PLAN = ((TrainingLevel.COUNTY, "县委政法委", ((3, "基层社会治理与网格化服务管理"), (9, "矛盾纠纷排查化解实务"))),
         (TrainingLevel.TOWNSHIP, "镇综治中心", ((2, "网格员工作职责与走访要求"), (5, "防汛与地质灾害隐患排查"),
                                                (8, "反电信诈骗宣传"), (11, "重点人群服务管理"))),
         (TrainingLevel.VILLAGE, "村综治中心", ((4, "信息采集与台账填报"), (10, "消防安全常识"))))


def _onboarding(training: TrainingService, passed: list[int], year: int, rng: random.Random) -> None:
    session_id = training.save_session(TrainingSession(
        TrainingLevel.TOWNSHIP, "镇综治中心", datetime(year, 1, 12, 9), 8, "新任网格员岗前培训",
        "镇政府会议室", "镇综治中心主任", assessed=True, onboarding=True)).ids[0]
    training.set_attendance(session_id, [Attendance(m, score=rng.randint(70, 98), passed=True) for m in passed])


def fill_onboarding(session: UserSession, seed: int = 14) -> None:
    """The small demo, without two years of training: the whole team passed its onboarding last
    January, so every member may work (持证上岗) and appears on the signs."""
    training = TrainingService(session)
    members = TeamService(session).members()
    if members:
        _onboarding(training, [m.id for m in members], training.now().year - 1, random.Random(seed))


def fill_training(session: UserSession, seed: int = 14) -> int:
    """Returns the number of sessions made."""
    rng = random.Random(seed)
    training = TrainingService(session)
    now = training.now()
    members = TeamService(session).members()
    if len(members) < 3:
        return 0
    short = {members[-1].id, members[-2].id}  # these two miss sessions this year
    no_licence, expiring = members[-3].id, members[-2].id
    made = 0
    first_year = now.year - 1
    _onboarding(training, [m.id for m in members if m.id not in (no_licence, expiring)], first_year, rng)
    made += 1
    for year in (first_year, now.year):
        for level, organiser, topics in _PLAN:
            for month, topic in topics:
                starts = datetime(year, month, rng.randint(8, 20), 9)
                if starts > now:
                    continue
                session_id = training.save_session(TrainingSession(
                    level, organiser, starts, 3 if level is TrainingLevel.COUNTY else 2, topic,
                    "县委党校" if level is TrainingLevel.COUNTY else "镇政府会议室",
                    assessed=level is TrainingLevel.COUNTY)).ids[0]
                made += 1
                rows = []
                for m in members:
                    missed = (year == now.year and m.id in short and rng.random() < 0.7) or rng.random() < 0.05
                    if missed:
                        rows.append(Attendance(m.id, Presence.EXCUSED, reason=rng.choice(("入户走访", "生病", "外出办事"))))
                    elif level is TrainingLevel.COUNTY:
                        score = rng.randint(62, 99)
                        rows.append(Attendance(m.id, score=score, passed=True))
                    else:
                        rows.append(Attendance(m.id))
                training.set_attendance(session_id, rows)
    issued = now.date() - timedelta(days=3 * 365 - 30)  # a three-year certificate, a month from its end
    training.save_certificate(Certificate(expiring, f"GR-{first_year - 2}-0{expiring:03d}", "县委政法委", issued,
                                          now.date() + timedelta(days=30)))
    return made
