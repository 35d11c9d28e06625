"""The one registry of importers, keyed by ledger kind, and the service the import dialog, the
training page and the CLI go through."""

from __future__ import annotations

from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.key_groups import KeyGroup, visible_groups
from ..guard import rule
from ..session import Changes, UserSession
from .base import Cancelled, ImportPreview, LedgerImporter, LedgerKind, Progress
from .households import HouseholdsImporter
from .key_groups import KeyGroupsImporter
from .rentals import RentalsImporter
from .residents import ResidentsImporter
from .sign_in import SignInImporter
from .team import TeamImporter

# Each kind's importer; a sign-in sheet is for one training session, so it is built with its id.
IMPORTERS: dict[LedgerKind, type] = {
    LedgerKind.RESIDENTS: ResidentsImporter,
    LedgerKind.HOUSEHOLDS: HouseholdsImporter,
    LedgerKind.TEAM: TeamImporter,
    LedgerKind.KEY_GROUPS: KeyGroupsImporter,
    LedgerKind.SIGN_IN: SignInImporter,
    LedgerKind.RENTALS: RentalsImporter,
}
ROSTER_KINDS = (LedgerKind.RESIDENTS, LedgerKind.HOUSEHOLDS, LedgerKind.TEAM, LedgerKind.KEY_GROUPS, LedgerKind.RENTALS)


def ledger_kind(kind: LedgerKind | str) -> LedgerKind:
    if isinstance(kind, LedgerKind):
        return kind
    try:
        return LedgerKind(str(kind).split(":", 1)[0])
    except ValueError:
        raise ValidationError("kind", "import.unknown_kind", kind=str(kind)) from None


def register_group(kind: LedgerKind | str, group: KeyGroup | str | None = None) -> KeyGroup | None:
    """The key group of a register: "keygroup:released" (the CLI's word), or given apart."""
    name = group.value if isinstance(group, KeyGroup) else group or (
        kind.split(":", 1)[1] if not isinstance(kind, LedgerKind) and ":" in kind else "")
    if not name:
        return None
    try:
        return KeyGroup(name)
    except ValueError:
        raise ValidationError("kind", "import.unknown_kind", kind=str(kind)) from None


class ImportService:
    """Finds the importer for a ledger kind; each importer asks the rules table itself (the roster
    ledgers EDIT_ROSTER, a sign-in sheet TRAINING) before it reads or writes anything."""

    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="builds the kind's importer, which asks the rules table at each of its steps")
    def importer(self, kind: LedgerKind | str, training_id: int | None = None,
                 group: KeyGroup | str | None = None) -> LedgerImporter:
        """`group`: a key group's own register (or "keygroup:<group>" as the kind); without it a
        key-group ledger is recognised from its title and columns."""
        chosen = register_group(kind, group)
        kind = ledger_kind(kind)
        if kind is LedgerKind.KEY_GROUPS:
            return KeyGroupsImporter(self.session, chosen)
        if kind is LedgerKind.SIGN_IN:
            if training_id is None:
                raise ValidationError("training_id", "import.choose_training")
            return SignInImporter(self.session, training_id)
        return IMPORTERS[kind](self.session)

    @rule(None, why="lists what the rules table lets this role keep; the importer asks again")
    def register_groups(self) -> list[KeyGroup]:
        """The key groups whose own register this account may import (the sensitive ones only with
        VIEW_SENSITIVE), for the import dialog's 哪一类."""
        return visible_groups(self.session.account.role)

    @rule(None, why="the kind's importer asks the rules table before it reads")
    def preview(self, kind: LedgerKind | str, path: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None, training_id: int | None = None) -> ImportPreview:
        return self.importer(kind, training_id).preview(Path(path), progress, cancelled)

    @rule(None, why="builds the importer that made the preview, which asks the rules table itself")
    def importer_for(self, preview: ImportPreview) -> LedgerImporter:
        """The importer that made a preview: the same kind, training session or group register."""
        return self.importer(preview.kind, preview.target_id, preview.register or None)

    @rule(None, why="the kind's importer asks the rules table before it writes")
    def commit(self, preview: ImportPreview, cancelled: Cancelled | None = None,
               progress: Progress | None = None) -> Changes:
        return self.importer_for(preview).commit(preview, cancelled, progress)

    @rule(None, why="the kind's importer asks the rules table before it writes the file")
    def save_rejects(self, preview: ImportPreview, out: Path) -> int:
        return self.importer_for(preview).save_rejects(preview, out)
