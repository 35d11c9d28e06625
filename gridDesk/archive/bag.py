"""Writing one BagIt bag (RFC 8493) with SM3 and SHA-256 manifests and tag manifests, signed with
the installation's SM2 key over tagmanifest-sm3.txt. Plain data in; no database, no Qt."""

from __future__ import annotations

import hashlib
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from ..domain.errors import GridDeskError
from ..security.fileio import PRIVATE_FILE, make_private
from ..security.sm import Digests, SigningKey, sm3_hex

BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE = "signature/tagmanifest-sm3.txt.sig"
SIGNER = "signature/signer.pem"
Progress = Callable[[int, int], None] | None  # (bytes written so far, the bytes expected in all)


class BagError(GridDeskError, ValueError):
    """A file or a bag-info value the handover format does not allow: a catalogue code (`bag.*`)."""

    code = "bag_error"


@dataclass(frozen=True)
class PayloadFile:
    path: str  # under data/, ASCII, "/" separated
    data: bytes | None = None
    source: Path | None = None  # a file to copy instead (large payloads are streamed, not held)
    digests: tuple[str, str] | None = None  # (SM3, SHA-256) already made for the item's metadata


@dataclass(frozen=True)
class BagResult:
    folder: Path
    digest_sm3: str  # the package digest: SM3 of tagmanifest-sm3.txt
    payload_bytes: int
    payload_files: int


# The carrier layout's own fixed names (ARCHIVE.md); every name GridDesk makes up is ASCII.
FIXED_NAMES = frozenset({"文件目录.XML", "案卷目录.XML", "电子档案", "其他", "变更清单.xml"})


def check_payload_path(path: str) -> str:
    """The naming rule of the handover: relative, no '..', no empty parts, ASCII but for the fixed names."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or any(part in ("", ".", "..") for part in pure.parts) or "\\" in path:
        raise BagError("bag.bad_path", path=path)
    for part in pure.parts:
        if part in FIXED_NAMES:
            continue
        if not part.isascii() or any(c in part for c in '<>:"|?*') or any(ord(c) < 32 for c in part):
            raise BagError("bag.not_ascii", path=path)
    return path


def _write(path: Path, data: bytes) -> None:
    # A new file, 0600, never one that is there already (a planted link is refused, not followed).
    # Not fsynced here: the whole bag is made durable at once when it is finished (archive/stick.py).
    with open(path, "wb", opener=_new_private) as f:
        f.write(data)


def _new_private(path, flags: int) -> int:
    return os.open(path, flags | os.O_EXCL, PRIVATE_FILE)


def _copy(source: Path, target: Path, digests: Digests) -> int:
    size = 0
    with open(source, "rb") as src, open(target, "wb", opener=_new_private) as out:
        while block := src.read(1 << 20):
            digests.update(block)
            out.write(block)
            size += len(block)
    return size


def _manifest(entries: list[tuple[str, str]]) -> bytes:
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(entries)).encode()


class _Writers:
    """Payload files written by a few threads. Creating a file and its folder entry is mostly a
    wait (on the stick, on a busy disk's journal, on the scheduler), not work: overlapped, the waits
    hide behind one another and behind the hashing of what comes next. At most `ahead` files wait
    in memory; a failed write surfaces at a following file or at the end."""

    def __init__(self, threads: int = 4, ahead: int = 16) -> None:
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="bag-writer")
        self.pending: deque = deque()
        self.ahead = ahead

    def write(self, path: Path, data: bytes) -> None:
        self.pending.append(self.pool.submit(lambda: _write(path, data)))  # _write looked up when it runs
        while self.pending and (len(self.pending) > self.ahead or self.pending[0].done()):
            self.pending.popleft().result()

    def finish(self) -> None:
        while self.pending:
            self.pending.popleft().result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def write_bag(folder: Path, files: Iterable[PayloadFile], info: dict[str, str] | Callable[[], dict[str, str]],
              key: SigningKey, total: int = 0, progress: Progress = None) -> BagResult:
    """Writes the bag into `folder` (new, or made empty for it) and returns its package digest.
    Each file is hashed (SM3 and SHA-256) from the bytes in memory as they are written, never read
    back here. `info` may be a function, asked once the payload (which may be a stream) has been
    written. `progress` hears the bytes written after each file (and may raise to stop)."""
    folder = Path(folder)
    if folder.is_symlink() or folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BagError("bag.folder_exists", folder=str(folder))
    data_dir = folder / "data"
    data_dir.mkdir(parents=True)
    make_private(folder)  # the package holds personal data unencrypted
    sm3_lines: list[tuple[str, str]] = []
    sha_lines: list[tuple[str, str]] = []
    writers = _Writers()
    try:
        octets, count = _payload(files, data_dir, writers, sm3_lines, sha_lines, total, progress)
        writers.finish()
    finally:
        writers.close()
    info = info() if callable(info) else info
    tags: dict[str, bytes] = {
        "bagit.txt": BAGIT_TXT.encode(),
        "bag-info.txt": _bag_info(info | {"Bagging-Date": info.get("Bagging-Date", date.today().isoformat()),
                                          "Payload-Oxum": f"{octets}.{count}"}),
        "manifest-sm3.txt": _manifest(sm3_lines),
        "manifest-sha256.txt": _manifest(sha_lines),
        SIGNER: key.public().pem().encode(),
    }
    (folder / "signature").mkdir()
    for name, body in tags.items():
        _write(folder / name, body)
    sm3_tag = _manifest([(name, sm3_hex(body)) for name, body in tags.items()])
    sha_tag = _manifest([(name, hashlib.sha256(body).hexdigest()) for name, body in tags.items()])
    _write(folder / "tagmanifest-sm3.txt", sm3_tag)
    _write(folder / "tagmanifest-sha256.txt", sha_tag)
    _write(folder / SIGNATURE, key.sign(sm3_tag))
    return BagResult(folder, sm3_hex(sm3_tag), octets, count)


def _payload(files: Iterable[PayloadFile], data_dir: Path, writers: _Writers, sm3_lines: list, sha_lines: list,
             total: int, progress: Progress) -> tuple[int, int]:
    """The payload files, hashed and handed to the writers; (bytes, files)."""
    made = {data_dir}  # folders made already: one mkdir per folder, not one per file
    seen: set[str] = set()
    octets = count = 0
    for f in files:
        rel = check_payload_path(f.path)
        if rel.lower() in seen:
            raise BagError("bag.duplicate", path=rel)
        seen.add(rel.lower())
        target = data_dir / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if f.source is not None:
            digests = Digests()
            size = _copy(f.source, target, digests)
            sm3, sha = digests.hexdigests()
        else:
            payload = f.data or b""
            if f.digests is None:
                digests = Digests()
                digests.update(payload)
                sm3, sha = digests.hexdigests()
            else:
                sm3, sha = f.digests
            writers.write(target, payload)
            size = len(payload)
        sm3_lines.append((f"data/{rel}", sm3))
        sha_lines.append((f"data/{rel}", sha))
        octets += size
        count += 1
        if progress:
            progress(octets, total)
    return octets, count


def _bag_info(info: dict[str, str]) -> bytes:
    lines = []
    for label, value in info.items():
        if "\n" in value or ":" in label:
            raise BagError("bag.info_newline", label=label)
        lines.append(f"{label}: {value}")
    return ("\n".join(lines) + "\n").encode()
