"""Bounding an .xls (BIFF8 in an OLE2 compound file) before calamine parses it.

The format caps a sheet at 65,536 x 256, but calamine copies a shared string (SST) into every
cell that uses it (LABELSST), so a 30 MB file can ask for hundreds of GB. The Workbook stream
is read here (the compound file's sector chains, bounded by the file's size), the SST's string
lengths are taken, and the records are walked for the furthest cell, the number of cells and the
text the cells copy. Anything the walk cannot follow is left for calamine to refuse.
"""

from __future__ import annotations

import struct
from array import array
from pathlib import Path

from .guard import MAX_CELLS, MAX_SHARED_STRINGS, MAX_TEXT_BYTES, _over, check_grid, refuse

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LAST = 0xFFFFFFFA  # sector numbers from here on are markers (end of chain, free, FAT, DIFAT)
_SST, _CONTINUE, _LABELSST = 0x00FC, 0x003C, 0x00FD
_CELLS = {0x00FD, 0x0203, 0x027E, 0x0204, 0x0205, 0x0006, 0x0201, 0x00D6}  # one cell each (row, col first)
_MULTI = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first col, ..., last col


class _Unreadable(Exception):
    """Not a compound file this walk can follow: calamine decides."""


def _workbook_stream(data: bytes) -> bytes | None:
    if data[:8] != _MAGIC or len(data) < 512:
        raise _Unreadable
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise _Unreadable
    size = 1 << shift
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    cutoff = struct.unpack_from("<I", data, 0x38)[0]
    difat_start, n_difat = struct.unpack_from("<II", data, 0x44)
    sectors = (len(data) - size) // size

    def sector(n: int) -> bytes:
        if n >= sectors:
            raise _Unreadable
        return data[(n + 1) * size:(n + 2) * size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    n, seen = difat_start, 0
    while n < _LAST and seen < n_difat:
        entries = struct.unpack(f"<{size // 4}I", sector(n))
        difat.extend(entries[:-1])
        n, seen = entries[-1], seen + 1
    fat = array("I")
    for n in [s for s in difat if s < _LAST][:n_fat]:
        fat.frombytes(sector(n))

    def chain(start: int) -> bytes:
        out, n, steps = [], start, 0
        while n < _LAST:
            if n >= len(fat) or steps > sectors:
                raise _Unreadable
            out.append(sector(n))
            n, steps = fat[n], steps + 1
        return b"".join(out)

    directory = chain(dir_start)
    for i in range(len(directory) // 128):
        entry = directory[i * 128:(i + 1) * 128]
        name_len = struct.unpack_from("<H", entry, 64)[0]
        name = entry[:max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
        if entry[66] == 2 and name in ("Workbook", "Book"):
            start, length = struct.unpack_from("<II", entry, 116)
            if length < cutoff:
                return None  # a few KB in the mini stream: nothing to fear
            return chain(start)[:length]
    return None


class _Pieces:
    """The SST record and its CONTINUE records, read as one stream with BIFF8's rule that a
    string's characters resume after a CONTINUE with a fresh 'high byte' flag."""

    def __init__(self, pieces: list[memoryview]) -> None:
        self.pieces, self.i, self.pos = pieces, 0, 0

    def _turn(self) -> None:
        self.i, self.pos = self.i + 1, 0
        if self.i >= len(self.pieces):
            raise _Unreadable

    def take(self, n: int) -> bytes:
        out = b""
        while n:
            if self.pos >= len(self.pieces[self.i]):
                self._turn()
                continue
            got = bytes(self.pieces[self.i][self.pos:self.pos + n])
            self.pos += len(got)
            n -= len(got)
            out += got
        return out

    def skip_chars(self, count: int, high: bool) -> None:
        while count:
            if self.pos >= len(self.pieces[self.i]):
                self._turn()
                high = bool(self.pieces[self.i][0] & 1)
                self.pos = 1
                continue
            width = 2 if high else 1
            step = min(count, (len(self.pieces[self.i]) - self.pos) // width)
            if step == 0:
                raise _Unreadable
            self.pos += step * width
            count -= step


def _sst_lengths(pieces: list[memoryview]) -> array:
    """Each shared string's length in characters."""
    reader = _Pieces(pieces)
    _total, unique = struct.unpack("<II", reader.take(8))
    _over("shared_strings", unique, MAX_SHARED_STRINGS)
    lengths = array("I")
    for _ in range(unique):
        count, flags = struct.unpack("<HB", reader.take(3))
        runs = struct.unpack("<H", reader.take(2))[0] if flags & 0x8 else 0
        ext = struct.unpack("<I", reader.take(4))[0] if flags & 0x4 else 0
        reader.skip_chars(count, bool(flags & 0x1))
        reader.take(4 * runs)
        reader.take(ext)
        lengths.append(count)
    return lengths


def check_xls(path: Path) -> None:
    """Refuses (SheetTooLarge) an .xls whose cells would copy too much text or reach too far."""
    data = Path(path).read_bytes()
    try:
        stream = _workbook_stream(data)
    except (_Unreadable, struct.error):
        return
    if stream is None:
        return
    view = memoryview(stream)
    lengths = array("I")
    pos, end = 0, len(stream)
    cells = text = 0
    while pos + 4 <= end:
        kind, size = struct.unpack_from("<HH", stream, pos)
        body, pos = pos + 4, pos + 4 + size
        if kind == _SST:
            pieces = [view[body:pos]]
            while pos + 4 <= end and struct.unpack_from("<H", stream, pos)[0] == _CONTINUE:
                more = struct.unpack_from("<H", stream, pos + 2)[0]
                pieces.append(view[pos + 4:pos + 4 + more])
                pos += 4 + more
            try:
                lengths = _sst_lengths(pieces)
            except (_Unreadable, struct.error):
                raise refuse("malformed") from None
        elif kind in _CELLS and size >= 4:
            row, col = struct.unpack_from("<HH", stream, body)
            check_grid(row + 1, col + 1)
            cells += 1
            if kind == _LABELSST and size >= 10:
                index = struct.unpack_from("<I", stream, body + 6)[0]
                if index < len(lengths):
                    text += 3 * lengths[index]  # at most three UTF-8 bytes a character once read
                    _over("text_bytes", text, MAX_TEXT_BYTES)
        elif kind in _MULTI and size >= 6:
            row, first = struct.unpack_from("<HH", stream, body)
            last = struct.unpack_from("<H", stream, body + size - 2)[0]
            check_grid(row + 1, max(first, last) + 1)
            cells += max(0, last - first + 1)
        _over("cells", cells, MAX_CELLS)
