"""Files below ui/ that still raise Chinese sentences instead of catalogue codes (issue 16).

This list may only shrink: tests/unit/test_error_codes.py fails on a file that no longer needs
its place here, and on a Chinese sentence raised from any file not named here.
"""

# Being restructured by other work right now; converted after that lands.
ELSEWHERE = frozenset({
    "gridDesk/services/cases.py",
    "gridDesk/services/roster_import.py",
    "gridDesk/services/training_import.py",
    "gridDesk/services/backups.py",
    "gridDesk/services/restore.py",
    "gridDesk/services/archive_export.py",
    "gridDesk/services/audit.py",
    "gridDesk/storage/backup.py",
    "gridDesk/archive/bag.py",
    "gridDesk/archive/metadata.py",
    "gridDesk/archive/package.py",
    "gridDesk/archive/stick.py",
})

# Not yet converted in this round.
NOT_YET = frozenset({
    "gridDesk/domain/archive.py",
    "gridDesk/domain/attachments.py",
    "gridDesk/domain/case_approvals.py",
    "gridDesk/domain/cases.py",
    "gridDesk/domain/centre.py",
    "gridDesk/domain/idcard.py",
    "gridDesk/domain/phones.py",
    "gridDesk/domain/resident_rules.py",
    "gridDesk/domain/task_types.py",
    "gridDesk/domain/training.py",
    "gridDesk/domain/visits.py",
    "gridDesk/domain/certification.py",
    "gridDesk/printing/fonts.py",
    "gridDesk/printing/ledger.py",
    "gridDesk/security/keyslots.py",
    "gridDesk/security/recovery_key.py",
    "gridDesk/services/access.py",
    "gridDesk/services/accounts.py",
    "gridDesk/services/attachments.py",
    "gridDesk/services/case_approvals.py",
    "gridDesk/services/case_printouts.py",
    "gridDesk/services/certification.py",
    "gridDesk/services/grids.py",
    "gridDesk/services/key_groups.py",
    "gridDesk/services/places.py",
    "gridDesk/services/print_files.py",
    "gridDesk/services/printouts.py",
    "gridDesk/services/roster.py",
    "gridDesk/services/roster_export.py",
    "gridDesk/services/roster_scope.py",
    "gridDesk/services/session.py",
    "gridDesk/services/settings.py",
    "gridDesk/services/task_types.py",
    "gridDesk/services/team.py",
    "gridDesk/services/training.py",
    "gridDesk/services/visit_frequencies.py",
    "gridDesk/services/visits.py",
    "gridDesk/sheets/guard.py",
    "gridDesk/sheets/reader.py",
    "gridDesk/sheets/writer.py",
    "gridDesk/storage/backup_sets.py",
    "gridDesk/storage/database.py",
    "gridDesk/storage/engine.py",
    "gridDesk/storage/instance_lock.py",
    "gridDesk/storage/migrate.py",
    "gridDesk/ui/dialogs/attendance_dialog.py",
})

ALLOWED = ELSEWHERE | NOT_YET
