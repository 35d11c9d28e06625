"""Where an ID number says it was issued: the province (checked) and the county (looked up).

GB 11643 puts the issuing place's six-digit division code first. The province must exist (a
number beginning 00 or 99 is a typing error, not a person). The county is only looked up: the code
is the registration place when the number was issued, and counties have been merged and renamed
since, so an unknown one is a warning for a person to look at, never a refusal (LEDGERS.md).

The division history comes from python-stdnum's `cn/loc` database (every code that has existed,
with the years it was in use) rather than a table of our own: it is maintained upstream from the
published code lists, and keeping four decades of renamings right is exactly the work we would
otherwise get wrong.
"""

from __future__ import annotations

from functools import lru_cache

from stdnum import numdb

# GB/T 2260 provinces, and the residence permits of Hong Kong (81), Macao (82) and Taiwan (83)
# residents, which use the same layout. Foreigners' permanent residence cards of 2023 begin with 9
# and then the two digits of the mainland province that issued them.
_MAINLAND = frozenset([*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
                       *range(61, 66)])
_PROVINCES = _MAINLAND | {71, 81, 82, 83}
_PERMITS = {81: "香港", 82: "澳门", 83: "台湾"}


def mainland_province(code: str) -> bool:
    """The first two digits name a province of the mainland: where a village centre can be."""
    return code[:2].isascii() and code[:2].isdigit() and int(code[:2]) in _MAINLAND


def province_exists(code: str) -> bool:
    """The number's first two digits name a province (or a residence permit or a 2023 card)."""
    if code[:1] == "9":
        return mainland_province(code[1:3])
    return code[:2].isascii() and code[:2].isdigit() and int(code[:2]) in _PROVINCES


@lru_cache(maxsize=4096)
def county_name(code: str) -> str | None:
    """The county a six-digit division code names (its latest name), or None when the division
    history has never had it. Permits and foreigners' cards have no county to look up."""
    if code[:1] == "9" or code[:2] in ("81", "82", "83"):
        return _PERMITS.get(int(code[:2]), "")
    found = {k: v for _part, props in numdb.get("cn/loc").info(code[:6]) for k, v in props.items()}
    county = found.get("county")
    if not county:
        return None
    # "[1983-2019]桥东区,[2020-]襄都区": the latest name is what a person recognises today.
    latest = county.split(",")[-1]
    return latest.split("]", 1)[1] if latest.startswith("[") else latest
