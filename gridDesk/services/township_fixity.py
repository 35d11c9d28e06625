"""`griddesk township check-files`: every file the township keeps for its villages read back and
re-hashed against the SM3 it was stored under (a fixity check, as an archive runs on its
holdings): a pack damaged on disk or a folder restored incompletely shows here, file by file,
and not on the day a file is needed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..domain.township import TownshipAction, TownshipError
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession, now_iso
from .township_store import Location, read

Progress = Callable[[int, int], None]  # (files checked, of how many)


@dataclass(frozen=True)
class FilesChecked:
    checked: int
    size: int  # bytes read
    damaged: tuple[Location, ...]

    @property
    def whole(self) -> bool:
        return not self.damaged


def check_files(session: TownshipSession, progress: Progress | None = None) -> FilesChecked:
    """Reads every stored file (in the order they lie on disk) and lists those that are missing or
    do not match their SM3. Read-only, so the auditor may run it; the run is audited."""
    session.require(TownshipAction.VIEW_STATUS)
    with session.db.transaction() as s:
        rows = TownshipRepo(s).stored_files()
    damaged: list[Location] = []
    size = 0
    for n, (sm3, length, pack, offset) in enumerate(rows, 1):
        where = Location(sm3, length, pack, offset)
        try:
            read(session.files, where)
            size += length
        except TownshipError:
            damaged.append(where)
        if progress is not None and (n % 500 == 0 or n == len(rows)):
            progress(n, len(rows))
    with session.db.transaction(writes=True) as s:
        TownshipRepo(s).audit(now_iso(), session.username, "files_checked", f"{len(rows)}", f"damaged {len(damaged)}")
    return FilesChecked(len(rows), size, tuple(damaged))
