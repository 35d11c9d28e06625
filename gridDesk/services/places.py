"""Places: rental housing, organisations and businesses, risk points with their responsible member."""

from __future__ import annotations

from dataclasses import replace

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.idcard import mask_id_number, parse_id_number
from ..domain.places import PLACE_FIELDS, Place, PlaceKind
from ..domain.rental_ledger import ID_FIELDS, ID_KIND_OF
from ..domain.resident_rules import clean_text, parse_date
from ..storage.places_repo import PlacesRepo
from .guard import rule
from .clock import local_dt
from .roster_scope import grid_scope, refuse_outside, require_grids
from .session import Changes, UserSession


class PlacesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def list(self, kind: PlaceKind | None = None) -> list[Place]:
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            places = PlacesRepo(s).list(kind)
        # A landlord's, owner's or titleholder's ID number is shown masked, as a resident's is.
        return [_masked(p) for p in places if scope is None or any(p.grid_code.startswith(c) for c in scope)]

    @rule(Permission.EDIT_ROSTER)
    def save(self, place: Place) -> Changes:
        name = clean_text(place.name, field="name")
        if not name:
            raise ValidationError("name", "places.name_required")
        if not place.grid_code:
            raise ValidationError("grid_code", "resident.grid_required")
        require_grids(self.session, [place.grid_code], Permission.EDIT_ROSTER, what=f"place {place.grid_code}")
        if place.id is not None and place.id not in {p.id for p in self.list()}:  # moving another grid's place in
            refuse_outside(self.session, f"place:{place.id}")
        allowed = {f.key: f for f in PLACE_FIELDS[place.kind][1]}
        details = {}
        submitted = dict(place.details)
        if place.id is not None:  # a ledger's own columns kept with the place survive an edit in the dialog
            with self.session.db.transaction() as s:
                stored = next((p for p in PlacesRepo(s).list(place.kind) if p.id == place.id), None)
            kept = stored.details if stored else {}
            details.update({k: v for k, v in kept.items() if k.startswith("extra:")})
            # An ID number the form showed masked and nobody retyped stays the stored number.
            submitted.update({k: kept[k] for k in ID_FIELDS if "*" in str(submitted.get(k, "")) and k in kept})
        for key, value in submitted.items():
            if key not in allowed or not str(value).strip():
                continue
            spec = allowed[key]
            text = clean_text(value, 200, key)
            if spec.kind == "int" and not text.isdigit():
                raise ValidationError(key, "places.number")  # the field named by its word
            if spec.kind == "choice" and text not in spec.choices:
                raise ValidationError(key, "places.choice", value=list(spec.choices))
            if key in ID_FIELDS and "身份证" in (str(submitted.get(ID_KIND_OF.get(key, ""), "")) or "身份证"):
                text = parse_id_number(text).value  # as every ID number GridDesk keeps
            if spec.kind == "date":
                text = parse_date(text, key).isoformat()  # type: ignore[union-attr]  (a non-blank text)
            details[key] = text
        clean = replace(place, name=name, address=clean_text(place.address, field="address"), details=details,
                        notes=clean_text(place.notes, 2000, "notes"))
        with self.session.write(Action.WRITE.value, f"place {name}", place.kind.value) as s:
            pid = PlacesRepo(s).save(clean, local_dt(self.session.clock()))
        return Changes("places", (pid,))


def _masked(place: Place) -> Place:
    if not any(place.details.get(k) for k in ID_FIELDS):
        return place
    return replace(place, details={k: mask_id_number(v) if k in ID_FIELDS and v else v
                                   for k, v in place.details.items()})
