"""The township's file store: the files of the villages' packages, kept under their SM3.

A package's files are kept in pack files (objects/packs/, one per verifier thread hashing it),
streamed there by the verifier's own read of the stick (archive/verify_paths.Keeper): the bytes
kept are the bytes that were hashed and checked, the stick is read once, and a package of 3,000
files costs two file creates and two fsyncs instead of 3,000 of each (90,000 small creates were
most of a full import's time). Where
each file lies (pack, offset, size) is a row of tw_files, written in the package's transaction.

Files kept before packs (and the township's own answer photos) are loose: objects/ab/abcd... A
pack whose package is refused is deleted; one whose transaction rolled back is a spare that no
row names (as a loose file was)."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..archive.unpack import ITEMS_FOLDER
from ..domain.township import TownshipError
from ..security.fileio import fsync_dir

PACKS = "packs"


@dataclass(frozen=True)
class Location:
    """Where a stored file's bytes are: in a pack at an offset, or loose (pack "")."""

    sm3: str
    size: int
    pack: str = ""
    offset: int = 0


def objects(files: Path) -> Path:
    return Path(files) / "objects"


def loose_path(files: Path, sm3: str) -> Path:
    return objects(files) / sm3[:2] / sm3


class _Pack:
    """One hashing thread's pack: only that thread writes it, so a file it drops is cut off again."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        self.partial = folder / (name + ".partial")
        self.out = open(self.partial, "xb")
        self.at = 0

    def rewind(self, to: int) -> None:
        self.out.seek(to)
        self.out.truncate()
        self.at = to


class _Kept:
    """One file on its way into a pack. A write the township's disk refuses (full, failing) is not
    the package's fault: it is noted on the keeper, never raised into the verifier (which would
    report the village's file unreadable), and the package is not loaded."""

    def __init__(self, keeper: "PackKeeper", pack: _Pack) -> None:
        self.keeper, self.pack, self.start = keeper, pack, pack.at

    def write(self, block: bytes) -> None:
        if self.keeper.failure is not None:
            return
        try:
            self.pack.out.write(block)
        except (OSError, ValueError) as exc:
            self.keeper.failed(exc)
            return
        self.pack.at += len(block)

    def done(self, sm3: str) -> None:
        with self.keeper.lock:
            if self.keeper.failure is None and sm3 not in self.keeper.index:
                self.keeper.index[sm3] = Location(sm3, self.pack.at - self.start, self.pack.name, self.start)
                return
        self.drop()  # the same file twice in the package: kept once

    def drop(self) -> None:
        if self.keeper.failure is not None:
            return
        try:
            self.pack.rewind(self.start)
        except (OSError, ValueError) as exc:
            self.keeper.failed(exc)


class PackKeeper:
    """The verifier's keeper for one package: each wanted file streamed into the pack of the
    thread that hashes it (`.partial` until `finish`), kept once by the SM3 computed from the bytes
    read. Packs are made when their first file comes. `finish` makes them durable under their final
    names; `discard` deletes them until then; `undo` also after."""

    def __init__(self, files: Path, label: str, skip: set[str] | None = None) -> None:
        self.folder = objects(files) / PACKS
        self.label = "".join(c for c in label if c.isalnum())[:16] or "package"
        self.skip = skip or set()  # bag paths whose file the store already holds
        self.index: dict[str, Location] = {}
        self.lock = threading.Lock()
        self._packs: dict[int, _Pack] = {}  # by hashing thread
        self.finished = False
        self.failure: str | None = None  # why the township's disk refused a write, if it did

    def failed(self, exc: BaseException) -> None:
        with self.lock:
            if self.failure is None:
                self.failure = (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)[:200]

    def start(self, path: str) -> _Kept | None:
        if not path.startswith(ITEMS_FOLDER) or path in self.skip:
            return None
        with self.lock:
            if self.finished or self.failure is not None:
                return None
            pack = self._packs.get(threading.get_ident())
            if pack is None:
                try:
                    self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                    # unique: two PCs filling one folder never share a pack name
                    pack = _Pack(self.folder, f"{self.label}-{uuid.uuid4().hex[:12]}.pack")
                except OSError as exc:
                    self.failure = (exc.strerror or str(exc))[:200]
                    return None
                self._packs[threading.get_ident()] = pack
        return _Kept(self, pack)

    def finish(self) -> dict[str, Location]:
        """The packs flushed to the device and renamed; what they hold. Before any row names them.
        A disk that refused a write, now or before, is said (township.store.write_failed)."""
        with self.lock:
            if self.failure is None:
                try:
                    for pack in self._packs.values():
                        pack.out.flush()
                        os.fsync(pack.out.fileno())
                except OSError as exc:
                    self.failure = (exc.strerror or str(exc))[:200]
            if self.failure is not None:
                raise TownshipError("township.store.write_failed", folder=str(self.folder), detail=self.failure)
            self.finished = True
            for pack in self._packs.values():
                pack.out.close()
                os.replace(pack.partial, self.folder / pack.name)
            if self._packs:
                fsync_dir(self.folder)
            return dict(self.index)

    def discard(self) -> None:
        """The partial packs deleted. Not once finished: rows may name them (a transaction whose
        commit failed on the client may have committed on the server), so they stay, spare at worst."""
        with self.lock:
            if self.finished:
                return
            self.finished = True
            for pack in self._packs.values():
                pack.out.close()
                pack.partial.unlink(missing_ok=True)
            self.index.clear()

    def undo(self) -> None:
        """The packs deleted, finished or not: only for a transaction that certainly did not commit
        (it failed before its commit was asked for), so that no row can name them."""
        self.discard()
        with self.lock:
            for pack in self._packs.values():
                if not pack.out.closed:
                    pack.out.close()
                (self.folder / pack.name).unlink(missing_ok=True)
            self.index.clear()


def sweep_partials(files: Path, older_than_s: float = 3600.0) -> int:
    """Deletes the partial packs a killed import left (one still being written is touched every
    moment, so only those idle for an hour go); returns how many."""
    folder = objects(files) / PACKS
    if not folder.is_dir():
        return 0
    gone = 0
    now = time.time()
    for partial in folder.glob("*.pack.partial"):
        try:
            if now - partial.stat().st_mtime > older_than_s:
                partial.unlink()
                gone += 1
        except OSError:
            continue  # another import took it away first
    return gone


def read(files: Path, where: Location, limit: int | None = None) -> bytes:
    """A stored file's bytes, checked against its SM3 (a store damaged on disk is said, not
    passed on)."""
    if limit is not None and where.size > limit:
        raise TownshipError("township.store.damaged", sm3=where.sm3)
    try:
        if where.pack:
            with open(objects(files) / PACKS / Path(where.pack).name, "rb") as f:
                f.seek(where.offset)
                data = f.read(where.size)
        else:
            data = loose_path(files, where.sm3).read_bytes()
    except OSError:
        raise TownshipError("township.store.damaged", sm3=where.sm3) from None
    if len(data) != where.size or hashlib.new("sm3", data).hexdigest() != where.sm3:
        raise TownshipError("township.store.damaged", sm3=where.sm3)
    return data
