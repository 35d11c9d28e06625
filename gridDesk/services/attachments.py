"""Photos and documents: checked when picked, stored with their step or visit in the encrypted
database, and every opening or saving-out written to the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..domain.accounts import Permission
from ..domain.attachments import Attachment, NewAttachment, check_attachment, clean_name
from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..storage.attachments_repo import AttachmentsRepo
from .guard import rule
from .roster_scope import require_grids
from .clock import local_dt
from .print_files import write_whole
from .session import UserSession

Checked = list[tuple[NewAttachment, str]]


def load_attachment(path: str | Path) -> NewAttachment:
    """Read a picked file; a missing, unreadable, empty, oversized or unknown file is refused at once."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("attachment", "attachment.missing", file=path.name) from None
    except OSError as exc:
        raise ValidationError("attachment", "attachment.unreadable", file=path.name, os_error=exc.strerror or str(exc)) from None
    attachment = NewAttachment(clean_name(path.name), data)
    check_attachment(attachment.name, attachment.data)
    return attachment


def checked(files: Sequence[NewAttachment]) -> Checked:
    """Each file with its kind; the service re-checks what the screen already checked."""
    if len(files) > 30:
        raise ValidationError("attachment", "attachment.too_many", limit=30)
    out = []
    for f in files:
        f = NewAttachment(clean_name(f.name), f.data)
        out.append((f, check_attachment(f.name, f.data)))
    return out


class AttachmentsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _require_owner(self, owner: str, owner_id: int) -> None:
        """A file is seen by whoever may see what it belongs to: a case or a visit of the
        account's grids (training materials are the whole team's)."""
        if owner == "case":
            from .cases import CasesService  # refuses, on the record, a case outside the account's reach

            CasesService(self.session).get(owner_id)
        elif owner == "reward":  # a commendation's or warning's document: a personnel record
            self.session.require(Permission.VIEW_ASSESSMENT)
        elif owner == "visit":
            from ..storage.visits_repo import VisitsRepo

            with self.session.db.transaction() as s:
                code = VisitsRepo(s).meta(owner_id)[0] if VisitsRepo(s).exists(owner_id) else None
            if code is not None:
                require_grids(self.session, [code], what=f"visit:{owner_id} attachments")
        elif owner == "log_day":  # a day of the 民情日志: seen by whoever may see that member's days
            from .daily_logs import DailyLogsService

            DailyLogsService(self.session).get(owner_id)
        elif owner == "patrol":
            from .patrols import PatrolsService  # refuses, on the record, another grid's patrol

            PatrolsService(self.session).get(owner_id)

    @rule(Permission.VIEW_ROSTER)
    def listed(self, owner: str, owner_id: int) -> list[Attachment]:
        self._require_owner(owner, owner_id)
        with self.session.db.transaction() as s:
            return AttachmentsRepo(s).listed(owner, owner_id)

    @rule(Permission.VIEW_ROSTER)
    def open(self, attachment_id: int) -> tuple[Attachment, bytes]:
        """The bytes, to show inside the app; the viewing is audited like any sensitive field."""
        owner, owner_id, attachment, data = self._get(attachment_id)
        self.session.record(Action.UNMASK.value, f"{owner}:{owner_id}", f"附件 {attachment.name}")
        return attachment, data

    @rule(Permission.EXPORT)
    def save_to(self, attachment_id: int, path: str | Path) -> Attachment:
        """A copy out of the encrypted database: an export, so it needs the export right."""
        owner, owner_id, attachment, data = self._get(attachment_id)
        write_whole(path, data)
        self.session.record(Action.EXPORT.value, f"{owner}:{owner_id}", f"附件 {attachment.name} → {path}")
        return attachment

    def _get(self, attachment_id: int) -> tuple[str, int, Attachment, bytes]:
        with self.session.db.transaction() as s:
            found = AttachmentsRepo(s).get(attachment_id)
        if found is None:
            raise NotFound("attachment.gone")
        self._require_owner(found[0], found[1])
        return found


def store(s, session: UserSession, owner: str, owner_id: int, files: Checked, case_event_id: int | None = None) -> None:
    """Inside the caller's transaction, so the files land with their step, or not at all."""
    if files:
        AttachmentsRepo(s).add(owner, owner_id, files, session.account.username, local_dt(session.clock()),
                               case_event_id)
