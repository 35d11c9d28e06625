"""What an audit row says, read back from its stored target and detail.

The log stores each row's target and detail as the services wrote them ("case:12", "team 张三",
"training:17" with "attendance 10"): the chain hashes those strings, so they never change. This
module reads them back into an event (one per sentence the audit page can say), the kind and key
of the record the row is about (resolved to its title by the service, in bulk), what the row
itself knew about it (a name, a number: all that is left once the record is deleted), and the
other facts the sentence needs. Words are the UI's; this is codes and values only.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from .audit import Action


class Kind(str, enum.Enum):
    """What sort of record a row is about (the service resolves the key to a title)."""
    NONE = "none"
    ACCOUNT = "account"  # key: the login name
    RESIDENT = "resident"  # key: id
    GRID = "grid"  # key: the grid code
    CASE = "case"  # key: id
    TRAINING = "training"  # key: id
    MEMBER = "member"  # a grid team member; key: id
    CERTIFICATE = "certificate"  # key: id
    VISIT = "visit"  # key: id
    PLACE = "place"  # known by name only
    TEXT = "text"  # a thing named by the row itself (a setting, a folder, an archive batch)


class Event(str, enum.Enum):
    """One per sentence. Each Action has its own fallback (the Action's value) for rows whose
    target is in no shape known here; the others are the shapes the services write."""
    # one fallback per Action, same value
    CENTRE_CREATED = "centre_created"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_COUNTER_TAMPERED = "login_counter_tampered"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    RECOVERY_USED = "recovery_used"
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_DISABLED = "account_disabled"
    ACCOUNT_ENABLED = "account_enabled"
    ACCOUNT_REMOVED = "account_removed"
    PASSWORD_CHANGED = "password_changed"
    REKEY = "rekey"
    SETTINGS_CHANGED = "settings_changed"
    MIGRATED = "migrated"
    WRITE = "write"
    UNMASK = "unmask"
    PRINT = "print"
    EXPORT = "export"
    AUDIT_VERIFIED = "audit_verified"
    AUDIT_HEAD_READ = "audit_head_read"
    AUDIT_RECHAINED = "audit_rechained"
    DEMO_GENERATED = "demo_generated"
    PERMISSION_DENIED = "permission_denied"
    BACKUP = "backup"
    RESTORE = "restore"
    INTEGRITY_CHECKED = "integrity_checked"
    CERT_OVERRIDE = "cert_override"
    # settings
    ACCOUNT_GRIDS = "account_grids"
    ACCOUNT_MEMBER = "account_member"
    SET_CALENDAR = "set_calendar"
    SET_CATEGORY = "set_category"
    SET_TRAINING_RULES = "set_training_rules"
    SET_TASK_TYPE = "set_task_type"
    SET_VISIT_FREQUENCY = "set_visit_frequency"
    SET_PRINTING = "set_printing"
    SET_BACKUP_KEEP = "set_backup_keep"
    SET_TOWNSHIP_KEY = "set_township_key"
    # writes
    RESIDENT_SAVED = "resident_saved"
    RESIDENT_STATUS = "resident_status"
    KEY_GROUP = "key_group"
    GRID_SAVED = "grid_saved"
    GRID_IMAGE = "grid_image"
    MEMBER_SAVED = "member_saved"
    MEMBER_PHOTO = "member_photo"
    MEMBER_LEFT = "member_left"
    PLACE_SAVED = "place_saved"
    TRAINING_SAVED = "training_saved"
    TRAINING_DELETED = "training_deleted"
    ATTENDANCE = "attendance"
    CERTIFICATE_SAVED = "certificate_saved"
    CERTIFICATE_DELETED = "certificate_deleted"
    CASE_REPORTED = "case_reported"
    CASE_STEP = "case_step"
    CASE_APPROVAL = "case_approval"
    CASE_NOTICE = "case_notice"
    VISIT_LOGGED = "visit_logged"
    VISIT_FINDING_CASE = "visit_finding_case"
    IMPORTED = "imported"
    RECEIPT = "receipt"
    RECEIPT_REFUSED = "receipt_refused"
    # unmask, print, export
    UNMASK_RESIDENT = "unmask_resident"
    UNMASK_ATTACHMENT = "unmask_attachment"
    UNMASK_LEDGER = "unmask_ledger"
    UNMASK_AUDIT = "unmask_audit"
    PRINT_SIGNS = "print_signs"
    PRINT_CARDS = "print_cards"
    PRINT_LEDGER = "print_ledger"
    PRINT_CASE = "print_case"
    PRINT_HANDOVER = "print_handover"
    PRINT_AUDIT_HEAD = "print_audit_head"
    EXPORT_ATTACHMENT = "export_attachment"
    EXPORT_TRAINING = "export_training"
    EXPORT_ROSTER = "export_roster"
    EXPORT_ARCHIVE = "export_archive"
    # refusals
    DENIED_CASE = "denied_case"
    DENIED_GRID = "denied_grid"
    DENIED_SETTING = "denied_setting"
    DENIED_CASE_OUTSIDE = "denied_case_outside"
    DENIED_VISIT = "denied_visit"
    PRINT_REPORT = "print_report"


# A case's printed forms, as the preview records them (the services write the form's name).
PRINTED_FORMS = ("filing_form", "case_file", "slip", "public_notice")

# The target of the audit page's own unmasked view (AuditService.entries with a reason).
AUDIT_LOG_TARGET = "audit log"


@dataclass(frozen=True)
class Parsed:
    event: Event
    kind: Kind = Kind.NONE
    key: str = ""  # the record's id or code, for the service to resolve
    known: str = ""  # what the row itself says about the record (a name, a number, a title)
    facts: dict[str, str] = field(default_factory=dict)  # the sentence's other values
    people: tuple[str, ...] = ()  # facts and known values that are a resident's name (masked)


_ID_NAME = re.compile(r"^(\w+):(\d+)(?: (.*))?$", re.S)
_WORD_REST = re.compile(r"^(\S+) (.*)$", re.S)
_ARROW = " → "


def _id_name(target: str) -> tuple[str, str, str] | None:
    """'case:12 2026-0012' -> ('case', '12', '2026-0012')."""
    m = _ID_NAME.match(target)
    return (m.group(1), m.group(2), m.group(3) or "") if m else None


def _split_file(detail: str) -> tuple[str, str]:
    """'结案卷宗 → 卷宗.pdf' -> ('结案卷宗', '卷宗.pdf')."""
    head, _, tail = detail.partition(_ARROW)
    return head.strip(), tail.strip()


_OWNER_KIND = {"resident": Kind.RESIDENT, "case": Kind.CASE, "training": Kind.TRAINING,
               "team": Kind.MEMBER, "visit": Kind.VISIT, "place": Kind.PLACE, "grid": Kind.GRID}


def _owner(target: str) -> tuple[Kind, str, str]:
    """An 'owner:id name' target as (kind, id, what the row knew)."""
    parts = _id_name(target)
    if parts is None:
        return Kind.TEXT, "", target
    owner, key, known = parts
    return _OWNER_KIND.get(owner, Kind.TEXT), key, known


def parse(action: str, target: str, detail: str) -> Parsed:
    """The row read back. Never raises: an unknown shape is its Action's fallback, with the
    stored target as the title."""
    try:
        parsed = _parse(Action(action), target, detail)
    except (ValueError, KeyError):
        parsed = None
    if parsed is None:
        try:
            event = Event(Action(action).value)
        except ValueError:
            event = Event.WRITE
        return Parsed(event, Kind.TEXT if target else Kind.NONE, "", target, {"detail": detail})
    return parsed


def _parse(action: Action, target: str, detail: str) -> Parsed | None:  # noqa: C901 - one table of shapes
    A, E = Action, Event
    if action is A.LOGIN_COUNTER_TAMPERED:  # "counter_tampered: missing; it listed 3 pending failed logins, …"
        problem = detail.partition(": ")[2].split(";", 1)[0].strip()
        listed = re.search(r"listed (\d+) pending", detail)
        return Parsed(E.LOGIN_COUNTER_TAMPERED, Kind.TEXT, "", target,
                      {"problem": problem, "listed": listed.group(1) if listed else ""})
    if action in (A.LOGIN, A.LOGOUT, A.LOCK, A.UNLOCK, A.PASSWORD_CHANGED, A.ACCOUNT_DISABLED,
                  A.ACCOUNT_ENABLED, A.ACCOUNT_REMOVED, A.RECOVERY_USED, A.LOGIN_FAILED):
        return Parsed(E(action.value), Kind.ACCOUNT, target, target, {"detail": detail})
    if action is A.ACCOUNT_ADDED:
        return Parsed(E.ACCOUNT_ADDED, Kind.ACCOUNT, target, target, {"role": detail})
    if action is A.CENTRE_CREATED:
        return Parsed(E.CENTRE_CREATED, Kind.TEXT, "", target, {"code": detail})
    if action in (A.MIGRATED, A.BACKUP, A.RESTORE, A.INTEGRITY_CHECKED):
        return Parsed(E(action.value), Kind.TEXT, "", target, {"detail": detail})
    if action is A.REKEY:
        return Parsed(E.REKEY, Kind.NONE, "", "", {"epoch": target.removeprefix("epoch ").strip(),
                                                    "detail": detail})
    if action in (A.AUDIT_VERIFIED, A.AUDIT_RECHAINED):
        n = target.split(" ", 1)[0]
        return Parsed(E(action.value), Kind.NONE, "", "", {"count": n, "outcome": detail})
    if action is A.AUDIT_HEAD_READ:
        return Parsed(E.AUDIT_HEAD_READ, Kind.NONE, "", "", {"count": target, "digest": detail[:16]})
    if action is A.DEMO_GENERATED:
        return Parsed(E.DEMO_GENERATED, Kind.NONE, "", "", {"count": target.removesuffix(" 人").strip()})
    if action is A.CERT_OVERRIDE:
        act, _, rest = detail.partition(" ")
        on, _, reason = rest.partition(": ")
        key = target.removeprefix("team:")
        return Parsed(E.CERT_OVERRIDE, Kind.MEMBER, key, "", {"act": act, "on": on, "reason": reason})
    if action is A.SETTINGS_CHANGED:
        return _settings(target, detail)
    if action is A.WRITE:
        return _write(target, detail)
    if action is A.UNMASK:
        return _unmask(target, detail)
    if action is A.PRINT:
        return _print(target, detail)
    if action is A.EXPORT:
        return _export(target, detail)
    if action is A.PERMISSION_DENIED:
        return _denied(target, detail)
    return None


def _settings(target: str, detail: str) -> Parsed | None:
    E = Event
    if target.startswith("account "):
        username = target.removeprefix("account ")
        if detail.startswith("grids"):
            codes = detail.removeprefix("grids").strip()
            return Parsed(E.ACCOUNT_GRIDS, Kind.ACCOUNT, username, username, {"grids": codes})
        if detail.startswith("member "):
            member = detail.removeprefix("member ")
            return Parsed(E.ACCOUNT_MEMBER, Kind.ACCOUNT, username, username,
                          {"member": "" if member == "none" else member})
        return None
    if target == "calendar":
        day, _, kind = detail.partition(" ")
        return Parsed(E.SET_CALENDAR, Kind.NONE, "", "", {"day": day, "kind": kind})
    if target == "case category":
        m = re.match(r"^(.*) (\d+)$", detail, re.S)
        name, days = (m.group(1), m.group(2)) if m else (detail, "")
        return Parsed(E.SET_CATEGORY, Kind.NONE, "", "", {"name": name, "days": days})
    if target == "training rules":
        year, _, text = detail.partition(" ")
        return Parsed(E.SET_TRAINING_RULES, Kind.NONE, "", "", {"year": year, "detail": text})
    if target == "task type":
        return Parsed(E.SET_TASK_TYPE, Kind.NONE, "", "", {"detail": detail})
    if target == "visit frequency":
        group, _, days = detail.partition(" ")
        return Parsed(E.SET_VISIT_FREQUENCY, Kind.NONE, "", "", {"group": group, "days": days})
    if target == "printing":
        return Parsed(E.SET_PRINTING, Kind.NONE, "", "", {"detail": detail})
    if target == "backup_keep":
        return Parsed(E.SET_BACKUP_KEEP, Kind.NONE, "", "", {"count": detail})
    if target == "township_key_fingerprint":
        return Parsed(E.SET_TOWNSHIP_KEY, Kind.NONE, "", "", {"detail": detail})
    return Parsed(E.SETTINGS_CHANGED, Kind.TEXT, "", target, {"detail": detail})


def _write(target: str, detail: str) -> Parsed | None:  # noqa: C901 - one table of shapes
    E = Event
    parts = _id_name(target)
    if parts is not None:
        kind, key, known = parts
        if kind == "resident":
            if detail.startswith("status "):
                status, _, reason = detail.removeprefix("status ").partition(": ")
                return Parsed(E.RESIDENT_STATUS, Kind.RESIDENT, key, known, {"status": status, "reason": reason},
                              people=(known,))
            if detail.startswith("key group "):
                return Parsed(E.KEY_GROUP, Kind.RESIDENT, key, known,
                              {"detail": detail.removeprefix("key group ")}, people=(known,))
            return None
        if kind == "case":
            if detail.startswith("approval "):
                return Parsed(E.CASE_APPROVAL, Kind.CASE, key, known, {"stage": detail.removeprefix("approval ")})
            if detail == "public notice":
                return Parsed(E.CASE_NOTICE, Kind.CASE, key, known)
            return Parsed(E.CASE_STEP, Kind.CASE, key, known, {"step": detail})
        if kind == "training":
            if detail == "deleted":
                return Parsed(E.TRAINING_DELETED, Kind.TRAINING, key, known)
            if detail.startswith("attendance "):
                return Parsed(E.ATTENDANCE, Kind.TRAINING, key, known, {"count": detail.removeprefix("attendance ")})
            return None
        if kind == "team":
            if detail == "photo":
                return Parsed(E.MEMBER_PHOTO, Kind.MEMBER, key, known)
            if detail.startswith("left "):
                return Parsed(E.MEMBER_LEFT, Kind.MEMBER, key, known, {"on": detail.removeprefix("left ")})
            if detail.startswith("certificate "):
                return Parsed(E.CERTIFICATE_SAVED, Kind.MEMBER, key, known,
                              {"number": detail.removeprefix("certificate ")})
            return None
        if kind == "certificate" and detail == "deleted":
            return Parsed(E.CERTIFICATE_DELETED, Kind.CERTIFICATE, key, known)
        if kind == "visit":
            m = re.match(r"^finding (\d+) → case (\d+)$", detail)
            if m:
                return Parsed(E.VISIT_FINDING_CASE, Kind.VISIT, key, known, {"case": m.group(2)})
        return None
    if target == "case" and detail.startswith("report "):
        return Parsed(E.CASE_REPORTED, Kind.TEXT, "", detail.removeprefix("report "))
    if target == "training":
        return Parsed(E.TRAINING_SAVED, Kind.TEXT, "", detail)
    if target == "archive receipt":
        return Parsed(E.RECEIPT, Kind.TEXT, "", "", {"detail": detail})
    if target == "archive receipt refused":
        return Parsed(E.RECEIPT_REFUSED, Kind.TEXT, "", "", {"detail": detail})
    m = _WORD_REST.match(target)
    if m is None:
        return None
    word, rest = m.groups()
    if word == "resident":
        return Parsed(E.RESIDENT_SAVED, Kind.RESIDENT, "", rest, people=(rest,))
    if word == "grid":
        if detail.endswith(" image"):
            return Parsed(E.GRID_IMAGE, Kind.GRID, rest, rest, {"which": detail.removesuffix(" image")})
        return Parsed(E.GRID_SAVED, Kind.GRID, rest, detail)
    if word == "team":
        return Parsed(E.MEMBER_SAVED, Kind.TEXT, "", rest, {"role": detail})
    if word == "place":
        return Parsed(E.PLACE_SAVED, Kind.PLACE, "", rest, {"kind": detail})
    if word == "visit":
        return Parsed(E.VISIT_LOGGED, Kind.GRID, rest, rest, {"on": detail})
    if word == "import":
        return Parsed(E.IMPORTED, Kind.NONE, "", "", {"kind": rest, "detail": detail})
    return None


def _unmask(target: str, detail: str) -> Parsed | None:
    E = Event
    if target == AUDIT_LOG_TARGET:
        return Parsed(E.UNMASK_AUDIT, Kind.NONE, "", "", {"reason": detail})
    if target.startswith("ledger "):
        kind, _, grid = target.removeprefix("ledger ").partition(" ")
        return Parsed(E.UNMASK_LEDGER, Kind.GRID, "" if grid == "all" else grid, "", {"ledger": kind, "reason": detail})
    if detail.startswith("附件 "):
        kind, key, known = _owner(target)
        people = (known,) if kind is Kind.RESIDENT else ()
        return Parsed(E.UNMASK_ATTACHMENT, kind, key, known, {"file": detail.removeprefix("附件 ")}, people=people)
    parts = _id_name(target)
    if parts is not None and parts[0] == "resident":
        return Parsed(E.UNMASK_RESIDENT, Kind.RESIDENT, parts[1], parts[2], {"reason": detail}, people=(parts[2],))
    return None


def _print(target: str, detail: str) -> Parsed | None:
    E = Event
    parts = _id_name(target)
    if parts is not None and parts[0] == "case":
        what, file = _split_file(detail)
        if not file and what.split(" ", 1)[0] in PRINTED_FORMS:  # the preview's "slip printed 2 pages on …"
            what, _, file = what.partition(" ")
        return Parsed(E.PRINT_CASE, Kind.CASE, parts[1], parts[2], {"what": what, "file": file})
    if target.startswith("sign "):
        codes = target.removeprefix("sign ")
        return Parsed(E.PRINT_SIGNS, Kind.GRID, "" if codes == "all grids" else codes, "",
                      {"detail": detail})
    if target.startswith("contact cards "):
        code = target.removeprefix("contact cards ")
        return Parsed(E.PRINT_CARDS, Kind.GRID, "" if code in ("all", "") else code, "", {"detail": detail})
    if target.startswith("ledger "):
        kind, _, grid = target.removeprefix("ledger ").partition(" ")
        grid = "" if grid in ("all", "") else grid
        return Parsed(E.PRINT_LEDGER, Kind.GRID, grid, "", {"ledger": kind, "detail": detail})
    if target.startswith("archive "):
        return Parsed(E.PRINT_HANDOVER, Kind.TEXT, "", target.removeprefix("archive "), {"detail": detail})
    m = re.match(r"^(visit week report|training register) (\S+)$", target)
    if m:  # report_printouts: a week's visits from that Monday, a year's training register
        return Parsed(E.PRINT_REPORT, Kind.NONE, "", "", {"report": m.group(1), "when": m.group(2), "detail": detail})
    if target == "audit head":
        return Parsed(E.PRINT_AUDIT_HEAD, Kind.NONE, "", "", {"detail": detail})
    return None


def _export(target: str, detail: str) -> Parsed | None:
    E = Event
    if detail.startswith("附件 "):
        kind, key, known = _owner(target)
        name, file = _split_file(detail.removeprefix("附件 "))
        people = (known,) if kind is Kind.RESIDENT else ()
        return Parsed(E.EXPORT_ATTACHMENT, kind, key, known, {"file": name, "to": file}, people=people)
    if target.startswith("training "):
        year, _, rest = detail.partition(" ")
        count = rest.split(" ", 1)[0]
        return Parsed(E.EXPORT_TRAINING, Kind.NONE, "", "", {"which": target.removeprefix("training "),
                                                            "year": year, "count": count,
                                                            "file": _split_file(detail)[1]})
    if target.startswith("archive "):
        return Parsed(E.EXPORT_ARCHIVE, Kind.TEXT, "", target.removeprefix("archive "), {"detail": detail})
    if _ARROW in target:
        kind, files = _split_file(target)
        count = detail.split(" ", 1)[0]
        return Parsed(E.EXPORT_ROSTER, Kind.NONE, "", "", {"kind": kind, "file": files, "count": count,
                                                          "unmasked": "1" if "unmasked" in detail else ""})
    return None


# roster_scope.refuse_outside's detail: the record lies outside the account's grids.
OUTSIDE = "outside the account's grids"


def _denied(target: str, detail: str) -> Parsed | None:
    E = Event
    parts = _id_name(target)
    if detail == OUTSIDE:
        if parts is not None and parts[0] == "case":
            return Parsed(E.DENIED_CASE_OUTSIDE, Kind.CASE, parts[1], "")
        if parts is not None and parts[0] == "visit":  # "visit:5 attachments"
            return Parsed(E.DENIED_VISIT, Kind.VISIT, parts[1], "")
        if parts is None and " " in target:  # "grid a,b", "case report G", "sign a,b", "ledger kind G"...
            return Parsed(E.DENIED_GRID, Kind.GRID, target.rsplit(" ", 1)[1], "", {"detail": ""})
        return None
    if parts is not None and parts[0] == "case":
        return Parsed(E.DENIED_CASE, Kind.CASE, parts[1], parts[2], {"permission": detail})
    if target.startswith("grid "):
        return Parsed(E.DENIED_GRID, Kind.GRID, target.removeprefix("grid "), "", {"detail": detail})
    if target.startswith("setting "):
        return Parsed(E.DENIED_SETTING, Kind.TEXT, "", target.removeprefix("setting "), {"detail": detail})
    if re.fullmatch(r"[a-z_]+", target):  # session.require: the permission asked for, the role that asked
        return Parsed(E.PERMISSION_DENIED, Kind.NONE, "", "", {"permission": target, "role": detail})
    return None
