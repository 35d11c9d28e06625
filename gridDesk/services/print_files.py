"""A printout saved to a file arrives whole or not at all: made in memory, then written under a
temporary name, fsynced and renamed. A full stick or a pulled one leaves no PDF that looks done."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from ..domain.errors import GridDeskError
from ..security.fileio import atomic_write

T = TypeVar("T")
Out = Path | BinaryIO


class SaveFailed(GridDeskError):
    code = "save_failed"


def save_failed(path: Path | str, exc: OSError) -> SaveFailed:
    return SaveFailed("save_failed.to", path=str(path), os_error=exc.strerror or str(exc))


def write_whole(path: Path | str, data: bytes) -> None:
    try:
        atomic_write(Path(path), data)
    except OSError as exc:
        raise save_failed(path, exc) from None


def written(out: Out, make: Callable[[Out], T]) -> T:
    """Runs `make` on a buffer; a path gets the buffer's bytes whole."""
    if not isinstance(out, (str, Path)):
        return make(out)
    buffer = io.BytesIO()
    result = make(buffer)
    write_whole(out, buffer.getvalue())
    return result


def written_on_record(out: Out, make: Callable[[Out], T], record: Callable[[str], None] | None) -> T:
    """As written(), with the printout's audit row: for a file, the bytes made in memory, the row
    committed (`record("")`), then the file written whole. A process killed between leaves a row
    and no file, never a printout the audit log did not see; a save that then fails is on the
    record too (`record(" 未能保存")`). `record` None (a preview): no row."""
    if record is None:
        return written(out, make)
    if not isinstance(out, (str, Path)):
        result = make(out)
        record("")
        return result
    buffer = io.BytesIO()
    result = make(buffer)
    record("")
    try:
        write_whole(out, buffer.getvalue())
    except SaveFailed:
        record(" 未能保存")
        raise
    return result


def saved_on_record(save: Callable[[], T], record: Callable[[str], None]) -> T:
    """A file another writer saves whole (a workbook: written aside, then renamed) after its audit
    row; a save that fails is on the record too."""
    record("")
    try:
        return save()
    except GridDeskError:
        record(" 未能保存")
        raise
