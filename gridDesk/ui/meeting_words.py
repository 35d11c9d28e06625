"""The meeting's figures in the window's language (the printed minutes are always Chinese)."""

from __future__ import annotations

from ..domain.meetings import FigureSection
from ..services.minutes_data import figure_label, figure_value, section_title


def figure_rows(sections: tuple[FigureSection, ...], lang: str) -> list[tuple[str, str, str]]:
    """(section, figure, value) rows, the section named on its first row only."""
    return [(section_title(sec, lang) if n == 0 else "", figure_label(r, lang), figure_value(r, lang))
            for sec in sections for n, r in enumerate(sec.rows)]
