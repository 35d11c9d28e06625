"""Issue 21 "Done when", end to end on the encrypted file AND on PostgreSQL: the demo township
(five demo villages, each its own key and data, one late, one with a broken chain) imports its
villages' stick; the matrix shows the late village missing last month, the broken one's batch
refused in words, the others complete; the township answers two escalations (指导意见 and 退回)
and records the second review of one quarterly review, writes its replies, and the villages import
them: the township's words on their cases, the quarter's second review in place.
The five villages are built once for the module (they do not depend on the storage) and copied
for each storage."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from gridDesk import paths
from gridDesk.archive import unpack
from gridDesk.domain.township import Outcome
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER
from gridDesk.services.demo_township import (BROKEN, LATE, ON_TIME, TOWNSHIP_PASSWORD, TOWNSHIP_USER, VILLAGES,
                                             build_villages, create_demo_township, register_all)
from gridDesk.services.replies import APPLIED, RepliesService
from gridDesk.services.township import open_township
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import answer_escalation, write_replies
from gridDesk.services.township_reviews import record_second_review, waiting_reviews
from gridDesk.services.township_status import status_json, township_status

RESIDENTS = 8  # the township sees batches, not people: as few as make a village


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo-villages")
    built, stick = build_villages(out, paths.migrations_dir(), RESIDENTS)
    return out, built


@pytest.fixture
def demo(villages, storage, tmp_path):
    """This storage's township over a fresh copy of the five villages and their stick."""
    source, built = villages
    out = tmp_path / "demo"
    shutil.copytree(source, out, symlinks=True)
    moved = tuple(replace(v, db_path=out / v.db_path.relative_to(source),
                          withheld=tuple(out / w.relative_to(source) for w in v.withheld)) for v in built)
    return register_all(storage, create_demo_township(out, storage), moved, out / "U盘")


def _village(v):
    return Access(v.db_path, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PASSWORD)


def _months(today: date) -> tuple[str, str]:
    last = date(today.year - (today.month == 1), 12 if today.month == 1 else today.month - 1, 1)
    return f"{last:%Y-%m}", f"{today:%Y-%m}"


def _waiting_case(v) -> str:
    """The number of one of the village's cases still waiting for the township."""
    session = _village(v)
    try:
        return next(c.number for c in CasesService(session).list(None) if c.state.value == "escalated")
    finally:
        session.close()


