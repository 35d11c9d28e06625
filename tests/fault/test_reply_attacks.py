"""Hostile reply packages: signed by the registered township or not, each is refused in words
before anything is imported, never a traceback, never a file read outside the bag."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from gridDesk.archive.bag import PayloadFile, write_bag
from gridDesk.archive.reply import Reply, ReplyError, bag_info, build_reply, reply_xml
from gridDesk.archive.reply_read import read_reply
from gridDesk.security.sm import SigningKey

VILLAGE = "320812101001"
KEY = SigningKey.generate()
FP = KEY.public().fingerprint()


def _reply() -> Reply:
    return Reply(VILLAGE[:9], "测试镇", VILLAGE, "测试村", 2026, 1, datetime(2026, 11, 20, 9, 0))


def _root(inner: str) -> bytes:
    """reply.xml as the builder writes it for `_reply()`, with `inner` as its items."""
    empty = reply_xml(_reply()).decode()
    return (empty.rstrip().removesuffix("/>") + f">{inner}</乡镇回复>\n").encode()


def _signed(tmp_path, xml: bytes, extra: tuple[PayloadFile, ...] = ()):
    """A bag the township really signed, around whatever XML it was given."""
    reply = _reply()
    folder = tmp_path / reply.name
    write_bag(folder, (PayloadFile("reply.xml", xml), *extra), bag_info(reply), KEY)
    return folder


def _refused(folder, code: str) -> str:
    with pytest.raises(ReplyError) as err:
        read_reply(folder, FP, VILLAGE)
    assert err.value.code == code, err.value.code
    assert "Traceback" not in err.value.message and err.value.render("en")
    return err.value.message


def test_a_link_planted_in_the_bag_is_refused_unread(tmp_path):
    folder = build_reply(_reply(), tmp_path, KEY)
    secret = tmp_path / "secret.txt"
    secret.write_text("不该读到")
    os.symlink(secret, folder / "data" / "leak.txt")
    assert "leak.txt" in _refused(folder, "reply.tampered")


def test_a_fifo_in_the_bag_is_refused_without_a_hang(tmp_path):
    folder = build_reply(_reply(), tmp_path, KEY)
    os.mkfifo(folder / "data" / "pipe")
    _refused(folder, "reply.tampered")


def test_a_signed_reply_with_a_dtd_is_refused(tmp_path):
    xml = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           + "<乡镇回复 标识='HF-320812101-320812101001-2026-0001'>&e;</乡镇回复>".encode())
    _refused(_signed(tmp_path, xml), "reply.dtd")


def test_a_signed_reply_naming_a_file_outside_its_folder_is_refused(tmp_path):
    xml = _root((
        "<答复 编号='A1' 村代码='320812101001' 案件编号='X' 上报序号='1' 类型='指导意见' 答复人='李' "
        "答复时间='2026-11-20T09:00:00'><内容>看</内容><附件 文件='../../bagit.txt' 题名='x'/></答复>"))
    _refused(_signed(tmp_path, xml), "reply.bad_content")


def test_a_signed_answer_for_another_village_is_refused(tmp_path):
    xml = _root((
        "<答复 编号='A1' 村代码='320812101002' 案件编号='X' 上报序号='1' 类型='指导意见' 答复人='李' "
        "答复时间='2026-11-20T09:00:00'><内容>看</内容></答复>"))
    _refused(_signed(tmp_path, xml), "reply.bad_content")


def test_a_signed_file_no_item_names_is_refused(tmp_path):
    _refused(_signed(tmp_path, _root(""), (PayloadFile("attachments/run.jpg", b"x"),)), "reply.tampered")


def _answer(**values: str) -> bytes:
    attrs = {"编号": "A1", "村代码": VILLAGE, "案件编号": "X", "上报序号": "1", "类型": "指导意见", "答复人": "李",
             "答复时间": "2026-11-20T09:00:00"} | values
    said = " ".join(f"{k}='{v}'" for k, v in attrs.items())
    return _root(f"<答复 {said}><内容>看</内容></答复>")


@pytest.mark.parametrize("values", [{"上报序号": "99999999999999999999"}, {"上报序号": "-1"}, {"上报序号": "0"},
                                    {"类型": "随便"}, {"答复时间": "明天"}, {"答复时间": "1999-01-01T00:00:00"},
                                    {"编号": "../x"}, {"答复人": ""}])
def test_a_signed_reply_with_absurd_values_is_refused(tmp_path, values):
    folder = _signed(tmp_path, _answer(**values))
    with pytest.raises(ReplyError) as err:
        read_reply(folder, FP, VILLAGE)
    assert err.value.code in ("reply.bad_content", "reply.bad_value", "reply.bad_date", "reply.bad_key")


def test_an_over_long_answer_is_refused_not_cut(tmp_path):
    xml = _root((
        "<答复 编号='A1' 村代码='320812101001' 案件编号='X' 上报序号='1' 类型='指导意见' 答复人='李' "
        f"答复时间='2026-11-20T09:00:00'><内容>{'长' * 1501}</内容></答复>"))
    assert "1501" in _refused(_signed(tmp_path, xml), "reply.text_long")
