"""The township's file store: each package's files in one pack, written from the verifier's own
read of the stick, every file read back by its SM3; refused packages leave nothing; a damaged
store is said. On both storages."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from gridDesk.domain.township import Outcome, TownshipError
from gridDesk.services.township import add_village
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_store import PACKS, Location, objects, read
from gridDesk.storage.township.orm import FileRow, ItemFileRow
from gridDesk.storage.township.repo import TownshipRepo
from tests.township.packages import Village


def _registered(tsession, v: Village) -> None:
    add_village(tsession, v.code, v.name[:3], v.fingerprint, "")


def _stored(tsession) -> dict[str, Location]:
    with tsession.db.transaction() as s:
        return {r.sm3: Location(r.sm3, r.size, r.pack, r.pack_offset) for r in s.scalars(select(FileRow))}


def _item_files(tsession) -> set[str]:
    with tsession.db.transaction() as s:
        return set(s.scalars(select(ItemFileRow.sm3)))


def _packs(tsession) -> list:
    folder = objects(tsession.files) / PACKS
    return sorted(folder.iterdir()) if folder.exists() else []


def _bag_files(bag) -> dict[str, bytes]:
    return {hashlib.new("sm3", p.read_bytes()).hexdigest(): p.read_bytes()
            for p in (bag / "data").rglob("*") if p.is_file()}


def test_a_package_is_kept_in_one_pack_and_every_file_reads_back(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    bag = v.batch(tmp_path / "stick")
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.LOADED, p.reasons
    packs = _packs(tsession)
    assert 1 <= len(packs) <= 2 and all(p.suffix == ".pack" for p in packs)  # one per verifier thread
    loose = [o for o in objects(tsession.files).rglob("*") if o.is_file() and PACKS not in o.parts]
    assert loose == []  # a file created per thread, not one per file
    stored, named, original = _stored(tsession), _item_files(tsession), _bag_files(bag)
    assert len(named) >= 10 and named <= set(stored)
    for sm3 in named:
        assert stored[sm3].pack in {p.name for p in packs}
        assert read(tsession.files, stored[sm3]) == original[sm3]
    assert sum(p.stat().st_size for p in packs) == sum(w.size for w in stored.values())  # each file once


def test_files_the_store_holds_are_not_kept_again(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    first = _stored(tsession)
    # The next month's batch sends the same cases again (unchanged) and one new case.
    v.batch(tmp_path / "stick2", items=(v.case(1), v.case(2, grid="G02"), v.case(3)))
    [p] = import_stick(tsession, tmp_path / "stick2").packages
    assert p.outcome is Outcome.LOADED, p.reasons
    after = _stored(tsession)
    assert {k: after[k] for k in first} == first  # where the first batch's files are is unchanged
    second = [x for x in _packs(tsession) if x.name not in {w.pack for w in first.values()}]
    new = set(after) - set(first)
    assert new and sum(x.stat().st_size for x in second) == sum(after[d].size for d in new)  # only the new


@pytest.mark.parametrize("damage", ["tampered", "unregistered"])
def test_a_refused_package_leaves_no_pack(tsession, tmp_path, damage):
    v = Village()
    if damage != "unregistered":
        _registered(tsession, v)
    bag = v.batch(tmp_path / "stick")
    if damage == "tampered":
        photo = next(p for p in (bag / "data").rglob("*.jpg"))
        photo.write_bytes(photo.read_bytes()[:-1] + b"\x00")
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.QUARANTINED
    assert _packs(tsession) == []  # nor a .partial
    assert _stored(tsession) == {}


def test_a_batch_imported_twice_keeps_no_second_pack(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    before = _packs(tsession)
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.ALREADY
    assert _packs(tsession) == before


def test_a_damaged_store_is_said_not_passed_on(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    stored = _stored(tsession)
    last = max(stored.values(), key=lambda w: w.offset)
    pack = objects(tsession.files) / PACKS / last.pack
    with open(pack, "r+b") as f:  # the last file's last byte flipped on disk
        f.seek(last.offset + last.size - 1)
        byte = f.read(1)
        f.seek(last.offset + last.size - 1)
        f.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(TownshipError) as exc:
        read(tsession.files, last)
    assert exc.value.code == "township.store.damaged" and last.sm3 in exc.value.message
    pack.unlink()
    with pytest.raises(TownshipError):
        read(tsession.files, min((w for w in stored.values() if w.pack == last.pack), key=lambda w: w.offset))
    with tsession.db.transaction() as s:
        assert TownshipRepo(s).file_at(last.sm3) == (last.size, last.pack, last.offset)


def test_a_package_refused_while_it_loads_leaves_no_pack(tsession, tmp_path):
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick", items=(v.case_described(1, (("类别", "纠" * 65),)),))
    [p] = import_stick(tsession, tmp_path / "stick").packages
    assert p.outcome is Outcome.QUARANTINED  # its rows rolled back before the commit: its pack goes too
    assert _packs(tsession) == [] and _stored(tsession) == {}


def test_a_killed_imports_partial_pack_is_swept_once_idle(tsession, tmp_path):
    import os
    import time

    folder = objects(tsession.files) / PACKS
    folder.mkdir(parents=True)
    idle, fresh = folder / "old-1.pack.partial", folder / "new-2.pack.partial"
    idle.write_bytes(b"x" * 100)
    fresh.write_bytes(b"y" * 100)  # another import's, still being written
    os.utime(idle, (time.time() - 7200, time.time() - 7200))
    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    assert not idle.exists() and fresh.exists()


def test_postgresql_down_mid_package_leaves_no_pack_and_the_rerun_keeps_one(pg_server, storage, tsession, tmp_path):
    if not storage.startswith("postgresql"):
        pytest.skip("a file cannot go away mid-import")
    from gridDesk.services.township_import import TownshipImport

    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    name = storage.rsplit("/", 1)[1].split("?")[0]

    def cut(stage: str, batch: str) -> None:
        if stage == "loading":
            pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            pg_server.kick(name)

    [p] = TownshipImport(tsession, cut).run(tmp_path / "stick").packages
    assert p.outcome is Outcome.NOT_REACHED
    pg_server.sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert _packs(tsession) == []
    assert import_stick(tsession, tmp_path / "stick").loaded == 1
    stored = _stored(tsession)
    assert stored and {w.pack for w in stored.values()} == {p.name for p in _packs(tsession)}


def test_check_files_reads_every_file_back_and_names_the_damaged(tsession, tmp_path):
    from gridDesk.services.township_fixity import check_files

    v = Village()
    _registered(tsession, v)
    v.batch(tmp_path / "stick")
    import_stick(tsession, tmp_path / "stick")
    stored = _stored(tsession)
    seen = []
    done = check_files(tsession, lambda n, of: seen.append((n, of)))
    assert done.whole and done.checked == len(stored) and done.size == sum(w.size for w in stored.values())
    assert seen[-1] == (len(stored), len(stored))
    first = min(stored.values(), key=lambda w: (w.pack, w.offset))
    pack = objects(tsession.files) / PACKS / first.pack
    data = bytearray(pack.read_bytes())
    data[first.offset] ^= 0x01
    pack.write_bytes(bytes(data))
    done = check_files(tsession)
    assert [w.sm3 for w in done.damaged] == [first.sm3] and done.checked == len(stored)
    with tsession.db.transaction() as s:
        assert TownshipRepo(s).audit_rows()[-1][3] == "files_checked"


def test_postgresql_gone_during_a_bulk_copy_is_said_in_words(pg_server, storage, tsession):
    if not storage.startswith("postgresql"):
        pytest.skip("COPY is PostgreSQL's")
    name = storage.rsplit("/", 1)[1].split("?")[0]
    with pytest.raises(TownshipError) as exc:
        with tsession.db.transaction(writes=True) as s:
            repo = TownshipRepo(s)
            repo.known_files(["a" * 64])  # the connection is up and in the transaction
            pg_server.kick(name)
            repo.add_files_bulk({"b" * 64: (3, "x.pack", 0)}, [])
    assert exc.value.code == "township.db_unreachable"
    assert _stored(tsession) == {}  # and the next transaction works on a fresh connection


def test_a_bulk_copy_refused_by_a_constraint_rolls_back_whole(tsession):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with tsession.db.transaction(writes=True) as s:
            repo = TownshipRepo(s)
            repo.add_files_bulk({"c" * 64: (3, "x.pack", 0)}, [])
            repo.add_files_bulk({"c" * 64: (3, "y.pack", 9)}, [])  # the same SM3 twice: the key refuses it
    assert _stored(tsession) == {}


def test_a_loose_file_from_before_packs_reads_back_and_is_checked(tsession):
    """A store from before t0004 (and the township's own answer photos): one file per SM3."""
    from gridDesk.services.township_fixity import check_files
    from gridDesk.services.township_store import loose_path

    data = b"photo kept before packs"
    sm3 = hashlib.new("sm3", data).hexdigest()
    path = loose_path(tsession.files, sm3)
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    with tsession.db.transaction(writes=True) as s:
        TownshipRepo(s).add_files_bulk({sm3: (len(data), "", 0)}, [])
    assert read(tsession.files, _stored(tsession)[sm3]) == data
    assert check_files(tsession).whole
    path.unlink()
    assert [w.sm3 for w in check_files(tsession).damaged] == [sm3]


def test_a_store_the_disk_refuses_stops_the_import_in_words_and_blames_no_package(tsession, tmp_path):
    """The township's own disk (full, failing) refusing the pack is not the village's fault: the
    package is neither quarantined nor reported unreadable; the import stops and says what to do."""
    a, b = Village("140105100201"), Village("140105100202")
    _registered(tsession, a)
    _registered(tsession, b)
    a.batch(tmp_path / "stick")
    b.batch(tmp_path / "stick")
    objects(tsession.files).mkdir(parents=True, exist_ok=True)
    (objects(tsession.files) / PACKS).write_bytes(b"")  # where the packs go, not a folder: every write fails
    summary = import_stick(tsession, tmp_path / "stick")
    assert [p.outcome for p in summary.packages] == [Outcome.NOT_REACHED, Outcome.NOT_REACHED]
    assert "写不进" in summary.packages[0].reasons[0] and "再导入一次" in summary.packages[0].reasons[0]
    with tsession.db.transaction() as s:
        repo = TownshipRepo(s)
        assert repo.counts()["batches"] == 0 and repo.quarantined() == []
    (objects(tsession.files) / PACKS).unlink()
    assert import_stick(tsession, tmp_path / "stick").loaded == 2
