"""Content checks on one payload file, given its bytes: PDFs through a real parser (pypdf, which
decodes '#' escapes in names and opens compressed object streams), images through Pillow, CSVs for
cells a spreadsheet would run as formulas. Each returns plain sentences; nothing raises, and a PDF
gets a time limit (it is parsed on a worker thread that is abandoned when the limit passes)."""

from __future__ import annotations

import csv
import io
import queue
import re
import threading

from ..domain.catalogue import Message
from ..domain.text import FORMULA_TRIGGERS

PDF_SECONDS = 10.0
# Names that make a PDF do something when opened: scripts, launched programs, automatic actions,
# embedded files and media. /OpenAction alone (a page to open at) is harmless; its action's /S is
# checked like every other dictionary's.
_ACTIVE = frozenset({"/JavaScript", "/JS", "/Launch", "/AA", "/EmbeddedFile", "/EmbeddedFiles", "/EF",
                     "/RichMedia", "/XFA", "/ImportData", "/SubmitForm", "/GoToE", "/Movie", "/Sound"})
_FORMULA = FORMULA_TRIGGERS  # the writers neutralise these (domain/text.py); the verifier flags them
# Every name token in the file's bytes, delimited as pypdf's own tokenizer delimits them
# (NameObject's delimiter pattern) and with its '#' escapes decoded by pypdf's own function. An
# active name or an object stream (whose objects are compressed out of sight) among them sends the
# file to the walk over every object; otherwise no object pypdf reads can hold an active name, and
# the walk, the costly part (2 ms a file), is skipped. Stray matches in binary stream data only
# cost a walk.
_NAME = re.compile(rb"/[^\s()<>\[\]{}/%]*")
_WALK_IF = frozenset(n.encode() for n in _ACTIVE) | {b"/ObjStm"}


class _Refused(ValueError):
    """A PDF the checks will not read further; its argument is the catalogue code of why."""


def _walk_value(value, found: set[str], depth: int = 0) -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    if depth > 64:
        raise _Refused("package.pdf.too_deep")
    if isinstance(value, NameObject):
        if value in _ACTIVE:
            found.add(str(value))
    elif isinstance(value, DictionaryObject):  # stream objects are dictionaries too
        for k, v in value.items():
            if k in _ACTIVE:
                found.add(str(k))
            _walk_value(v, found, depth + 1)
    elif isinstance(value, ArrayObject):
        for v in value:
            _walk_value(v, found, depth + 1)


def _needs_walk(data: bytes) -> bool:
    """An active name, or a name with a '#' escape that decodes (as pypdf decodes it) to one."""
    from pypdf.generic import NameObject

    names = set(_NAME.findall(data))
    return not names.isdisjoint(_WALK_IF) or any(NameObject.unnumber(n) in _WALK_IF for n in names if b"#" in n)


