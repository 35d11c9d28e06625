"""Attacks on issue 21's township work (second reviews, tasks and training sent down, the reply
carrying them, the demo township, the window) as a hostile village, a wrong role, a killed process
and a careless new user would make them (the attack round after the merge). Each test failed while
its defect stood; the round's other findings are in the lead's report. The township fixtures run
each test on both storages (tests/township/conftest.py)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from gridDesk.domain.errors import ValidationError
from gridDesk.domain import catalogue
from gridDesk.domain.township import ADMISSION_LIST, Outcome, TownshipAction, TownshipError, TownshipRole
from gridDesk.services.township import add_village
from gridDesk.services.township_downlinks import parse_attendee, send_task, send_training
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import answer_escalation, write_replies
from gridDesk.services.township_reviews import record_second_review, waiting_reviews
from gridDesk.storage.township.downlinks_repo import TownshipDownlinksRepo
from gridDesk.storage.township.replies_repo import TownshipRepliesRepo
from tests.township import conftest as township_fixtures
from tests.township.packages import Village
from tests.township.reviews_items import HEADER, review_row, reviews_item


# The township's fixtures (both storages), as tests/township has them.
storage, pg_server, files = township_fixtures.storage, township_fixtures.pg_server, township_fixtures.files
township, tsession = township_fixtures.township, township_fixtures.tsession


def _raw_reviews(village, rows: list[list]):
    """A 考核结果 item whose reviews.csv is written as a hostile village would (its own program,
    its own key), not through csv_bytes, which cleans what GridDesk writes."""
    item = reviews_item(village, [])
    text = "\r\n".join(",".join(str(c) for c in r) for r in [HEADER, *rows]) + "\r\n"
    return replace(item, files=(replace(item.files[0], data=("\ufeff" + text).encode()),))


def _held(tsession):
    with tsession.db.transaction() as s:
        return TownshipDownlinksRepo(s).reviews()


# -- 1. a village's reviews.csv with terminal escapes -----------------------------------------
def test_control_characters_in_a_villages_reviews_quarantine_the_package(tsession, tmp_path):
    """A reviews.csv cell with ESC [31m (or any control character) was loaded as it came and then
    printed to the staff's terminal by `griddesk township reviews` (and shown in the window): a
    hostile package could repaint the screen or hide rows. Now the package is quarantined with the
    column named, and nothing of it is kept."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(_raw_reviews(v, [review_row("2026Q3", "李四", "first", 2),
                                                      review_row("2026Q3", "张\x1b[31m三", "first", 1)]),))
    summary = import_stick(tsession, tmp_path / "s1")
    assert summary.packages[0].outcome is Outcome.QUARANTINED
    assert any("网格员" in r and "U+001B" in r for r in summary.packages[0].reasons)
    assert _held(tsession) == [] and waiting_reviews(tsession) == []


