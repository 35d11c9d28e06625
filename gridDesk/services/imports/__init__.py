"""Ledger imports: one importer per ledger kind behind one protocol (base.LedgerImporter), one
registry keyed by LedgerKind (registry.IMPORTERS). A preview sorts a file's rows into typed items
(new, changed, unchanged, rejected with reasons) and writes nothing; the commit writes the new
and changed items in one transaction, or nothing."""

from .base import ImportCancelled, ImportPreview, LedgerImporter, LedgerKind, RejectedRow
from .households import HouseholdRow
from .registry import IMPORTERS, ROSTER_KINDS, ImportService, ledger_kind
from .sign_in import SIGN_IN_COLUMNS, SignInRow
from .team import TeamRow

__all__ = ["IMPORTERS", "ROSTER_KINDS", "SIGN_IN_COLUMNS", "HouseholdRow", "ImportCancelled", "ImportPreview",
           "ImportService", "LedgerImporter", "LedgerKind", "RejectedRow", "SignInRow", "TeamRow", "ledger_kind"]
