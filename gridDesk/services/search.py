"""Search as you type: residents, households, the team and places, ranked, with the grid."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..domain.accounts import Permission
from ..domain.idcard import mask_id_number, mask_phone
from ..storage.grids_repo import GridsRepo
from ..storage.search_repo import RawHit, SearchRepo
from .guard import rule
from .roster_scope import grid_scope
from .session import UserSession

_RANK = {"name_exact": 0, "name_prefix": 1, "name": 2, "initials": 3, "pinyin": 4, "id_tail": 5,
         "phone_tail": 5, "address": 6}
_KIND_ORDER = {"resident": 0, "team": 1, "household": 2, "place": 3}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    detail: str  # masked
    grid_code: str
    grid_name: str
    rank: int


def normalise_query(text: str) -> str:
    q = unicodedata.normalize("NFKC", text).strip()
    return "".join(c for c in q if unicodedata.category(c) != "Cf" and not c.isspace())


class SearchService:
    def __init__(self, session: UserSession) -> None:
        self.session = session
        self._grid_names: dict[str, str] | None = None

    def _names(self, s) -> dict[str, str]:
        if self._grid_names is None:
            self._grid_names = GridsRepo(s).names()
        return self._grid_names

    @rule(None, why="drops a cache of grid names")
    def forget_grid_names(self) -> None:
        self._grid_names = None

    @rule(Permission.VIEW_ROSTER)
    def search(self, text: str, limit: int = 30) -> list[SearchHit]:
        q = normalise_query(text)
        if not q or (len(q) < 2 and q.isascii()):
            return []
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            repo = SearchRepo(s)
            raw = repo.residents(q, limit, scope)
            if not q.isascii():  # addresses and place names are Chinese: pinyin and digits skip them
                raw += repo.households(q, limit // 3 or 1, scope)
                raw += repo.places(q, limit // 3 or 1, scope)
            raw += repo.team(q, limit // 3 or 1, scope)
            names = self._names(s)
        hits = [self._hit(h, q, names) for h in raw]
        hits.sort(key=lambda h: (h.rank, _KIND_ORDER[h.kind], len(h.title), h.title))
        return hits[:limit]

    def _hit(self, h: RawHit, q: str, names: dict[str, str]) -> SearchHit:
        match = h.match
        if match == "name":
            match = "name_exact" if h.name == q else ("name_prefix" if h.name.startswith(q) else "name")
        if h.kind == "resident":
            detail = mask_id_number(h.extra) + ("  " + mask_phone(h.phone) if h.phone else "")
        elif h.kind == "team":
            detail = mask_phone(h.phone)
        else:
            detail = h.extra
        return SearchHit(h.kind, h.id, h.name, detail, h.grid_code, names.get(h.grid_code, ""), _RANK[match])
