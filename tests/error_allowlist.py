"""Files below ui/ that still raise Chinese sentences instead of catalogue codes (issue 16).

This list may only shrink: tests/unit/test_error_codes.py fails on a file that no longer needs
its place here, and on a Chinese sentence raised from any file not named here.
"""

# Being restructured by other work right now; converted after that lands.
ELSEWHERE = frozenset({
    "gridDesk/services/cases.py",
    "gridDesk/services/imports/base.py",
    "gridDesk/services/imports/households.py",
    "gridDesk/services/imports/key_groups.py",
    "gridDesk/services/imports/residents.py",
    "gridDesk/services/imports/sign_in.py",
    "gridDesk/services/imports/team.py",
    "gridDesk/services/backups.py",
    "gridDesk/services/restore.py",
    "gridDesk/services/audit.py",
    "gridDesk/storage/backup.py",
})

# Not yet converted in this round.
NOT_YET: frozenset[str] = frozenset()

ALLOWED = ELSEWHERE | NOT_YET
