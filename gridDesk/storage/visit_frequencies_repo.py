"""The director's visit frequencies per key group (only what differs from the domain's defaults)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .orm.visit_frequencies import VisitFrequencyRow


class VisitFrequenciesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def own(self) -> dict[str, int]:
        """key group value -> days, as the director set them."""
        return {r.key_group: r.every_days for r in self.s.scalars(select(VisitFrequencyRow))}

    def set(self, key_group: str, every_days: int | None) -> None:
        """None goes back to the default."""
        row = self.s.get(VisitFrequencyRow, key_group)
        if every_days is None:
            if row is not None:
                self.s.delete(row)
        elif row is None:
            self.s.add(VisitFrequencyRow(key_group=key_group, every_days=every_days))
        else:
            row.every_days = every_days
