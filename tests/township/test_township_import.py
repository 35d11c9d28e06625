"""Importing a stick: the verifier is the gate, quarantine with its report, one transaction per
package, idempotent, the chain and the audit head held in the database. On both storages."""

from __future__ import annotations

import json
import shutil

import pytest

from gridDesk.domain.township import Outcome
from gridDesk.services.township import add_village
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_status import status_json, township_status
from gridDesk.storage.township.repo import TownshipRepo
from tests.township.packages import Village, copy_bag


def _counts(tsession, village=None) -> dict:
    with tsession.db.transaction() as s:
        return TownshipRepo(s).counts(village)


def _registered(tsession, *villages: Village, pem: bool = False) -> None:
    for v in villages:
        add_village(tsession, v.code, v.name[:3], v.fingerprint, v.key.public().pem() if pem else "")


def test_a_good_package_is_loaded_into_tables_the_township_counts(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    summary = import_stick(tsession, tmp_path / "stick")
    [p] = summary.packages
    assert p.outcome is Outcome.LOADED, p.reasons
    assert p.counts["items"] == 6 and p.counts["cases"] == 2 and p.counts["training"] == 2
    assert p.counts["visits"] == 2 and p.counts["roster_grids"] == 2 and p.counts["figures"] == 2
    c = _counts(tsession)
    assert (c["batches"], c["cases"], c["residents"], c["roster_grids"], c["figures"]) == (1, 2, 6, 2, 2)
    with tsession.db.transaction() as s:
        repo = TownshipRepo(s)
        assert repo.village(v.code).pem.startswith("-----BEGIN")  # the key the package brought, matching the fingerprint
        assert repo.heads()  # the audit head the next batch must extend
    packs = list((tsession.files / "objects" / "packs").glob("*.pack"))
    assert 1 <= len(packs) <= 2 and all(p.stat().st_size for p in packs)  # the package's files (test_township_store)


def test_the_same_batch_twice_changes_nothing_and_says_so(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    before = _counts(tsession)
    again = import_stick(tsession, tmp_path / "stick")
    assert [p.outcome for p in again.packages] == [Outcome.ALREADY]
    assert "已经导入过" in again.packages[0].reasons[0]
    assert _counts(tsession) == before


def test_an_unregistered_village_is_quarantined_with_its_report(tsession, tmp_path):
    v = Village()
    v.batch(tmp_path / "stick")
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.QUARANTINED
    assert any("没有在本乡镇登记" in r for r in p.reasons)
    folder = tsession.files / "quarantine"
    [q] = list(folder.iterdir())
    assert (q / "report.txt").read_text(encoding="utf-8").count("没有在本乡镇登记") == 1
    assert (q / "report.xml").is_file() and (q / "package" / "bagit.txt").is_file()
    assert _counts(tsession)["batches"] == 0 and _counts(tsession)["quarantined"] == 1


@pytest.mark.parametrize("pem", [False, True])
def test_a_registered_village_signed_with_another_key_is_refused(tsession, tmp_path, pem):
    v = Village()
    _registered(tsession, v, pem=pem)
    v.batch(tmp_path / "stick", key=Village().key)
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.QUARANTINED
    assert any("另一个密钥" in r for r in p.reasons), p.reasons
    assert _counts(tsession)["batches"] == 0


def test_a_batch_that_skips_one_is_refused_in_words(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "first")
    assert import_stick(tsession, tmp_path / "first").loaded == 1
    v.batch(tmp_path / "lost")  # batch 2 never reaches the township
    third = v.batch(tmp_path / "sent")
    # Even with batch 2 beside it, broken, batch 3 does not load: the chain must run through what was loaded.
    broken = copy_bag(tmp_path / "lost" / "ZZ-140105100201-2026-0002", tmp_path / "sent")
    (broken / "data" / "文件目录.XML").write_bytes(b"<x/>")
    results = {p.batch.rsplit("-", 1)[-1]: p for p in import_stick(tsession, tmp_path / "sent").packages}
    assert results["0002"].outcome is Outcome.QUARANTINED
    assert results["0003"].outcome is Outcome.QUARANTINED
    assert any("中间缺批次" in r for r in results["0003"].reasons), results["0003"].reasons
    shutil.rmtree(broken)
    alone = import_stick(tsession, third.parent).packages[0]
    assert alone.outcome is Outcome.QUARANTINED and _counts(tsession)["batches"] == 1
    # the good batch 2 arrives: 2 and then 3 load
    copy_bag(tmp_path / "lost" / "ZZ-140105100201-2026-0002", tmp_path / "again")
    copy_bag(third, tmp_path / "again")
    assert import_stick(tsession, tmp_path / "again").loaded == 2


def test_an_audit_segment_that_does_not_extend_the_head_is_refused(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "one")
    import_stick(tsession, tmp_path / "one")
    v.log("a row the village keeps back")
    v.batch(tmp_path / "two", skip_audit=True)
    [p] = import_stick(tsession, tmp_path / "two").packages
    assert p.outcome is Outcome.QUARANTINED
    assert any("审计" in r for r in p.reasons), p.reasons
    assert _counts(tsession)["batches"] == 1


def test_a_correction_is_a_new_version_and_a_roster_snapshot_replaces_the_last(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "one")
    v.batch(tmp_path / "two", items=(v.case(1, version=2), v.roster({"G01": 3}, stamp="202612010900")))
    shutil.copytree(tmp_path / "one" / "ZZ-140105100201-2026-0001", tmp_path / "two" / "ZZ-140105100201-2026-0001")
    (tmp_path / "two" / "说明文件.TXT").write_text((tmp_path / "one" / "说明文件.TXT").read_text(encoding="utf-8")
                                                + (tmp_path / "two" / "说明文件.TXT").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    summary = import_stick(tsession, tmp_path / "two")
    assert [p.outcome for p in summary.packages] == [Outcome.LOADED, Outcome.LOADED]
    assert summary.packages[1].counts["corrections"] == 1
    c = _counts(tsession)
    assert c["cases"] == 2 and c["case_versions"] == 3  # case 1 in two versions, one current
    assert c["residents"] == 3 and c["roster_grids"] == 1  # the second snapshot replaced the first


def test_status_shows_each_village_by_month(tsession, tmp_path):
    """Months counted back from today: the import is dated now, and whether last month's batch is
    on time depends on whether today is past the deadline day (the 10th), as it would for staff."""
    from datetime import date, timedelta

    today = date.today()
    last = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    before = (last - timedelta(days=1)).replace(day=1)
    this, last_p, before_p = f"{today:%Y-%m}", f"{last:%Y-%m}", f"{before:%Y-%m}"
    on_time, late, broken, silent = (Village(f"1401051002{n:02d}") for n in (1, 2, 3, 4))
    _registered(tsession, on_time, late, broken, silent)
    on_time.batch(tmp_path / "stick", bagging_date=f"{last_p}-23")
    late.batch(tmp_path / "stick", bagging_date=f"{before_p}-02")
    broken.batch(tmp_path / "stick", bagging_date=f"{last_p}-20", key=Village().key)
    import_stick(tsession, tmp_path / "stick")

    status = status_json(township_status(tsession, today))
    json.dumps(status)
    cells = {v["code"]: {c["period"]: c for c in v["periods"]} for v in status["villages"]}
    assert cells[on_time.code][last_p] | {} == {"period": last_p, "received": 1, "on_time": int(today.day <= 10),
                                               "chain_complete": True, "failed": 0, "missing": False}
    assert cells[late.code][before_p]["received"] == 1 and cells[late.code][before_p]["on_time"] == 0
    assert cells[broken.code][last_p]["failed"] == 1 and not cells[broken.code][last_p]["chain_complete"]
    assert status["escalations"] == []
    assert status["periods"][-1] == this
    after = (today.replace(day=28) + timedelta(days=10)).replace(day=15)  # the 15th of next month
    later = status_json(township_status(tsession, after))
    silent_cells = {c["period"]: c for c in next(v for v in later["villages"] if v["code"] == silent.code)["periods"]}
    # This month is due by then; next month is not yet.
    assert silent_cells[this]["missing"] and not silent_cells[f"{after:%Y-%m}"]["missing"]


def test_postgresql_down_between_packages_leaves_nothing_half_loaded(pg_server, storage, tsession, tmp_path):
    if not storage.startswith("postgresql"):
        pytest.skip("a file cannot go away mid-import")
    a, b = Village("140105100201"), Village("140105100202")
    _registered(tsession, a, b)
    a.batch(tmp_path / "stick")
    b.batch(tmp_path / "stick")
    name = storage.rsplit("/", 1)[1].split("?")[0]

    def cut(stage: str, batch: str) -> None:
        if stage == "loaded" and batch.startswith(f"ZZ-{a.code}"):
            pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            pg_server.kick(name)

    from gridDesk.services.township_import import TownshipImport

    summary = TownshipImport(tsession, cut).run(tmp_path / "stick")
    assert [p.outcome for p in summary.packages] == [Outcome.LOADED, Outcome.NOT_REACHED]
    assert "无法连接" in summary.packages[1].reasons[0]
    pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    c = _counts(tsession)
    assert c["batches"] == 1 and c["cases"] == 2
    again = import_stick(tsession, tmp_path / "stick")
    assert [p.outcome for p in again.packages] == [Outcome.ALREADY, Outcome.LOADED]


def test_postgresql_down_in_the_middle_of_a_package_loads_none_of_it(pg_server, storage, tsession, tmp_path):
    if not storage.startswith("postgresql"):
        pytest.skip("a file cannot go away mid-import")
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    name = storage.rsplit("/", 1)[1].split("?")[0]

    def cut(stage: str, batch: str) -> None:
        if stage == "loading":  # inside the package's transaction: its batch row is written, its items not yet
            pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            pg_server.kick(name)

    from gridDesk.services.township_import import TownshipImport

    summary = TownshipImport(tsession, cut).run(tmp_path / "stick")
    assert [p.outcome for p in summary.packages] == [Outcome.NOT_REACHED]
    pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert _counts(tsession) | {} == _counts(tsession) and _counts(tsession)["batches"] == 0
    assert _counts(tsession)["items"] == 0
    assert import_stick(tsession, tmp_path / "stick").loaded == 1


def test_an_over_long_value_refuses_the_package_in_words_never_cut(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick", items=(v.case_described(1, (("类别", "纠" * 65),)),))
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.QUARANTINED and any("没有截断" in r for r in p.reasons), p.reasons
    assert _counts(tsession)["batches"] == 0 and _counts(tsession)["items"] == 0


def test_the_escalation_queue_runs_on_working_days(tsession):
    from datetime import date

    v = Village()
    _registered(tsession, v)
    with tsession.db.transaction(writes=True) as s:
        repo = TownshipRepo(s)
        # received on Friday 2026-12-04, five working days: due at the end of Friday 2026-12-11
        assert repo.add_escalation(v.code, "140105100201-2026-00007", 1, "宅基地纠纷", "2026-12-04T16:00:00",
                                   "2026-12-11T23:59:59", None)
        assert not repo.add_escalation(v.code, "140105100201-2026-00007", 1, "宅基地纠纷", "2026-12-04T16:00:00",
                                       "2026-12-11T23:59:59", None)  # the same (village, case, ordinal) once
        assert repo.add_escalation(v.code, "140105100201-2026-00007", 2, "宅基地纠纷（再次上报）", "2026-12-07T09:00:00",
                                   "2026-12-14T23:59:59", None)
    queue = status_json(township_status(tsession, date(2026, 12, 7)))["escalations"]
    assert [(e["ordinal"], e["working_days_left"]) for e in queue] == [(1, 4), (2, 5)]
    overdue = status_json(township_status(tsession, date(2026, 12, 15)))["escalations"]
    assert [e["working_days_left"] for e in overdue] == [-2, -1]


def test_what_else_lies_on_the_stick_is_named_and_a_missing_stick_is_said(tsession, tmp_path):
    from gridDesk.domain.township import TownshipError

    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    (tmp_path / "stick" / "autorun.inf").write_text("[autorun]\nopen=evil.exe\n")
    summary = import_stick(tsession, tmp_path / "stick")
    assert summary.loaded == 1 and any("autorun.inf" in p for p in summary.stick_problems), summary.stick_problems
    for where, code in ((tmp_path / "nothing", "township.stick_missing"), (tmp_path / "empty", "township.stick_empty")):
        if where.name == "empty":
            where.mkdir()
        with pytest.raises(TownshipError) as e:
            import_stick(tsession, where)
        assert e.value.code == code and e.value.render("en")


def test_the_townships_own_acts_are_on_its_hash_chained_audit_log(tsession, tmp_path):
    v, stranger = Village(), Village("140105100202")
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    stranger.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    township_status(tsession)
    with tsession.db.transaction() as s:
        repo = TownshipRepo(s)
        actions = [r[3] for r in repo.audit_rows()]
        assert actions == ["township_created", "village_registered", "package_loaded", "package_quarantined",
                           "package_again", "package_quarantined", "status_viewed"]
        assert repo.verify_audit().ok


def test_packages_verified_ahead_get_the_verdicts_they_get_in_turn(tsession, tmp_path, monkeypatch):
    """The next package is verified on a thread while this one loads, only when this one's load
    cannot change its verdict: a village's second batch (held to the head its first one brings)
    waits for the first; other villages' packages go ahead, a failing one among them."""
    import threading

    from gridDesk.services import township_import as ti

    a, b, c = Village("140105100201"), Village("140105100202"), Village("140105100203")
    _registered(tsession, a, b, c)
    stick = tmp_path / "stick"
    a.batch(stick)
    a.batch(stick, items=(a.case(3),))
    b.batch(stick, key=Village().key)  # signed with another key: quarantined
    c.batch(stick)
    where: dict[str, str] = {}
    real = ti.verify_bag

    def watched(bag, *args, **kwargs):
        where[bag.name] = threading.current_thread().name
        return real(bag, *args, **kwargs)

    monkeypatch.setattr(ti, "verify_bag", watched)
    summary = import_stick(tsession, stick)
    assert [(p.batch[3:15], p.outcome) for p in summary.packages] == [
        (a.code, Outcome.LOADED), (a.code, Outcome.LOADED), (b.code, Outcome.QUARANTINED), (c.code, Outcome.LOADED)]
    assert summary.stick_problems == ()
    ahead = {name[3:20] for name, thread in where.items() if thread.startswith("verify-ahead")}
    assert ahead == {f"{b.code}-2026", f"{c.code}-2026"}, where  # a's second batch waited for its first
    assert _counts(tsession)["batches"] == 3 and _counts(tsession, a.code)["cases"] == 3
    again = import_stick(tsession, stick)
    assert [p.outcome for p in again.packages] == [Outcome.ALREADY, Outcome.ALREADY, Outcome.QUARANTINED,
                                                    Outcome.ALREADY]


def test_only_packages_that_share_nothing_are_verified_ahead():
    from gridDesk.services.township_import import _apart, _Seen

    def seen(village: str, signer: str = "", digest: str = "", again: bool = False, group: str = "") -> _Seen:
        return _Seen({}, signer or f"key {village}", digest or f"digest {village}", again, f"ZZ-{village}-2026-0001",
                     village, group or f"ZZ-{village}")

    one = seen("140105100201")
    assert _apart(one, seen("140105100202"))
    assert not _apart(one, seen("140105100201", digest="another"))  # the same village's next batch
    assert not _apart(one, seen("140105100202", signer="key 140105100201"))  # the same key
    assert not _apart(one, seen("140105100202", group="ZZ-140105100201"))  # the same group
    assert not _apart(one, seen("140105100202", again=True))  # loaded before
    assert not _apart(one, seen(""))  # a package that does not say whose it is
