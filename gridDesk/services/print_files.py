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
