"""The log file: a rotating file in the data folder that never holds personal data.

What goes in: error codes and their non-personal parameters (GridDeskError.for_log), and the
tracebacks of what nothing else caught. What is kept out: ID numbers (15 or 18 digits) and mobile
numbers (11 digits) wherever they appear, and the message of any exception, which may quote what
the user typed (a name, an address): a GridDeskError is logged by its code, any other exception
by its type with its message's Chinese and long digit runs blanked. The source lines of a
traceback stay, so support can still read where it happened. Standard library only.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
import traceback
from pathlib import Path

from . import __version__

LOGGER = "gridDesk"
FILE_NAME = "griddesk.log"
MAX_BYTES = 1_000_000
KEEP = 5

# An 18-digit ID (17 digits and a digit or X), a 15-digit old one, a mobile number: never logged.
_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])|(?<![0-9])[0-9]{15}(?![0-9])")
_PHONE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])")
# In an exception's own message (not the source lines): words in Chinese may be a name or an address.
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def scrub(text: str) -> str:
    """`text` without ID numbers or mobile numbers."""
    return _PHONE.sub("[PHONE]", _ID.sub("[ID]", text))


def safe_message(exc: BaseException) -> str:
    """What the log may say about an exception: a GridDeskError's code and facts, else its type's
    message with Chinese words (possibly a name) and numbers that look personal blanked."""
    for_log = getattr(exc, "for_log", None)
    if callable(for_log):
        return for_log()
    return _CJK_RUN.sub("…", scrub(str(exc)))


def safe_traceback(exc: BaseException) -> str:
    """The traceback of `exc` and what caused it, safe for the log and for a support report."""
    chain, seen, current = [], set(), exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for n, item in enumerate(reversed(chain)):
        if n:
            parts.append("\nThe exception above led to this one:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        kind = type(item)
        parts.append(f"{kind.__module__}.{kind.__qualname__}: {safe_message(item)}\n")
    return scrub("".join(parts))


class PersonalDataFilter(logging.Filter):
    """Every record that reaches the file: message scrubbed, traceback made safe."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = safe_traceback(record.exc_info[1])
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def setup(folder: Path) -> Path:
    """Log to `folder`/griddesk.log (1 MB, 5 older files kept); called once the app knows its data
    folder. Calling it again moves the log (the demo village keeps its own)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    logger = logging.getLogger(LOGGER)
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("GridDesk %s started on %s, Python %s", __version__, platform.platform(), sys.version.split()[0])
    return path


def current_path() -> Path | None:
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def report(exc: BaseException) -> str:
    """The report a user copies for support: version, system, the safe traceback."""
    return (f"GridDesk {__version__}\n{platform.platform()} / Python {sys.version.split()[0]}\n\n"
            f"{safe_traceback(exc)}")


def log_failure(exc: BaseException, where: str, handled: bool = True) -> None:
    """An operation's failure (`handled`: the caller explains it to the user) or an exception
    nothing handled: into the log, safely; a handled refusal of ours by its code alone."""
    logger = logging.getLogger(LOGGER)
    if handled and callable(getattr(exc, "for_log", None)):
        logger.warning("%s: %s", where, safe_message(exc))  # an expected refusal: its code is enough
    else:
        logger.error("%s: unexpected %s", where, type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
