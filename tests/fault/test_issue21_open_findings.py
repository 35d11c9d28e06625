"""Issue 21's open findings from the attack round (the lead's note), each fixed with its test: the
refusal after a killed reply write, the demo township with PostgreSQL down, a URL's password on
the screen, the demo's resident cap, and the stick's 说明文件.TXT after a reply. The township
fixtures run each storage-bound test on the file and on PostgreSQL (tests/township/conftest.py)."""
from __future__ import annotations

import shutil

import pytest

from gridDesk.domain.township import TownshipError
from gridDesk.services.township import add_village
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import answer_escalation, write_replies
from gridDesk.storage.township.replies_repo import TownshipRepliesRepo
from tests.township import conftest as township_fixtures
from tests.township.packages import Village

storage, pg_server, files = township_fixtures.storage, township_fixtures.pg_server, township_fixtures.files
township, tsession = township_fixtures.township, township_fixtures.tsession


def _answered(tsession, tmp_path) -> Village:
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(v.escalation(1),))
    assert import_stick(tsession, tmp_path / "s1").loaded == 1
    answer_escalation(tsession, v.code, f"{v.code}-2026-00001", 1, "instruct", "请村里先行调解。")
    return v


# -- 1. a reply write killed between the stick and the record ------------------------------------
def test_a_reply_killed_before_it_was_recorded_is_named_and_the_way_on_said(tsession, tmp_path, monkeypatch):
    """The package was on the stick when the process died (here: interrupted inside the recording
    transaction); the rerun took the same number and stopped at the writer's bare "已经有 …，不会覆盖
    它" with no way on. Now the words say the folder was never recorded, name it, and say to delete
    it and write again; doing so sends the same answer."""
    _answered(tsession, tmp_path)
    stick = tmp_path / "stick"

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt  # as a kill: nothing after it runs, the folder stays

    with monkeypatch.context() as m:
        m.setattr(TownshipRepliesRepo, "add_reply", killed)
        with pytest.raises(KeyboardInterrupt):
            write_replies(tsession, stick)
    [left] = [p for p in stick.iterdir() if p.is_dir()]
    with pytest.raises(TownshipError) as refused:
        write_replies(tsession, stick)
    said = refused.value.message
    assert refused.value.code == "township.reply.unrecorded_folder"
    assert str(left) in said and "从没有记录" in said and "删除" in said and "再写一次" in said
    shutil.rmtree(left)
    [sent] = write_replies(tsession, stick)
    assert sent.answers == 1 and sent.reply == left.name
