"""The township's reply package: built from plain data with a test township key, read back and
verified; every way it can be refused (another village, another township, unsigned, changed)."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest

from gridDesk.archive.reply import (AnswerKind, Attendee, EscalationAnswer, PersonRef, PointsChange, Presence, Reply,
                                    ReplyAttachment, ReplyError, ReplyReceipt, SecondReview, TaskDown, TrainingDown,
                                    build_replies, build_reply, check_reply)
from gridDesk.archive.reply_read import read_reply, verify_reply
from gridDesk.security.sm import SigningKey

VILLAGE = "320812101001"
TOWNSHIP = VILLAGE[:9]


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


def sample(**changes) -> Reply:
    made = datetime(2026, 11, 20, 9, 30)
    reply = Reply(
        TOWNSHIP, "测试镇", VILLAGE, "测试村", 2026, 1, made, contact="王科员", phone="0517-1234567",
        receipts=(ReplyReceipt(f"ZZ-{VILLAGE}-2026-0001", "a" * 64, True),
                  ReplyReceipt(f"ZZ-{VILLAGE}-2026-0002", "b" * 64, False, "签名不符")),
        answers=(EscalationAnswer("A1", f"{VILLAGE}-2026-0003", 1, AnswerKind.INSTRUCT, "李主任",
                                  datetime(2026, 11, 19, 15, 0), "请村里先行调解，一周内反馈。",
                                  (ReplyAttachment("guide.jpg", "现场照片", b"\xff\xd8\xff" + b"x" * 100),)),
                 EscalationAnswer("A2", f"{VILLAGE}-2026-0004", 2, AnswerKind.COUNTY, "李主任",
                                  datetime(2026, 11, 19, 16, 0), "已报县住建局。")),
        reviews=(SecondReview("R1", PersonRef("张三", 3), "2026Q3", "镇党委 赵书记", date(2026, 11, 10), "同意初评",
                              (PointsChange("走访", 18.5, "抽查走访记录不全"),)),),
        tasks=(TaskDown("T1", "人口信息核查", "辖区出租房屋信息核查", date(2026, 12, 15), "泗政办〔2026〕8号",
                        "核查本村出租房屋。", ("01", "02")),),
        trainings=(TrainingDown("P1", "网格员业务培训", datetime(2026, 11, 5, 9, 0), 3.0, "镇会议室", "刘老师", True,
                                (Attendee(PersonRef("张三", 3)),
                                 Attendee(PersonRef("李四", None, "320812********1234"), Presence.EXCUSED,
                                          reason="生病"))),))
    return Reply(**{**reply.__dict__, **changes})


def test_a_reply_is_built_onto_the_stick_and_read_back_the_same(tmp_path, key):
    reply = sample()
    folder = build_reply(reply, tmp_path, key)
    assert folder.name == f"HF-{TOWNSHIP}-{VILLAGE}-2026-0001" and not (tmp_path / f"{folder.name}.partial").exists()
    assert (folder / "data" / "reply.xml").is_file() and (folder / "data/attachments/A1--guide.jpg").is_file()
    info = (folder / "bag-info.txt").read_text(encoding="utf-8")
    assert "Source-Organization: 测试镇" in info and f"Target-Village: {VILLAGE}" in info
    back = read_reply(folder, key.public().fingerprint(), VILLAGE)
    assert back == reply
    assert verify_reply(folder, key.public().fingerprint(), VILLAGE) == []


def test_the_standard_bagit_tool_accepts_it(tmp_path, key):
    bagit = pytest.importorskip("bagit")
    folder = build_reply(sample(), tmp_path, key)
    assert bagit.Bag(str(folder)).is_valid()


def test_replies_for_all_villages(tmp_path, key):
    other = "320812101002"
    folders = build_replies([sample(), sample(village_code=other, village_name="邻村")], tmp_path, key)
    assert [f.name for f in folders] == [f"HF-{TOWNSHIP}-{VILLAGE}-2026-0001", f"HF-{TOWNSHIP}-{other}-2026-0001"]


def test_a_reply_for_another_village_is_refused_in_words(tmp_path, key):
    folder = build_reply(sample(), tmp_path, key)
    with pytest.raises(ReplyError) as err:
        read_reply(folder, key.public().fingerprint(), "320812101009")
    assert err.value.code == "reply.other_village" and "另一个村" in err.value.message and VILLAGE in err.value.message


def test_a_reply_signed_by_another_township_is_refused(tmp_path, key):
    folder = build_reply(sample(), tmp_path, SigningKey.generate())
    with pytest.raises(ReplyError) as err:
        read_reply(folder, key.public().fingerprint(), VILLAGE)
    assert err.value.code == "reply.other_township"
    with pytest.raises(ReplyError) as err:
        read_reply(folder, "", VILLAGE)
    assert err.value.code == "reply.no_township"


@pytest.mark.parametrize("change", ["payload", "bag_info", "added", "removed", "signature", "signer"])
def test_a_changed_reply_is_refused(tmp_path, key, change):
    folder = build_reply(sample(), tmp_path, key)
    if change == "payload":
        xml = folder / "data/reply.xml"
        xml.write_bytes(xml.read_bytes().replace("已报县住建局".encode(), "已办结了啊啊".encode()))
    elif change == "bag_info":
        info = folder / "bag-info.txt"
        info.write_text(info.read_text(encoding="utf-8").replace("测试镇", "别的镇"), encoding="utf-8")
    elif change == "added":
        (folder / "data/attachments/A1--extra.jpg").write_bytes(b"x")
    elif change == "removed":
        (folder / "data/attachments/A1--guide.jpg").unlink()
    elif change == "signature":
        sig = folder / "signature/tagmanifest-sm3.txt.sig"
        sig.write_bytes(SigningKey.generate().sign(b"other"))
    elif change == "signer":
        (folder / "signature/signer.pem").write_text(SigningKey.generate().public().pem())
    with pytest.raises(ReplyError) as err:
        read_reply(folder, key.public().fingerprint(), VILLAGE)
    assert err.value.code in {"reply.tampered", "reply.signature_bad", "reply.other_township"}, err.value.code
    assert "没有导入" in err.value.message


def test_a_partial_or_renamed_folder_is_refused(tmp_path, key):
    folder = build_reply(sample(), tmp_path, key)
    partial = folder.with_name(folder.name + ".partial")
    shutil.copytree(folder, partial)
    with pytest.raises(ReplyError) as err:
        read_reply(partial, key.public().fingerprint(), VILLAGE)
    assert err.value.code == "reply.partial"
    renamed = folder.rename(tmp_path / "HF-320812101-320812101001-2026-0009")
    with pytest.raises(ReplyError) as err:
        read_reply(renamed, key.public().fingerprint(), VILLAGE)
    assert err.value.code == "reply.folder_mismatch"
    with pytest.raises(ReplyError) as err:
        read_reply(tmp_path / "nothing", key.public().fingerprint(), VILLAGE)
    assert err.value.code == "reply.not_a_folder"


def test_the_builder_refuses_bad_data_in_words(tmp_path, key):
    with pytest.raises(ReplyError) as err:
        check_reply(sample(answers=(EscalationAnswer("A1", "X", 1, AnswerKind.SOLVED, "李", datetime(2026, 1, 1),
                                                     "长" * 1501),)))
    assert err.value.code == "reply.text_long" and "1501" in err.value.message
    with pytest.raises(ReplyError) as err:
        check_reply(sample(village_code="110101001001"))
    assert err.value.code == "reply.village_outside"
    with pytest.raises(ReplyError) as err:
        check_reply(sample(tasks=(TaskDown("T1", "类型", "题", date(1999, 1, 1)),)))
    assert err.value.code == "reply.bad_date"
    with pytest.raises(ReplyError) as err:
        check_reply(sample(tasks=(TaskDown("T1", "类型", "题", date(2026, 1, 1)),) * 2))
    assert err.value.code == "reply.duplicate_key"
    with pytest.raises(ReplyError) as err:
        check_reply(sample(trainings=(TrainingDown("P1", "题", datetime(2026, 1, 1), 2, attendees=(
            Attendee(PersonRef("无名")),)),)))
    assert err.value.code == "reply.person_unnamed"
    with pytest.raises(ReplyError) as err:
        check_reply(sample(reviews=(SecondReview("R1", PersonRef("张三", 10 ** 20), "2026Q3", "赵", date(2026, 11, 1),
                                                 "同意"),)))
    assert err.value.code == "reply.bad_value"
    with pytest.raises(ReplyError) as err:
        check_reply(sample(answers=(EscalationAnswer("A1", "X", 1, AnswerKind.SOLVED, "李", datetime(2026, 1, 1), "好",
                                                     (ReplyAttachment("../x.jpg", "x", b""),)),)))
    assert err.value.code == "reply.bad_attachment"
    assert not list(tmp_path.iterdir())


def test_hostile_xml_is_refused(tmp_path, key):
    from gridDesk.archive.reply_read import parse_reply

    with pytest.raises(ReplyError) as err:
        parse_reply(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', lambda p: b"")
    assert err.value.code == "reply.dtd"
    with pytest.raises(ReplyError):
        parse_reply(b"<not closed", lambda p: b"")
    with pytest.raises(ReplyError) as err:
        parse_reply("<乡镇回复 标识='HF-320812101-320812101001-2026-0001'><答复/></乡镇回复>".encode(), lambda p: b"")
    assert err.value.code == "reply.bad_content"


def test_a_reply_left_on_the_stick_is_not_checked_as_a_village_batch(tmp_path, key):
    """The reply travels back on the stick the batches went out on: 检查U盘 at the village and
    `griddesk verify` at the township leave it to the reply reader, not flag it as a failed bag or
    as something that does not belong on the stick."""
    from gridDesk.archive.verify import report_text, verify_path

    folder = build_reply(sample(), tmp_path, key)
    reports = verify_path(tmp_path, [])
    assert len(reports) == 1  # the stick itself: no report for the reply as if it were a batch
    assert folder.name not in report_text(reports)
