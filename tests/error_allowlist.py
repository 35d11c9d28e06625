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
    "gridDesk/services/archive_export.py",
    "gridDesk/services/archive_receipts.py",
    "gridDesk/services/audit.py",
    "gridDesk/storage/backup.py",
    "gridDesk/archive/audit_anchor.py",
    "gridDesk/archive/bag.py",
    "gridDesk/archive/metadata.py",
    "gridDesk/archive/package.py",
    "gridDesk/archive/receipt.py",
    "gridDesk/archive/stick.py",
    "gridDesk/archive/trust.py",
    "gridDesk/archive/verify.py",
    "gridDesk/archive/verify_files.py",
    "gridDesk/archive/verify_items.py",
    "gridDesk/archive/verify_paths.py",
    "gridDesk/cli/archive_commands.py",
    "gridDesk/cli/backup_commands.py",
    "gridDesk/cli/cases_command.py",
    "gridDesk/cli/commands.py",
    "gridDesk/cli/main.py",
    "gridDesk/cli/print_command.py",
})

# Not yet converted in this round.
NOT_YET: frozenset[str] = frozenset()

ALLOWED = ELSEWHERE | NOT_YET