def _pdf_facts(data: bytes) -> tuple[bool, set[str], bool]:
    """(encrypted, active names found, a font not embedded): the file opened by pypdf (its cross
    references, trailer and page tree), then every object walked when _needs_walk says so."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject, IndirectObject

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        return True, set(), False
    pages = reader.trailer["/Root"].get_object()["/Pages"].get_object()
    if int(pages["/Count"]) < 1 or not pages["/Kids"][0].get_object():
        raise _Refused("package.pdf.no_pages")
    if not _needs_walk(data):
        # As reportlab writes them: every font descriptor carries its font program, and a
        # standard Type1 font (which has no descriptor) is not used.
        unembedded = data.count(b"/Type /FontDescriptor") > data.count(b"/FontFile") or \
            (b"/Subtype /Type1" in data and b"/FontFile" not in data)
        return False, set(), unembedded
    found: set[str] = set()
    unembedded = False
    refs = [(num, gen) for gen, objects in reader.xref.items() for num in objects]
    refs += [(num, 0) for num in reader.xref_objStm]
    _walk_value(reader.trailer, found)
    for num, gen in refs:
        obj = reader.get_object(IndirectObject(num, gen, reader))
        _walk_value(obj, found)
        if isinstance(obj, DictionaryObject):
            kind = obj.get("/Type")
            if kind == "/FontDescriptor" and not any(k in obj for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                unembedded = True
            elif kind == "/Font" and obj.get("/Subtype") in ("/Type1", "/TrueType", "/MMType1") \
                    and "/FontDescriptor" not in obj:
                unembedded = True  # one of the standard 14, never embedded
    return False, found, unembedded


class _Job:
    __slots__ = ("name", "data", "claimed", "result", "done")

    def __init__(self, name: str, data: bytes) -> None:
        self.name, self.data, self.claimed, self.result = name, data, False, None
        self.done = threading.Event()


class PdfChecker:
    """Parses a package's PDFs on one worker thread, in order, while the caller goes on with other
    files (no hand-over per file: on a busy PC each one cost a scheduler slice). `add()` queues a
    file, holding at most `window` bytes of them; `problems()` waits for every answer. A file the
    parser has not finished `seconds` after the caller began waiting for it is failed; its worker
    is abandoned (a daemon thread: it ends with the process) and a fresh one takes the rest."""

    def __init__(self, seconds: float = PDF_SECONDS, window: int = 64 * 1024 ** 2) -> None:
        self.seconds, self.window = seconds, window
        self._lock = threading.Lock()
        self._pending: list[_Job] = []
        self._queued = 0
        self._jobs: queue.SimpleQueue | None = None
        self._found: list[Message] = []

    def _start(self) -> queue.SimpleQueue:
        jobs: queue.SimpleQueue = queue.SimpleQueue()

        def run() -> None:
            while (job := jobs.get()) is not None:
                with self._lock:
                    if job.claimed:
                        continue
                    job.claimed = True
                try:
                    job.result = _pdf_facts(job.data)
                except RecursionError:
                    job.result = Message("package.pdf.too_deep")
                except _Refused as exc:
                    job.result = Message(exc.args[0])
                except Exception as exc:  # noqa: BLE001 - a file the parser cannot read does not open
                    job.result = str(exc)[:120] or type(exc).__name__
                job.done.set()

        threading.Thread(target=run, name="pdf-check", daemon=True).start()
        return jobs

    def add(self, name: str, data: bytes) -> None:
        if not data.startswith(b"%PDF-"):
            self._found.append(Message("package.pdf.not_pdf", {"path": name}))
            return
        if self._jobs is None:
            self._jobs = self._start()
        job = _Job(name, data)
        self._pending.append(job)
        self._queued += len(data)
        self._jobs.put(job)
        while self._queued > self.window and self._pending:
            self._finish(self._pending.pop(0))

    def _finish(self, job: _Job) -> None:
        self._queued -= len(job.data)
        if not job.done.wait(self.seconds):
            with self._lock:
                late = [j for j in self._pending if not j.claimed]
                job.claimed = True  # the stuck worker's; the rest go to a fresh one
            self._jobs.put(None)
            self._jobs = self._start()
            for j in late:
                self._jobs.put(j)
            self._found.append(Message("package.pdf.timeout", {"path": job.name, "seconds": self.seconds}))
            return
        self._found += _words(job.name, job.result)
        job.data = b""

    def problems(self) -> list[Message]:
        """Every queued file's problems, once all are answered; the checker can then be reused."""
        while self._pending:
            self._finish(self._pending.pop(0))
        found, self._found = self._found, []
        return found

    def close(self) -> None:
        if self._jobs is not None:
            self._jobs.put(None)
            self._jobs = None


def _words(name: str, result) -> list[Message]:
    if isinstance(result, (str, Message)):  # the parser's own words, or ours
        return [Message("package.pdf.unopenable", {"path": name, "detail": result})]
    encrypted, found, unembedded = result
    problems = []
    if encrypted:
        problems.append(Message("package.pdf.encrypted", {"path": name}))
    if found:
        problems.append(Message("package.pdf.active", {"path": name, "names": sorted(found)}))
    if unembedded:
        problems.append(Message("package.pdf.font", {"path": name}))
    return problems


def pdf_problems(name: str, data: bytes, seconds: float = PDF_SECONDS) -> list[Message]:
    """Opens, unencrypted, nothing active, fonts embedded. Anything unforeseen is a problem."""
    checker = PdfChecker(seconds)
    try:
        checker.add(name, data)
        return checker.problems()
    finally:
        checker.close()


def image_problems(name: str, data: bytes) -> list[Message]:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except Exception:  # noqa: BLE001 - whatever Pillow cannot decode does not decode
        return [Message("package.image.undecodable", {"path": name})]
    return []


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return cell.strip() == cell and cell.lstrip("+-")[:1].isdigit()


def csv_problems(name: str, data: bytes, most: int = 50) -> list[Message]:
    """Cells a spreadsheet would run as a formula (the OWASP CSV-injection rule: a cell starting
    with = + - @, a tab or a carriage return); a plain number such as -3 is data, not a formula.
    Rows are read one at a time; the first `most` such cells are named."""
    problems: list[Message] = []
    try:
        for r, row in enumerate(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")), 1):
            for c, cell in enumerate(row, 1):
                if cell.startswith(_FORMULA) and not _is_number(cell):
                    problems.append(Message("package.csv.formula", {"path": name, "row": r, "column": c,
                                                                    "first": repr(cell[:1])}))
                    if len(problems) >= most:
                        return problems
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.append(Message("package.csv.unreadable", {"path": name, "detail": str(exc)[:80]}))
    return problems
