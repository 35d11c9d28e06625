"""The township's register of village signing keys: each key bound to ONE village (code, name and
key fingerprint), so a village's key cannot vouch for a package that claims another village.

On disk (the folder given by --trust-store): one `<fingerprint>.pem` per key, as before, plus
`villages.txt` with one line `<fingerprint>\t<village code>\t<village name>` per bound key. A PEM
without a line there is a key registered by an older version ("legacy"): it is trusted only for a
village that has no bound key, and is bound to the first village whose package it signs and that
passes every check. `received-digests.txt` (package digests, as before) and `received-batches.txt`
(`<digest>\t<batch name>`) record what has passed here."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import GridDeskError
from ..security.sm import PublicKey

BATCH_NAME = re.compile(r"^ZZ-([0-9]{6,12})-([0-9]{4})-([0-9]{4})$")


class TrustError(GridDeskError, ValueError):
    """A registration refused: a catalogue code with the village, names and fingerprints (still a
    ValueError, which is what the command line catches)."""

    code = "trust.refused"


@dataclass(frozen=True)
class Registration:
    key: PublicKey
    village: str = ""  # the village code; "" for a legacy key not yet bound
    name: str = ""


def village_of(batch_name: str) -> str:
    match = BATCH_NAME.match(batch_name)
    return match.group(1) if match else ""


def _fp(key: PublicKey) -> str:
    return key.fingerprint().replace(" ", "")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class TrustStore:
    """Signers the township has registered, each bound to one village."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _bindings(self) -> dict[str, tuple[str, str]]:
        path = self.folder / "villages.txt"
        out = {}
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 3 and parts[1]:
                    out[parts[0]] = (parts[1], parts[2])
        return out

    def _save_bindings(self, bindings: dict[str, tuple[str, str]]) -> None:
        _write(self.folder / "villages.txt",
               "".join(f"{fp}\t{code}\t{name}\n" for fp, (code, name) in sorted(bindings.items())))

    def registrations(self) -> list[Registration]:
        bindings = self._bindings()
        out = []
        for key in self.keys():
            code, name = bindings.get(_fp(key), ("", ""))
            out.append(Registration(key, code, name))
        return out

    def keys(self) -> list[PublicKey]:
        if not self.folder.is_dir():
            return []
        out = []
        for pem in sorted(self.folder.glob("*.pem")):
            try:
                out.append(PublicKey.from_pem(pem.read_text()))
            except (ValueError, OSError):
                continue
        return out

    def of_village(self, village: str) -> Registration | None:
        return next((r for r in self.registrations() if r.village == village), None)

    def remember(self, key: PublicKey) -> None:
        """A key without a village (what older versions stored); prefer register()."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / (_fp(key) + ".pem")).write_text(key.pem())

    def register(self, key: PublicKey, village: str, name: str) -> Registration:
        """First registration of a village's key (--trust-new). Refused when the village already
        has a key, or the key is bound to another village: a changed key is replace()."""
        if not BATCH_NAME.match(f"ZZ-{village}-0000-0000"):
            raise TrustError("trust.bad_village", village=village)
        current = self.of_village(village)
        if current is not None and current.key != key:
            raise TrustError("trust.village_has_key", village=village, name=current.name,
                             registered=current.key.fingerprint(), fingerprint=key.fingerprint())
        bindings = self._bindings()
        bound = bindings.get(_fp(key))
        if bound and bound[0] != village:
            raise TrustError("trust.key_bound_elsewhere", fingerprint=key.fingerprint(), bound=bound[0],
                             name=bound[1], village=village)
        self.remember(key)
        bindings[_fp(key)] = (village, name)
        self._save_bindings(bindings)
        return Registration(key, village, name)

    def replace(self, village: str, key: PublicKey, name: str = "") -> tuple[Registration | None, Registration]:
        """The explicit command for a village whose key changed: the old key is unregistered."""
        old = self.of_village(village)
        bindings = self._bindings()
        bound = bindings.get(_fp(key))
        if bound and bound[0] != village:
            raise TrustError("trust.key_bound_to", fingerprint=key.fingerprint(), bound=bound[0], name=bound[1])
        if old is not None:
            bindings.pop(_fp(old.key), None)
            (self.folder / (_fp(old.key) + ".pem")).unlink(missing_ok=True)
        self.remember(key)
        bindings[_fp(key)] = (village, name or (old.name if old else ""))
        self._save_bindings(bindings)
        return old, Registration(key, village, bindings[_fp(key)][1])

    def received(self) -> set[str]:
        """Package digests of batches that passed here before: the chain's known links."""
        path = self.folder / "received-digests.txt"
        return set(path.read_text().split()) if path.is_file() else set()

    def received_villages(self) -> set[str]:
        """Villages with at least one batch received here (their next batch cannot be a first)."""
        path = self.folder / "received-batches.txt"
        if not path.is_file():
            return set()
        return {village_of(line.split("\t")[-1]) for line in path.read_text(encoding="utf-8").splitlines()} - {""}

    def remember_received(self, reports: list) -> None:
        passed = [r for r in reports if r.passed and r.digest_sm3]
        digests = self.received() | {r.digest_sm3 for r in passed}
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "received-digests.txt").write_text("\n".join(sorted(digests)) + "\n")
        path = self.folder / "received-batches.txt"
        lines = set(path.read_text(encoding="utf-8").splitlines()) if path.is_file() else set()
        lines |= {f"{r.digest_sm3}\t{Path(r.target).name}" for r in passed if village_of(Path(r.target).name)}
        _write(path, "".join(f"{line}\n" for line in sorted(lines)))
