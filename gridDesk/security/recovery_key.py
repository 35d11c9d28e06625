"""The recovery key as people copy it by hand: base32 in groups, each with its own check letter."""

from __future__ import annotations

import base64

from ..domain.errors import GridDeskError

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_GROUP = 4
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class RecoveryKeyError(GridDeskError, ValueError):
    """A recovery key mistyped: `group` is the group found wrong (1-based), when one is."""

    code = "recovery_key.unreadable"

    def __init__(self, code: str = "", /, group: int | None = None, **params: object) -> None:
        super().__init__(code, **({"group": group} if group is not None else {}), **params)
        self.group = group


def _check(chars: str, index: int) -> str:
    total = index
    for i, c in enumerate(chars):
        total += (i + 1) * (_ALPHABET.index(c) + 1)
    return _ALPHABET[total % 32]


def encode(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    groups = [text[i:i + _GROUP] for i in range(0, len(text), _GROUP)]
    return "-".join(g + _check(g, n) for n, g in enumerate(groups))


def decode(typed: str) -> bytes:
    text = "".join(c for c in typed.upper() if c.isalnum()).translate(_LOOKALIKES)
    if not text or len(text) % (_GROUP + 1):
        raise RecoveryKeyError("recovery_key.length")
    data = []
    for n in range(0, len(text), _GROUP + 1):
        chunk = text[n:n + _GROUP + 1]
        body, mark = chunk[:-1], chunk[-1]
        if any(c not in _ALPHABET for c in chunk) or _check(body, n // (_GROUP + 1)) != mark:
            raise RecoveryKeyError("recovery_key.group", group=n // (_GROUP + 1) + 1)
        data.append(body)
    joined = "".join(data)
    try:
        return base64.b32decode(joined + "=" * (-len(joined) % 8))
    except ValueError:
        raise RecoveryKeyError("recovery_key.unreadable") from None
