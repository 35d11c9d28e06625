"""Printouts: grid signs, contact cards, ledgers and case forms as PDF, gathered here as plain
data for `printing/`. Every print is on the audit log; a sign remembers what it showed, so an
out-of-date sign is flagged with what changed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.dictionaries import Dictionary
from ..domain.dictionaries.education import EDUCATION_LEVELS
from ..domain.dictionaries.political import POLITICAL_STATUSES
from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.certification import CertAct, blocks
from ..domain.errors import NotFound, ValidationError
from ..domain.key_groups import SPECS, KeyGroup
from ..domain.printouts import Snapshot, sign_changes, sign_snapshot
from ..domain.roster import TEAM_ROLE_LABELS, ResidentFilter, TeamRecord, TeamRole
from ..domain.resident_rules import clean_text
from ..printing.contact_cards import ContactCard, write_cards
from ..printing.fonts import check_font_file
from ..printing.ledger import Ledger, write_ledger
from ..printing.sign import SIZES, SignData, SignMember, write_signs
from ..storage.cert_overrides_repo import CertOverridesRepo
from ..storage.centre_repo import CentreRepo
from ..storage.grids_repo import GridsRepo
from ..storage.residents_repo import HouseholdsRepo
from ..storage.team_repo import TeamRepo
from . import certification
from .guard import rule
from .clock import local_dt
from .key_group_columns import register_print_keys, register_print_widths
from .roster_export import ExportService, ledger_columns, ledger_rows
from .print_files import Out, written
from .roster_scope import own_codes, require_grids
from .wechat_groups import coverage_of
from .session import UserSession

Progress = Callable[[int, int], None] | None
PRINTED_PREFIX = _PRINTED = "sign_printed:"  # settings key prefix: what the grid's last printed sign showed
_ROLE_ORDER = list(TeamRole)


@dataclass(frozen=True)
class SignStatus:
    grid_code: str
    grid_name: str
    printed_at: str  # "" when never printed
    changes: tuple[str, ...]  # empty: the sign on the wall is still right
    left_off: tuple[str, ...] = ()  # serving members without a valid certificate: not on the sign (持证上岗)
    excepted: tuple[str, ...] = ()  # uncertified, but on the sign last printed by the director's exception

    @property
    def out_of_date(self) -> bool:
        return bool(self.changes)


def out_name(out: Out) -> str:
    return Path(out).name if isinstance(out, (str, Path)) else "preview"


def _font(s) -> Path | None:
    chosen = CentreRepo(s).setting("print_font", "")
    return Path(chosen) if chosen else None


class PrintService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> str:
        return f"{local_dt(self.session.clock()):%Y-%m-%d}"

    @rule(Permission.PRINT)
    def font_file(self) -> Path | None:
        with self.session.db.transaction() as s:
            return _font(s)

    @rule(Permission.PRINT)
    def print_settings(self) -> tuple[str, str, str]:
        """(the centre's phone, the supervision phone, the chosen font file or "") for Settings."""
        with self.session.db.transaction() as s:
            repo = CentreRepo(s)
            return repo.setting("centre_phone"), repo.setting("supervision_phone"), repo.setting("print_font")

    @rule(Permission.SETTINGS)
    def set_print_settings(self, centre_phone: str, supervision_phone: str, font: str) -> None:
        """The phones every sign and card carries, and the font (empty: the system's)."""
        if font:
            check_font_file(Path(font))
        values = {"centre_phone": clean_text(centre_phone, 40, "centre_phone"),
                  "supervision_phone": clean_text(supervision_phone, 40, "supervision_phone"),
                  "print_font": font}
        with self.session.write(Action.SETTINGS_CHANGED.value, "printing",
                                "; ".join(f"{k}={v}" for k, v in values.items())) as s:
            repo = CentreRepo(s)
            for key, value in values.items():
                repo.set_setting(key, value)

    # -- grid signs --------------------------------------------------------------------------
    def _serving(self, team: list[TeamRecord], code: str) -> list[TeamRecord]:
        on = [t for t in team if code in t.grid_codes]
        return sorted(on, key=lambda t: (_ROLE_ORDER.index(t.member.role), t.id))

    def _signs(self, s, codes: list[str] | None, with_photos: bool = True, uncertified_too: bool = False
               ) -> list[tuple[SignData, Snapshot, list[TeamRecord]]]:
        """Each grid's sign, its snapshot, and the serving members left off it: a member without a
        valid certificate may not appear on a sign (持证上岗) unless the director allows it
        (`uncertified_too`). They are left off rather than the sign refused: the grid's other
        members and the centre's phones still belong on the wall."""
        tree = {g.code: g for g in GridsRepo(s).tree() if g.parent_code is None}
        if codes is None:  # every grid the account reaches
            wanted = own_codes(self.session, tree)
        else:
            require_grids(self.session, codes, what=f"sign {','.join(codes)}")
            wanted = codes
        missing = [c for c in wanted if c not in tree]
        if missing:
            raise NotFound("printouts.no_grid", grid=list(missing))
        team = TeamRepo(s).all()
        states = CertOverridesRepo(s).states([t.id for t in team], local_dt(self.session.clock()).date())
        centre = CentreRepo(s)
        grids, team_repo = GridsRepo(s), TeamRepo(s)
        centre_phone, supervision = centre.setting("centre_phone"), centre.setting("supervision_phone")
        coverage = coverage_of(s)  # 一户一代表, printed small under the group's QR code
        out = []
        for code in wanted:
            node = tree[code]
            serving = self._serving(team, code)
            left_off = [t for t in serving if blocks(states[t.id])]
            members = serving if uncertified_too else [t for t in serving if t not in left_off]
            cards = tuple(SignMember(t.member.name, TEAM_ROLE_LABELS[t.member.role], t.member.phone, t.member.duties,
                                     team_repo.photo(t.id) if with_photos and t.has_photo else None)
                          for t in members)
            sign = SignData(self.session.centre.village_name, node.name, code, cards, node.boundary,
                            grids.image(code, "map") if with_photos else None,
                            grids.image(code, "qr") if with_photos else None,
                            centre.setting(f"wechat_link:{code}"), centre_phone, supervision, self._today(),
                            self.session.centre.township, coverage.get(code))
            out.append((sign, sign_snapshot(node.name, node.boundary,
                                            [(m.name, m.role, m.phone) for m in cards]), left_off))
        return out

    @rule(Permission.PRINT)
    def print_signs(self, out: Out, codes: list[str] | None = None, size: str = "A3",
                    progress: Progress = None, record: bool = True, cert_override: str = "") -> int:
        """One grid's sign, or every grid's (codes None) in one PDF. Recorded (audited, and each
        grid's sign remembered as printed) unless `record` is False: a preview is not a print.
        Members without a valid certificate are left off, unless the director gives
        `cert_override` (a reason), which is recorded for each of them when the sign is."""
        if size not in SIZES:
            raise ValidationError("size", "printouts.size", sizes=list(SIZES))
        override = certification.ask_override(self.session, cert_override)
        with self.session.db.transaction() as s:
            signs = self._signs(s, codes, uncertified_too=bool(override))
            font = _font(s)
        written(out, lambda target: write_signs([sign for sign, _snap, _off in signs], target, size, font, progress))
        if record:
            self.record_signs(codes, f"{size} → {out_name(out)}", override)
        return len(signs)

    @rule(Permission.PRINT)
    def record_signs(self, codes: list[str] | None, detail: str, cert_override: str = "") -> None:
        """Signs went to paper or to a file: on the audit log, and what they show is remembered;
        with the director's override, each uncertified member printed on them is an exception."""
        override = certification.ask_override(self.session, cert_override)
        with self.session.db.transaction() as s:
            signs = self._signs(s, codes, with_photos=False, uncertified_too=bool(override))
        stamp = local_dt(self.session.clock()).isoformat(timespec="minutes")
        target = "all grids" if codes is None else ", ".join(codes)
        with self.session.write(Action.PRINT.value, f"sign {target}", detail) as s:
            repo = CentreRepo(s)
            for sign, snap, left_off in signs:
                excepted = [t.member.name for t in left_off] if override else []
                repo.set_setting(_PRINTED + sign.grid_code, json.dumps(
                    {"at": stamp, "shown": snap, "excepted": excepted}, ensure_ascii=False))
                for t in left_off if override else ():
                    certification.record(self.session, s, t.id, t.member.name, CertAct.SIGN,
                                         f"sign:{sign.grid_code}", override)

    @rule(Permission.PRINT)
    def record(self, target: str, detail: str) -> None:
        """A previewed printout was printed or saved."""
        self.session.record(Action.PRINT.value, target, detail)

    @rule(Permission.VIEW_ROSTER)
    def sign_status(self) -> list[SignStatus]:
        """Each grid: when its sign was last printed and what has changed since."""
        with self.session.db.transaction() as s:
            signs = self._signs(s, None, with_photos=False)
            # a sign printed by the director's exception is judged against what it was allowed to show
            allowed = {sign.grid_code: snap for sign, snap, _off in
                       self._signs(s, None, with_photos=False, uncertified_too=True)}
            repo = CentreRepo(s)
            printed = {sign.grid_code: repo.setting(_PRINTED + sign.grid_code) for sign, _snap, _off in signs}
        out = []
        for sign, snap, left_off in signs:
            last = json.loads(printed[sign.grid_code]) if printed[sign.grid_code] else None
            excepted = tuple(n for n in (last or {}).get("excepted", ()) if n in {t.member.name for t in left_off})
            now = allowed[sign.grid_code] if excepted else snap
            out.append(SignStatus(sign.grid_code, sign.grid_name, last["at"] if last else "",
                                  tuple(sign_changes(last["shown"] if last else None, now)),
                                  tuple(t.member.name for t in left_off if t.member.name not in excepted), excepted))
        return out

    # -- contact cards -----------------------------------------------------------------------
    @rule(Permission.PRINT)
    def print_cards(self, out: Out, code: str, progress: Progress = None, record: bool = True) -> int:
        """A card for every household of the grid, naming the member who serves it."""
        with self.session.db.transaction() as s:
            [(sign, _snap, off)] = self._signs(s, [code])
            # 持证上岗: a card, like the sign, names only someone who may work as a grid member.
            members = [t for t in self._serving(TeamRepo(s).all(), code) if t not in off]
            main = next((t for t in members if t.member.grid_code == code), members[0] if members else None)
            if main is None and off:
                raise ValidationError("grid", "printouts.card_uncertified", names=[t.member.name for t in off])
            if main is None:
                raise ValidationError("grid", "printouts.card_nobody")
            photo = TeamRepo(s).photo(main.id) if main.has_photo else None
            households = [(n, a) for n, a, c, _name, _notes, _count in HouseholdsRepo(s).rows() if c == code]
            font = _font(s)
            centre_phone = CentreRepo(s).setting("centre_phone")
        cards = [ContactCard(f"{address}（户号 {number}）", sign.grid_name, main.member.name,
                             TEAM_ROLE_LABELS[main.member.role], main.member.phone, photo,
                             village=self.session.centre.village_name, centre_phone=centre_phone)
                 for number, address in households]
        count = written(out, lambda target: write_cards(cards, target, font, progress))
        if record:
            self.session.record(Action.PRINT.value, f"contact cards {code}", f"{count} cards → {out_name(out)}")
        return count

    # -- ledgers -----------------------------------------------------------------------------
    @rule(Permission.PRINT)
    def print_ledger(self, out: Out, kind: str, grid_code: str = "", unmask_reason: str = "",
                     record: bool = True, group: KeyGroup | None = None) -> int:
        """The resident roster (per grid or all), a key-group register or the team list, as a PDF
        table; ID numbers and phones masked unless a reason for an audited unmask is given."""
        keys = {"residents": ("name", "id_number", "phone", "household_number", "relation", "actual_address"),
                "team": ("name", "role", "phone", "grid_code", "appointed_on", "political_status", "education",
                         "duties"),
                "keygroup": ("name", "id_number", "group", "level", "since", "notes")}
        if kind not in keys:
            raise ValidationError("kind", "printouts.kind", kind=str(kind))
        unmask_reason = clean_text(unmask_reason, 200, "reason")
        unmasked = bool(unmask_reason)
        if unmasked:
            self.session.require(Permission.UNMASK)
        # One group's own register: its columns (the person, then the group's own fields).
        source = f"keygroup:{group.value}" if kind == "keygroup" and group is not None else kind
        columns = ledger_columns(source)
        wanted = register_print_keys(columns) if source != kind else keys[kind]
        pick = [next(i for i, c in enumerate(columns) if c.key == k) for k in wanted]
        exporter = ExportService(self.session)
        with self.session.db.transaction() as s:
            names = GridsRepo(s).names()
            rows = [tuple("" if row[i] is None else str(row[i]) for i in pick)
                    for row in ledger_rows(exporter, s, source, ResidentFilter(grid_code=grid_code), unmasked)]
            font = _font(s)
        if kind == "team" and grid_code:
            rows = [r for r in rows if r[3] in ("", grid_code)]
        if kind == "team":  # the grid by its name on paper, as the sign and the cards name it; the
            # national lists' names for words kept from before the dictionaries (党员 -> 中共党员)
            rows = [(*r[:3], names.get(r[3], r[3]), r[4], _listed(POLITICAL_STATUSES, r[5]),
                     _listed(EDUCATION_LEVELS, r[6]), *r[7:]) for r in rows]
        numbered = [(str(n), *r) for n, r in enumerate(rows, 1)]
        title = {"residents": "居民花名册", "team": "网格队伍花名册",
                 "keygroup": f"{SPECS[group].label}登记表" if group else "重点人群登记表"}[kind]
        where = names.get(grid_code, "") if grid_code else "全村"
        note = "身份证号、电话已隐去部分数字" if not unmasked else "本表含完整身份证号和电话，请妥善保管，用后销毁"
        ledger = Ledger(f"{self.session.centre.village_name}{where}{title}", self.session.centre.village_name,
                        self._today(), ("序号", *[columns[i].header for i in pick]), numbered,
                        register_print_widths(columns, pick) if source != kind else
                        (0.6, 1.2, 2.2, 1.6, 1.2, 1.0, 2.6) if kind != "team" else
                        (0.6, 1.0, 1.2, 1.5, 1.6, 1.1, 1.1, 1.1, 2.6),
                        landscape=True, note=note)
        pages = written(out, lambda target: write_ledger(ledger, target, font))
        if unmasked:  # the full numbers were shown, preview or not: that is on the record at once
            self.session.record(Action.UNMASK.value, f"ledger {source} {grid_code or 'all'}", unmask_reason.strip())
        if record:
            detail = f"{len(rows)} rows, {pages} pages → {out_name(out)}; " + \
                (f"unmasked: {unmask_reason.strip()}" if unmasked else "masked")
            self.session.record(Action.PRINT.value, f"ledger {source} {grid_code or 'all'}", detail)
        return pages


def _listed(dictionary: Dictionary, value: str) -> str:
    reading = dictionary.read(value)
    return reading.name if reading else value
