"""Words the command line prints, from the catalogue, in the shell's language (Chinese unless
LC_ALL / LANG asks for English: `catalogue.cli_language()`)."""

from __future__ import annotations

import sys
from typing import TextIO

from ..domain import catalogue


def text(code: str, /, **params: object) -> str:
    return catalogue.render(code, params, catalogue.cli_language())


def say(code: str, /, *, stream: TextIO | None = None, end: str = "\n", flush: bool = False, **params: object) -> None:
    print(text(code, **params), file=stream or sys.stdout, end=end, flush=flush)


def complain(code: str, /, **params: object) -> None:
    """A refusal or a problem, on standard error."""
    say(code, stream=sys.stderr, **params)


def why(exc: BaseException) -> str:
    """What an exception says, in the shell's language when it carries a catalogue sentence (our
    errors, a package file the verifier refused); otherwise its own words (the OS's, a library's)."""
    render = getattr(exc, "render", None)
    if callable(render) and hasattr(exc, "code"):
        return render(catalogue.cli_language())
    problem = getattr(exc, "problem", None)
    if isinstance(problem, catalogue.Message):
        return problem.render(catalogue.cli_language())
    return str(exc)