# -- 2. a character XML cannot carry, typed into a task -----------------------------------------
@pytest.mark.parametrize("odd", ["\ufffe", "\udcff"])
def test_a_task_with_a_character_xml_cannot_carry_is_refused_and_the_reply_still_goes(tsession, tmp_path, odd):
    """U+FFFE (a noncharacter a copy from a broken document brings) was kept in a task's details,
    and then every reply for the village failed with lxml's bare ValueError: its receipts and
    answers stuck behind one task. A lone surrogate (a non-UTF-8 byte on the command line, which
    Python keeps as \\udcff) crashed with UnicodeEncodeError. Both are refused in words now, and
    nothing is kept."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    due = date.today() + timedelta(days=5)
    with pytest.raises(ValidationError) as refused:
        send_task(tsession, v.code, ADMISSION_LIST[1], "排查", due, details=f"入户排查{odd}")
    assert refused.value.code == "invalid.control_chars"
    send_task(tsession, v.code, ADMISSION_LIST[1], "排查", due, details="入户排查")
    [sent] = write_replies(tsession, tmp_path / "stick")
    assert sent.tasks == 1


# -- 3. the same answer carried by two replies ----------------------------------------------------
def test_an_answer_another_staff_members_reply_carried_is_not_recorded_again(tsession, tmp_path):
    """Staff B read the answers waiting (A's answer among them); staff A's reply carried it and was
    recorded; B's reply, with the next number, was recorded too, and add_reply moved the answer
    onto B's reply without asking whether it had been sent: two packages carried it (the village
    applies it once, keyed by the township's item key), and the township's record said it went in
    B's reply, not A's, which the village had imported. The tasks and reviews had this guard
    (mark_sent); the answers now have it as well, and B's reply is refused (its folder taken off)."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(v.escalation(1),))
    assert import_stick(tsession, tmp_path / "s1").loaded == 1
    answer_escalation(tsession, v.code, f"{v.code}-2026-00001", 1, "instruct", "请村里先行调解。")
    with tsession.db.transaction() as s:  # B reads what waits ...
        stale = [a.id for a in TownshipRepliesRepo(s).pending_answers(v.code)]
    [a_sent] = write_replies(tsession, tmp_path / "stick-a")  # ... A sends it ...
    assert a_sent.answers == 1 and stale
    with pytest.raises(TownshipError) as refused:  # ... and B's record of the same answer is refused
        with tsession.db.transaction(writes=True) as s:
            TownshipRepliesRepo(s).add_reply(v.code, 2026, 2, "HF-B", "2026-12-01T10:00:00", "b", "x", stale, [])
    assert refused.value.code == "township.reply.not_recorded"
    with tsession.db.transaction() as s:
        assert [name for _v, name, *_ in TownshipRepliesRepo(s).replies(v.code)] == [a_sent.reply]


# -- 4. the village does what the refusal asked ------------------------------------------------------
def test_a_review_reported_again_with_its_member_number_can_be_answered(tsession, tmp_path):
    """A review from an older village (no member number) is refused a second review with
    "ask the village to update GridDesk and report the review results again". The village did:
    the new row (with the number) was kept beside the old one (without), the waiting list showed
    the member twice, and the second review was refused as "two members of that name" for ever.
    Now the new row takes the old one's place."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "王五", "first", 0)[:-1]],
                                                 header=HEADER[:-1]),))
    assert import_stick(tsession, tmp_path / "s1").loaded == 1
    v.batch(tmp_path / "s2", items=(reviews_item(v, [review_row("2026Q3", "王五", "first", 5)],
                                                 stamp="202612010900"),))
    assert import_stick(tsession, tmp_path / "s2").loaded == 1
    assert [(w.member, w.member_id) for w in waiting_reviews(tsession)] == [("王五", 5)]
    done = record_second_review(tsession, v.code, "2026Q3", "王五", "同意初评")
    assert done.member == "王五" and waiting_reviews(tsession) == []


# -- 5. a whole ID number typed into an attendee's name -------------------------------------------------
@pytest.mark.parametrize("spec", ["李四110101199001011234/110101********1234",
                                  "李四 １１０１０１１９９００１０１１２３４/110101********1234",
                                  "110101900101123/110101********1234"])
def test_a_whole_id_number_in_an_attendees_name_is_refused(tsession, tmp_path, spec):
    """The masked-ID column refuses a whole ID number, but the name beside it did not: written
    NAME+ID/MASKED (or with full-width digits, or an old 15-digit number), the whole number was
    kept at the township and went down in the reply. A name with an ID number in it is refused now,
    and the words say how to write the person."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    with pytest.raises(ValidationError) as refused:
        send_training(tsession, v.code, "反诈宣传培训", "2026-11-01 09:00", 2, attendees=[parse_attendee(spec)])
    assert refused.value.code == "township.down.id_in_name"
    assert "1990010112" not in refused.value.message and "9001011" not in refused.value.message
    with tsession.db.transaction() as s:
        assert TownshipDownlinksRepo(s).pending_trainings(v.code) == []


# -- 6. the auditor's refusal in words --------------------------------------------------------------
def test_the_auditors_refusal_says_who_and_what_in_words(tsession):
    """An auditor (read only) calling send_task directly was refused, rightly, but in the program's
    own codes: "该角色（auditor）不能进行此操作（send_down）". Now the role and the act are named in the
    reader's language, and what to do is said."""
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    tsession.role = TownshipRole.AUDITOR  # as an auditor's login has it (tests/township/test_township_downlinks.py)
    with pytest.raises(TownshipError) as refused:
        send_task(tsession, v.code, ADMISSION_LIST[1], "排查", date.today() + timedelta(days=5))
    said = refused.value.message
    assert refused.value.code == "township.denied"
    assert "审计员" in said and "下发任务和培训" in said and "send_down" not in said and "auditor" not in said
    assert all(catalogue.has(f"township.action.{a.value}") for a in TownshipAction)  # a new act needs its words
    assert all(catalogue.has(f"township.role.{r.value}") for r in TownshipRole)
