"""Grids and micro-grids: codes by the default scheme, names, villager groups, images."""

from __future__ import annotations

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.errors import GridDeskError, PermissionDenied, ValidationError
from ..domain.resident_rules import clean_text
from ..domain.roster import GRID_KINDS, MICRO_GRID_KINDS, Grid, GridKind, grid_code
from ..domain.resident_rules import bounded_text
from ..storage.grids_repo import GridsRepo
from .clock import local_dt
from .division import note_edit, note_map
from .guard import rule
from .roster_scope import grid_scope, require_grids
from .session import Changes, UserSession

_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG")


class GridService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.EDIT_ROSTER)
    def next_code(self, parent_code: str | None = None) -> str:
        """The next free code: village code + 3-digit grid number (+ 2-digit micro-grid number)."""
        with self.session.db.transaction() as s:
            codes = set(GridsRepo(s).ids(include_retired=True))  # a retired grid's code is never issued again
        village = self.session.centre.division_code
        for n in range(1, 1000 if parent_code is None else 100):
            code = grid_code(village, n) if parent_code is None else f"{parent_code}{n:02d}"
            if code not in codes:
                return code
        raise ValidationError("code", "grids.codes_used_up")

    @rule(Permission.EDIT_ROSTER)
    def save(self, grid: Grid, villager_groups: str = "", boundary: str = "", why: str = "",
             document: str = "") -> Changes:
        """A new grid or a changed one; `why` and `document` go on the division's record of a
        rename or a new boundary (DB3208/T 200: every change to the division recorded)."""
        why = bounded_text(why, 500, "why", multiline=True)
        document = bounded_text(document, 64, "document")
        code = clean_text(grid.code, 17, "code")
        if not code.isdigit() or len(code) not in (15, 17):
            raise ValidationError("code", "grids.code_length")
        if grid.parent_code and not code.startswith(grid.parent_code):
            raise ValidationError("code", "grids.micro_prefix")
        kind = GridKind(grid.kind)
        if grid.parent_code:  # inside a grid it is a micro-grid, whatever kind the caller carried
            kind = MICRO_GRID_KINDS[0]
        elif kind not in GRID_KINDS:
            raise ValidationError("kind", "grids.micro_kind")
        name = clean_text(grid.name, 64, "grid_name")
        if not name:
            raise ValidationError("name", "grids.name_required")
        require_grids(self.session, [code], Permission.EDIT_ROSTER, what=f"grid {code}")  # a new grid is the centre's
        if grid_scope(self.session, Permission.EDIT_ROSTER) is not None:
            with self.session.db.transaction() as s:
                known = code in GridsRepo(s).ids()
            if not known:  # a micro-grid inside the account's grid is a new grid too
                try:
                    self.session.record(Action.PERMISSION_DENIED.value, f"grid {code}", "new grid")
                except GridDeskError:
                    pass
                raise PermissionDenied("grids.new_is_centres")
        clean = Grid(code, name, kind, clean_text(grid.description, 500, "description"), grid.parent_code)
        groups, bounds = clean_text(villager_groups, 500, "villager_groups"), clean_text(boundary, 1000, "boundary", multiline=True)
        with self.session.write(Action.WRITE.value, f"grid {code}", name) as s:
            old = GridsRepo(s).as_saved(code)
            parent = GridsRepo(s).as_saved(grid.parent_code) if grid.parent_code else None
            for taken, which in ((old, code), (parent, grid.parent_code)):
                if taken is not None and taken[3]:  # a retired grid's code is never issued again, nor filled
                    raise ValidationError("code", "division.retired_code", grid=which)
            GridsRepo(s).save(clean, groups, bounds)
            note_edit(s, self.session.account.username, local_dt(self.session.clock()), old and old[:3], clean, groups, bounds,
                      why, document)
        return Changes("grids", (code,))

    @rule(Permission.EDIT_ROSTER)
    def set_image(self, code: str, which: str, data: bytes | None) -> Changes:
        """which: 'map' (a map of the grid) or 'qr' (its WeChat group's QR code)."""
        if which not in ("map", "qr"):
            raise ValidationError("which", "grids.image_which")
        if data is not None and (not data.startswith(_IMAGE_MAGIC) or len(data) > 5 * 1024 * 1024):
            raise ValidationError("image", "grids.image_kind", limit=5)
        require_grids(self.session, [code], Permission.EDIT_ROSTER, what=f"grid {code}")
        with self.session.write(Action.WRITE.value, f"grid {code}", f"{which} image") as s:
            GridsRepo(s).set_image(code, which, data)
            if which == "map":  # the map is the grid's bounds drawn: a change of the division
                note_map(s, self.session.account.username, local_dt(self.session.clock()), code)
        return Changes("grids", (code,))

    @rule(Permission.VIEW_ROSTER)
    def image(self, code: str, which: str) -> bytes | None:
        require_grids(self.session, [code], what=f"grid {code}")
        with self.session.db.transaction() as s:
            return GridsRepo(s).image(code, which)
