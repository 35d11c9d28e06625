"""The CSVs of a village's package (花名册, 培训记录, 走访记录, 考核结果) as the township reads
them: every cell checked before any is loaded.

The township prints these cells to its staff's terminal (`griddesk township reviews|status`) and
shows them in its window, and keeps them in its database: a control character (ESC [31m repaints a
terminal) or a noncharacter (U+FFFE, U+FFFF: no reply XML can carry them) refuses the package
in words naming the file, the row and the column; the import quarantines it, nothing of it kept.
A byte that is not UTF-8 (a lone surrogate's among them) never gets here: the verifier refuses
such a CSV, naming it. GridDesk's own writer puts none of these in a cell (archive/package.csv_bytes
cleans them), so a package that has one was written by another program. The set is domain/text.py's, the one every form refuses.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..archive import unpack
from ..domain.catalogue import Word
from ..domain.text import cell_text, control_at
from ..domain.township import TownshipError

# Each file's name in the reader's words (the refusal names it); another file is named as it is.
FILES = {"residents.csv": "township.file.residents", "keygroups.csv": "township.file.keygroups",
         "training.csv": "township.file.training", "visits.csv": "township.file.visits",
         "reviews.csv": "township.file.reviews"}


def package_rows(bag: Path, path: str) -> list[dict[str, str]]:
    """The rows of the CSV at `path` in the bag, keyed by its header; refused (TownshipError) when
    any cell, the header's included, holds what no cell may. One scan of the whole text: most
    files hold nothing to refuse (a roster of 5,000 residents is scanned in a millisecond), and
    only a file that does is parsed again to say where."""
    # UTF-8: the verifier refused any CSV that is not (a lone surrogate's bytes among them), naming it.
    text = unpack.read_file(bag, path, unpack.CSV_LIMIT).decode("utf-8-sig")
    if control_at(text) < 0:
        return unpack.rows_of(text)
    row, column, char = _where(text)
    raise TownshipError("township.import.cell_controls", file=_file(path.rsplit("/", 1)[-1]), row=row,
                        column=column, char=f"U+{ord(char):04X}")


def _file(name: str) -> Word | str:
    return Word(FILES[name]) if name in FILES else cell_text(name)[:60]


def _where(text: str) -> tuple[int, str, str]:
    """The first refused character of a CSV's text: its row (the header is row 1, as a spreadsheet
    numbers them), its column's name (cleaned: the header may be where it lies) and itself."""
    header: list[str] = []
    n = 0
    try:
        for n, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            header = header or row
            for c, cell in enumerate(row):
                at = control_at(cell)
                if at >= 0:
                    column = header[c] if c < len(header) else ""
                    return n, cell_text(column)[:40] or str(c + 1), cell[at]
    except csv.Error:
        pass  # a record csv cannot parse: the row it reached, no column
    at = control_at(text)
    return max(n, 1), "?", text[at]
