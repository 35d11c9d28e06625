"""The recovery key as people copy it by hand: base32 in hyphen-joined groups, each with its own
check character.

Keys are written in Crockford's alphabet (no I, L, O or U: nothing to mistake for 1, 0 or V when
copied by hand); reading a typed key ignores case, spaces and hyphens and takes O as 0 and I or L
as 1. Keys issued before that (RFC 4648 base32, letters A-Z and 2-7) are still read: both spell
the same 32 bytes, and the per-group checks tell which alphabet a key was written in.
"""

from __future__ import annotations

import base64
import unicodedata

from ..domain.errors import GridDeskError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # the alphabet of keys issued before Crockford's
_GROUP = 4
_TO_CROCKFORD = str.maketrans(_RFC4648, ALPHABET)
_FROM_CROCKFORD = str.maketrans(ALPHABET, _RFC4648)
_CROCKFORD_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_LEGACY_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class RecoveryKeyError(GridDeskError, ValueError):
    """A recovery key mistyped: `group` is the group found wrong (1-based), when one is."""

    code = "recovery_key.unreadable"

    def __init__(self, code: str = "", /, group: int | None = None, **params: object) -> None:
        super().__init__(code, **({"group": group} if group is not None else {}), **params)
        self.group = group


def _check(chars: str, index: int, alphabet: str) -> str:
    total = index
    for i, c in enumerate(chars):
        total += (i + 1) * (alphabet.index(c) + 1)
    return alphabet[total % 32]


def _groups(text: str, alphabet: str) -> str:
    """The groups' bodies joined, once every group's check character agrees."""
    if not text or len(text) % (_GROUP + 1):
        raise RecoveryKeyError("recovery_key.length")
    data = []
    for n in range(0, len(text), _GROUP + 1):
        chunk = text[n:n + _GROUP + 1]
        body, mark = chunk[:-1], chunk[-1]
        if any(c not in alphabet for c in chunk) or _check(body, n // (_GROUP + 1), alphabet) != mark:
            raise RecoveryKeyError("recovery_key.group", group=n // (_GROUP + 1) + 1)
        data.append(body)
    return "".join(data)


def _bytes(rfc4648: str) -> bytes:
    try:
        return base64.b32decode(rfc4648 + "=" * (-len(rfc4648) % 8))
    except ValueError:
        raise RecoveryKeyError("recovery_key.unreadable") from None


def encode(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=").translate(_TO_CROCKFORD)
    groups = [text[i:i + _GROUP] for i in range(0, len(text), _GROUP)]
    return "-".join(g + _check(g, n, ALPHABET) for n, g in enumerate(groups))


def decode(typed: str) -> bytes:
    plain = "".join(c for c in unicodedata.normalize("NFKC", typed).upper() if c.isascii() and c.isalnum())
    try:
        return _bytes(_groups(plain.translate(_CROCKFORD_LOOKALIKES), ALPHABET).translate(_FROM_CROCKFORD))
    except RecoveryKeyError as current:
        try:
            return _bytes(_groups(plain.translate(_LEGACY_LOOKALIKES), _RFC4648))
        except RecoveryKeyError as legacy:
            # A mistyped key: name the group wrong in the alphabet it was most likely written in
            # (the one whose checks held for longer).
            raise max((current, legacy), key=lambda e: e.group or 0) from None
