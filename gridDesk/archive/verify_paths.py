"""Reading a package that may be hostile without leaving it: every path a manifest names is checked
as a name first (relative, no '..', no drive letter or UNC path, no backslash), then looked up
among the regular files found by walking the bag without following links; only those are opened,
with O_NOFOLLOW | O_NONBLOCK, and only when fstat still says it is the same regular file, and never
more bytes than the walk saw. A FIFO, a device, a link or a swapped file is refused, never read."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..domain.catalogue import Message
from ..security.sm import Digests

_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CHUNK = 1 << 20
SPARSE_FROM = 64 * 1024 ** 2


class UnsafeFile(Exception):
    """A file the verifier will not read. `problem` is the reason as a catalogue sentence (a line of
    the report, in the reader's language); str() is its Chinese, as the report has always read."""

    def __init__(self, code: str, **params: object) -> None:
        self.problem = Message(code, params)
        super().__init__(self.problem.render())


@dataclass(frozen=True)
class Entry:
    path: str  # bag-relative, "/" separated
    size: int
    dev: int
    ino: int
    sparse: bool = False  # claims far more bytes than it occupies on disk


def _sparse(st: os.stat_result) -> bool:
    blocks = getattr(st, "st_blocks", None)  # not on Windows
    return blocks is not None and st.st_size > SPARSE_FROM and blocks * 512 < st.st_size // 8


def clean(text: str) -> str:
    """Text fit for a report, a terminal and XML: undecodable file-name bytes and control
    characters shown as escapes instead of raising later."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def path_problem(path: str) -> Message | None:
    """Why a path named by a manifest cannot be a file inside the bag (None when it can)."""
    if not path:
        return Message("package.p.path_empty")
    if "\\" in path:
        return Message("package.p.path_backslash", {"path": clean(path)})
    if path.startswith("/") or _DRIVE.match(path):
        return Message("package.p.path_absolute", {"path": clean(path)})
    if any(part in ("", ".", "..") for part in path.split("/")):
        return Message("package.p.path_dots", {"path": clean(path)})
    if _CONTROL.search(path) or "\n" in path or "\r" in path:
        return Message("package.p.path_control", {"path": clean(path)})
    return None


def _is_link(entry: os.DirEntry) -> bool:
    junction = getattr(entry, "is_junction", None)  # Windows junctions (Python 3.12+)
    return entry.is_symlink() or bool(junction and junction())


def walk(bag: Path) -> tuple[dict[str, Entry], list[Message]]:
    """(every regular file under the bag by its bag-relative path, links and other oddities, each a
    sentence whose `path` is the bag-relative name). Links are never followed; FIFOs, devices and
    sockets are oddities, never files."""
    files: dict[str, Entry] = {}
    odd: list[Message] = []
    stack = [(str(bag), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            odd.append(Message("package.p.unlistable", {"path": clean(prefix or "."), "os_error": exc.strerror or str(exc)}))
            continue
        for entry in entries:
            rel = prefix + entry.name
            try:
                entry.name.encode("utf-8")
            except UnicodeEncodeError:
                odd.append(Message("package.p.not_utf8", {"path": clean(rel)}))
                continue
            if _is_link(entry):
                odd.append(Message("package.p.link", {"path": clean(rel)}))
            elif entry.is_dir(follow_symlinks=False):
                stack.append((entry.path, rel + "/"))
            elif entry.is_file(follow_symlinks=False):
                try:
                    st = os.lstat(entry.path)
                except OSError:
                    odd.append(Message("package.p.no_attributes", {"path": clean(rel)}))
                    continue
                files[rel] = Entry(rel, st.st_size, st.st_dev, st.st_ino, _sparse(st))
            else:
                odd.append(Message("package.p.not_regular", {"path": clean(rel)}))
    return files, odd


def is_real_folder(path: Path) -> bool:
    """A folder itself, not a link (or junction) to one."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    junction = getattr(os.path, "isjunction", None)
    return stat.S_ISDIR(st.st_mode) and not (junction and junction(path))


def regular_file(path: Path) -> Entry | None:
    """The entry of a regular file (not a link) at `path`, or None."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return Entry(path.name, st.st_size, st.st_dev, st.st_ino, _sparse(st)) if stat.S_ISREG(st.st_mode) else None


def _open(folder: Path, entry: Entry) -> int:
    if entry.sparse:
        raise UnsafeFile("package.unsafe.sparse", path=clean(entry.path), size=entry.size)
    try:
        fd = os.open(os.path.join(folder, entry.path), _FLAGS)
    except OSError as exc:
        raise UnsafeFile("package.unsafe.unopenable", path=clean(entry.path), os_error=exc.strerror or str(exc)) from None
    st = os.fstat(fd)
    same = (not entry.ino or not st.st_ino) or (st.st_ino, st.st_dev) == (entry.ino, entry.dev)
    if not stat.S_ISREG(st.st_mode) or not same:
        os.close(fd)
        raise UnsafeFile("package.unsafe.swapped", path=clean(entry.path))
    return fd


def read_bytes(folder: Path, entry: Entry, limit: int) -> bytes:
    """The whole file, refused (unread) when it is larger than `limit`."""
    if entry.size > limit:
        raise UnsafeFile("package.unsafe.too_large", path=clean(entry.path), size=entry.size, limit=limit)
    fd = _open(folder, entry)
    try:
        parts, left = [], entry.size + 1
        while left > 0 and (block := os.read(fd, min(CHUNK, left))):
            parts.append(block)
            left -= len(block)
    finally:
        os.close(fd)
    data = b"".join(parts)
    if len(data) != entry.size:
        raise UnsafeFile("package.unsafe.size_changed", path=clean(entry.path))
    return data


class _Hashlib:
    """SM3 and SHA-256 through hashlib (OpenSSL, the same SM3 as security.sm's), which lets other
    threads run while it hashes a block: the verifier's content checks go on meanwhile."""

    def __init__(self) -> None:
        self.sm3, self.sha256 = hashlib.new("sm3"), hashlib.sha256()

    def update(self, block: bytes) -> None:
        self.sm3.update(block)
        self.sha256.update(block)

    def hexdigests(self) -> tuple[str, str]:
        return self.sm3.hexdigest(), self.sha256.hexdigest()


try:
    hashlib.new("sm3")
    _DIGESTS: type = _Hashlib
except ValueError:  # an OpenSSL built without SM3
    _DIGESTS = Digests


class _Sha256Only:
    """For the exporter's read-back of the bag it has just written: both digests of each file were
    made from the same bytes in memory in one pass, so the SHA-256 of what the stick gives back
    proves those bytes came back; SM3 (a third of SHA-256's speed here) is left to the township."""

    def __init__(self) -> None:
        self.sha256 = hashlib.sha256()

    def update(self, block: bytes) -> None:
        self.sha256.update(block)

    def hexdigests(self) -> tuple[str, str]:
        return "", self.sha256.hexdigest()


class KeptFile(Protocol):
    def write(self, block: bytes) -> None: ...

    def done(self, sm3: str) -> None: ...

    def drop(self) -> None: ...


class Keeper(Protocol):
    """Who keeps a copy of the very bytes the verifier hashes (the township's store): the copy is
    then what was checked, and the stick is read once. Called from the hashing threads, a file at
    a time per thread; streamed, so a large file is never held in memory."""

    def start(self, path: str) -> KeptFile | None: ...


def digests(folder: Path, entry: Entry, sha256_only: bool = False, keeper: Keeper | None = None
            ) -> tuple[str, str, int, bytes]:
    """(SM3, SHA-256, size, first 16 bytes) of a file, reading no more than the walk saw; the SM3
    is "" when `sha256_only`. A `keeper` that wants the file is handed each block read, then the
    file's SM3 once it is whole and its size is what the walk saw (or told to drop it)."""
    d = _Sha256Only() if sha256_only else _DIGESTS()
    head = b""
    size = 0
    kept = keeper.start(entry.path) if keeper is not None and not sha256_only else None
    try:
        fd = _open(folder, entry)
        try:
            while size <= entry.size and (block := os.read(fd, CHUNK)):
                if not size:
                    head = block[:16]
                d.update(block)
                size += len(block)
                if kept is not None:
                    kept.write(block)
        finally:
            os.close(fd)
        if size != entry.size:
            raise UnsafeFile("package.unsafe.size_changed", path=clean(entry.path))
    except BaseException:
        if kept is not None:
            kept.drop()
        raise
    sm3, sha256 = d.hexdigests()
    if kept is not None:
        kept.done(sm3)
    return (sm3, sha256, size, head)


def open_regular(folder: Path, entry: Entry):
    """The file as a binary stream, opened as read_bytes opens it (a regular file, the same one
    the walk saw, never through a link): for what is read a line at a time."""
    return os.fdopen(_open(folder, entry), "rb")
