"""The national code lists a ledger's dropdown columns follow, as data (LEDGERS.md, "Dictionaries").

One module per list. Each entry has the standard's code (None for the few values GridDesk has
always kept that a standard does not name), the name GridDesk stores and shows, and the other
spellings people type. Reading a cell goes through `Dictionary.read`, so the importer, the edit
dialogs' dropdowns, the template exports' hidden sheets and the printouts all share one list.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

__all__ = ["Dictionary", "Entry", "Reading", "key"]

_SEEN_LIMIT = 4096


def key(text: object) -> str:
    """What two spellings have in common: NFKC (full-width letters, compatibility forms), no
    spaces anywhere, no brackets' content style differences."""
    folded = unicodedata.normalize("NFKC", str(text or ""))
    return "".join(folded.split())


@dataclass(frozen=True)
class Entry:
    code: str | None
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    """A cell read against a list: the entry, and whether the words typed said more than the entry
    keeps (兄 -> 兄弟姐妹), in which case the importer keeps the original beside it."""

    entry: Entry
    lossy: bool = False

    @property
    def name(self) -> str:
        return self.entry.name


@dataclass(frozen=True)
class Dictionary:
    title: str          # the column's name in the templates, e.g. 民族
    standard: str       # e.g. GB 3304-1991
    entries: tuple[Entry, ...]
    # Words that name one entry for men and another for women (子女 -> 子 / 女), read with the
    # person's sex from the ID number: (male name, female name).
    by_sex: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Words that name an entry but say more than it keeps.
    broader: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[str, Entry] = {}
        for entry in self.entries:
            for word in (entry.name, *entry.synonyms):
                k = key(word)
                if k in index and index[k] is not entry:
                    raise ValueError(f"{self.title}: {word} names two entries")
                index[k] = entry
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_by_name", {e.name: e for e in self.entries})
        # A ledger repeats the same few spellings thousands of times (汉, 群众, 初中): each is read
        # once. Bounded, since a hostile file can hold as many different ones as it has cells.
        object.__setattr__(self, "_seen", {})

    @property
    def names(self) -> tuple[str, ...]:
        """What a dropdown offers, in the standard's order."""
        return tuple(e.name for e in self.entries)

    def entry(self, name: str) -> Entry | None:
        return self._by_name.get(name)  # type: ignore[attr-defined]

    def read(self, text: object, sex: str = "") -> Reading | None:
        """The entry a typed value names, or None when it names none. `sex` ("男"/"女") settles the
        words that depend on it; without it they read as nothing."""
        exact = self._by_name.get(text) if isinstance(text, str) else None  # type: ignore[attr-defined]
        if exact is not None:  # most cells hold the name itself: no folding needed
            return Reading(exact)
        if not isinstance(text, str):
            return self._read(text, sex)
        seen = self._seen  # type: ignore[attr-defined]
        try:
            return seen[text, sex]
        except KeyError:
            pass
        reading = self._read(text, sex)
        if len(seen) >= _SEEN_LIMIT:  # imports run on worker threads: each step is one dict call
            seen.clear()
        seen[text, sex] = reading
        return reading

    def _read(self, text: object, sex: str) -> Reading | None:
        k = key(text)
        if not k:
            return None
        found = self._index.get(k)  # type: ignore[attr-defined]
        if found is not None:
            return Reading(found)
        for word, (male, female) in self.by_sex.items():
            if key(word) == k and sex in ("男", "女"):
                return Reading(self._by_name[male if sex == "男" else female])  # type: ignore[attr-defined]
        for word, name in self.broader.items():
            if key(word) == k:
                return Reading(self._by_name[name], lossy=True)  # type: ignore[attr-defined]
        return None
