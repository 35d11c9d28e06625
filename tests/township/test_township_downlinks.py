"""Tasks and training sessions the township sends down (issue 21 item 2), on both storages: typed
per the 准入清单 for one village or all, carried by the next reply (a village with only a task
pending gets one), marked sent only once the reply is written and verified, and bad or hostile
input refused in words with nothing kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from gridDesk.archive.reply import Presence
from gridDesk.archive.reply_read import read_reply
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.township import ADMISSION_LIST, TownshipAction, TownshipRole, may
from gridDesk.services.township import add_village
from gridDesk.services.township_downlinks import AttendeeIn, parse_attendee, send_task, send_training
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import write_replies
from gridDesk.services.township_status import status_json, township_status
from tests.township.packages import Village
from tests.township.reviews_items import review_row, reviews_item

TYPE = ADMISSION_LIST[1]  # 矛盾纠纷排查化解
DUE = (date.today() + timedelta(days=10)).isoformat()
HELD = (datetime.now() - timedelta(days=2)).strftime("%Y-%m-%d %H:%M")


def _unsent(tsession) -> dict:
    return status_json(township_status(tsession, date.today()))["unsent"]


def _two_villages(tsession):
    one, two = Village(), Village("140105100202", "梨花村综治中心")
    add_village(tsession, one.code, "杏花村", one.fingerprint)
    add_village(tsession, two.code, "梨花村", two.fingerprint)
    return one, two


def test_a_task_for_every_village_goes_out_on_each_reply(tsession, tmp_path):
    one, two = _two_villages(tsession)
    sent = send_task(tsession, None, TYPE, "开展春节前矛盾纠纷大排查", DUE, "小综治〔2026〕3号", "逐户排查，\n月底报结果。",
                     ["G01", "G02", "G01"])
    assert sent.villages == (one.code, two.code) and len(sent.ids) == 2
    assert _unsent(tsession) == {one.code: {"reviews": 0, "tasks": 1, "trainings": 0},
                                 two.code: {"reviews": 0, "tasks": 1, "trainings": 0}}
    written = write_replies(tsession, tmp_path / "r", None)  # no batch, no answer: only the task
    assert [(r.village, r.receipts, r.answers, r.tasks) for r in written] == [(one.code, 0, 0, 1), (two.code, 0, 0, 1)]
    for r in written:
        reply = read_reply(Path(r.folder), tsession.signing_key().public().fingerprint(), r.village)
        [task] = reply.tasks
        assert (task.type_name, task.title, task.document, task.grids) == (TYPE, "开展春节前矛盾纠纷大排查",
                                                                            "小综治〔2026〕3号", ("G01", "G02"))
        assert task.due_on.isoformat() == DUE and task.details == "逐户排查，\n月底报结果。"
    assert _unsent(tsession)[one.code]["tasks"] == 0
    assert all(r.folder == "" for r in write_replies(tsession, tmp_path / "r2", None))


def test_training_names_the_members_as_the_village_knows_them(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "张三", "first", 4)]),))
    import_stick(tsession, tmp_path / "s1")
    sent = send_training(tsession, v.code, "人民调解实务", HELD, "2.5", "镇会议室", "司法所王所长",
                         attendees=[parse_attendee("张三"), parse_attendee("赵六/140105********0013"),
                                    AttendeeIn("钱七", "140105********002X", Presence.EXCUSED, reason="值班")])
    assert (sent.village, sent.hours, sent.attendees) == (v.code, 2.5, 3)
    [written] = write_replies(tsession, tmp_path / "r", v.code)
    assert (written.receipts, written.trainings) == (1, 1)
    reply = read_reply(Path(written.folder), tsession.signing_key().public().fingerprint(), v.code)
    [training] = reply.trainings
    assert (training.topic, training.hours, training.place, training.trainer) == ("人民调解实务", 2.5, "镇会议室",
                                                                                  "司法所王所长")
    assert [(a.person.name, a.person.member_id, a.person.id_masked, a.presence, a.reason) for a in training.attendees] == [
        ("张三", 4, "", Presence.PRESENT, ""), ("赵六", None, "140105********0013", Presence.PRESENT, ""),
        ("钱七", None, "140105********002X", Presence.EXCUSED, "值班")]


def test_a_stick_pulled_mid_way_marks_nothing_sent(tsession, tmp_path, monkeypatch):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    send_task(tsession, v.code, TYPE, "排查", DUE)
    from gridDesk.archive import stick as stick_module
    from gridDesk.services import township_reply

    def pulled(*_a, **_k):
        raise stick_module.StickError("stick.unreachable", path="E:", os_error="device gone")

    monkeypatch.setattr(township_reply, "build_reply", pulled)
    with pytest.raises(GridDeskError):
        write_replies(tsession, tmp_path / "gone", v.code)
    monkeypatch.undo()
    assert _unsent(tsession)[v.code]["tasks"] == 1
    [again] = write_replies(tsession, tmp_path / "s", v.code)
    assert again.tasks == 1 and again.reply.endswith("-0001")


def test_tasks_and_training_refused_in_words(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    task_cases = [
        (dict(type_name="帮企业催收账款"), "township.down.not_listed"),
        (dict(type_name=""), "township.down.required"),
        (dict(village="140105100999"), "township.reply.no_village"),
        (dict(village="140105200201"), "township.village_outside"),
        (dict(title="排查\x00"), "invalid.control_chars"),
        (dict(title="题" * 129), "township.text_long"),
        (dict(details="细" * 4001), "township.text_long"),
        (dict(due="2026-13-01"), "township.down.bad_date"),
        (dict(due="2000-01-01"), "township.down.due_range"),
        (dict(due=f"{date.today().year + 6}-01-01"), "township.down.due_range"),
        (dict(grids=["G 01"]), "township.down.bad_grid"),
        (dict(grids=["../../etc"]), "township.down.bad_grid"),
        (dict(grids=[f"G{i}" for i in range(51)]), "township.down.too_many"),
    ]
    for change, expected in task_cases:
        args = dict(village=v.code, type_name=TYPE, title="排查", due=DUE, document="", details="", grids=())
        args.update(change)
        with pytest.raises(GridDeskError) as caught:
            send_task(tsession, args["village"], args["type_name"], args["title"], args["due"], args["document"],
                      args["details"], args["grids"])
        assert caught.value.code == expected, (change, caught.value.code)
        assert caught.value.message and "{" not in caught.value.message
    with pytest.raises(GridDeskError) as caught:
        send_task(tsession, v.code, "帮企业催收账款", "催收", DUE)
    assert TYPE in caught.value.message  # the list it may choose from, in the refusal
    someone = [parse_attendee("赵六/140105********0013")]
    training_cases = [
        (dict(attendees=[parse_attendee(f"人{i}/140105********{i:04d}") for i in range(200)]),
         "township.down.too_many"),
        (dict(attendees=[]), "township.down.no_attendees"),
        (dict(attendees=[parse_attendee("无名氏")]), "township.down.who"),
        (dict(attendees=[parse_attendee("赵六/1401051234")]), "township.down.bad_masked_id"),
        (dict(attendees=someone * 2), "township.down.person_twice"),
        (dict(attendees=[parse_attendee("赵\x1b六/140105********0013")]), "invalid.control_chars"),
        (dict(attendees=[AttendeeIn("赵六", "140105********0013", "迟到")]), "township.down.bad_presence"),
        (dict(attendees=[AttendeeIn("赵六", "140105********0013", Presence.EXCUSED)]), "township.down.excused_reason"),
        (dict(attendees=[AttendeeIn("赵六", "140105********0013", score=90)]), "township.down.not_assessed"),
        (dict(attendees=[AttendeeIn("赵六", "140105********0013", hours=9)]), "township.down.bad_number"),
        (dict(topic="调解\x07"), "invalid.control_chars"),
        (dict(topic=""), "township.down.required"),
        (dict(at="明天上午"), "township.down.bad_time"),
        (dict(at=(datetime.now() + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")), "township.down.not_held"),
        (dict(hours="0"), "township.down.bad_number"),
        (dict(hours="inf"), "township.down.bad_number"),
        (dict(hours="两小时"), "township.down.bad_number"),
        (dict(village="140105100999"), "township.reply.no_village"),
    ]
    for change, expected in training_cases:
        args = dict(village=v.code, topic="调解", at=HELD, hours="2", attendees=someone)
        args.update(change)
        with pytest.raises(GridDeskError) as caught:
            send_training(tsession, args["village"], args["topic"], args["at"], args["hours"],
                          attendees=args["attendees"])
        assert caught.value.code == expected, (change, caught.value.code)
        assert caught.value.message and "{" not in caught.value.message
    assert _unsent(tsession)[v.code] == {"reviews": 0, "tasks": 0, "trainings": 0}  # nothing refused was kept
    tsession.role = TownshipRole.AUDITOR
    for attempt in (lambda: send_task(tsession, v.code, TYPE, "排查", DUE),
                    lambda: send_training(tsession, v.code, "调解", HELD, "2", attendees=someone)):
        with pytest.raises(GridDeskError) as caught:
            attempt()
        assert caught.value.code == "township.denied"
    assert not may(TownshipRole.AUDITOR, TownshipAction.SEND_DOWN) and may(TownshipRole.STAFF, TownshipAction.SEND_DOWN)


def test_every_village_when_none_is_registered(tsession):
    with pytest.raises(GridDeskError) as caught:
        send_task(tsession, None, TYPE, "排查", DUE)
    assert caught.value.code == "township.down.no_villages"
