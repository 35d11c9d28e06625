"""Files below ui/ that still raise Chinese sentences instead of catalogue codes (issue 16).

This list may only shrink: tests/unit/test_error_codes.py fails on a file that no longer needs
its place here, and on a Chinese sentence raised from any file not named here.
"""

# Being restructured by other work right now; converted after that lands.
ELSEWHERE: frozenset[str] = frozenset()

# Not yet converted in this round.
NOT_YET: frozenset[str] = frozenset()

ALLOWED = ELSEWHERE | NOT_YET