def test_the_demo_township_end_to_end(demo):
    by_kind = {kind: [v for v in demo.villages if v.kind == kind] for kind in (ON_TIME, LATE, BROKEN)}
    assert [len(by_kind[k]) for k in (ON_TIME, LATE, BROKEN)] == [3, 1, 1]
    assert len({v.fingerprint for v in demo.villages}) == 5 and all(v.code[:9] == demo.code for v in demo.villages)
    late, broken = by_kind[LATE][0], by_kind[BROKEN][0]
    # Every village's batches carry its quarterly review (考核结果), for the township's second review.
    for v in demo.villages:
        bag = demo.stick / v.on_stick[0]
        assert "考核结果" in {i.category for i in unpack.items(bag, unpack.manifest(bag))}, v.name

    tsession = open_township(demo.spec, TOWNSHIP_USER, TOWNSHIP_PASSWORD)
    try:
        summary = import_stick(tsession, demo.stick)
        assert summary.stick_problems == ()  # one stick carried round five villages, described whole
        outcomes = {p.batch: p for p in summary.packages}
        refused = outcomes[broken.on_stick[-1]]
        assert refused.outcome is Outcome.QUARANTINED and any("批次链断了" in r for r in refused.reasons)
        assert Path(refused.quarantine, "report.txt").is_file()
        assert [p.outcome for p in summary.packages].count(Outcome.LOADED) == 8 and summary.refused == 1

        today = date.today()
        last, this = _months(today)
        status = status_json(township_status(tsession, today))
        assert status["periods"][-2:] == [last, this]
        cells = {v["code"]: {c["period"]: c for c in v["periods"]} for v in status["villages"]}
        before_deadline = today.day <= status["deadline_day"]  # last month's batches arrive today
        for v in by_kind[ON_TIME]:
            assert cells[v.code][last] == {"period": last, "received": 1, "on_time": int(before_deadline),
                                           "chain_complete": True, "failed": 0, "missing": False}, v.name
            assert cells[v.code][this] | {} == {"period": this, "received": 1, "on_time": 1, "chain_complete": True,
                                               "failed": 0, "missing": False}, v.name
        assert cells[late.code][last]["missing"] and cells[late.code][last]["received"] == 0
        assert cells[late.code][this]["received"] == 1 and cells[late.code][this]["chain_complete"]
        assert cells[broken.code][last]["received"] == 1 and cells[broken.code][last]["chain_complete"]
        assert cells[broken.code][this] | {} == {"period": this, "received": 0, "on_time": 0, "chain_complete": False,
                                                "failed": 1, "missing": False}
        queue = {(e["village"], e["case_number"]): e["state"] for e in status["escalations"]}
        assert len(queue) == 10 and set(queue.values()) == {"waiting"}  # two from each village

        # Two answers, at two villages: 指导意见 to one, 退回 to the other.
        one, two = by_kind[ON_TIME][0], late
        first, second = _waiting_case(one), _waiting_case(two)
        answer_escalation(tsession, one.code, first, 1, "instruct", "请村里先行调解，三日内报结果。")
        answer_escalation(tsession, two.code, second, 1, "return", "材料不全，请补充现场照片后再报。")
        # And the second review of one member's quarter at the first village (its 考核结果 came in).
        waiting = [w for w in waiting_reviews(tsession) if w.village == one.code]
        assert waiting, waiting_reviews(tsession)
        reviewed = waiting[0]
        record_second_review(tsession, one.code, reviewed.quarter, reviewed.member, "同意村级初评。")
        assert (one.code, reviewed.quarter, reviewed.member) not in {
            (w.village, w.quarter, w.member) for w in waiting_reviews(tsession)}
        written = {r.village: r for r in write_replies(tsession, demo.stick)}
        assert {code: (r.receipts, r.answers, r.reviews) for code, r in written.items()} == {
            v.code: (len(v.on_stick), int(v in (one, two)), int(v is one)) for v in demo.villages}
    finally:
        tsession.close()

    for v, number, words in ((one, first, "请村里先行调解"), (two, second, "材料不全")):
        session = _village(v)
        try:
            done = RepliesService(session).import_reply(Path(written[v.code].folder))
            assert {i.outcome for i in done.items} == {APPLIED}, [i.reason_in() for i in done.items]
            case = next(c for c in CasesService(session).list(None) if c.number == number)
            said = RepliesService(session).township_words(case.id)
            assert len(said) == 1
            last_step = CasesService(session).get(case.id).events[-1]
            assert words in last_step.detail and "演示乡镇主任" in last_step.detail, last_step
        finally:
            session.close()
    # The quarter's second review is in place at the first village, in the township's words.
    from gridDesk.domain.assessment import Quarter, ReviewLevel
    from gridDesk.services.assessment import AssessmentService

    session = _village(one)
    try:
        levels = [(r.level, r.decision) for r in AssessmentService(session).member_quarter(
            reviewed.member_id, Quarter.parse(reviewed.quarter)).reviews]
        assert (ReviewLevel.SECOND, "同意村级初评。") in levels, levels
    finally:
        session.close()
    # The broken village hears that its batch was refused, and why.
    session = _village(broken)
    try:
        done = RepliesService(session).import_reply(Path(written[broken.code].folder))
        assert any("批次链断了" in i.reason_in() for i in done.items), [i.reason_in() for i in done.items]
    finally:
        session.close()
    assert [code for code, _name, _kind in VILLAGES] == [v.code for v in demo.villages]
