"""The township's receipts at the village: registering the township's signing key (once, by the
fingerprint the township gives on paper), and importing a signed 检测报告 that marks batches
received. A receipt counts only when the registered township signed it and it says 通过 for the
batch's own package digest, checked against this centre's key."""

from __future__ import annotations

from pathlib import Path

from ..archive.receipt import ReceiptError, normalise_fingerprint, read_receipt, township_of
from ..domain.accounts import Permission
from ..domain.archive import ExportBatch
from ..domain.audit import Action
from ..domain.catalogue import Word
from ..domain.errors import ValidationError
from ..storage.archive_repo import ArchiveRepo
from ..storage.centre_repo import CentreRepo
from .guard import rule
from .clock import local_dt
from .session import UserSession

TOWNSHIP_FINGERPRINT = "township_key_fingerprint"
_FINGERPRINT = Word("package.field.fingerprint")  # the form field named in a refusal


class ReceiptService:
    def __init__(self, session: UserSession, own_fingerprint) -> None:
        self.session = session
        self._own_fingerprint = own_fingerprint  # callable: this centre's key, made on first use

    @rule(Permission.EXPORT)
    def township_fingerprint(self) -> str:
        with self.session.db.transaction() as s:
            return CentreRepo(s).setting(TOWNSHIP_FINGERPRINT)

    @rule(Permission.SETTINGS)
    def register_township(self, fingerprint: str = "", key_file: Path | None = None) -> str:
        """Registers the township's key by its fingerprint, or from a file it signed (a receipt),
        or both (then they must agree). Returns the fingerprint registered."""
        self.session.require(Permission.EXPORT)
        typed = ""
        if fingerprint.strip():
            try:
                typed = normalise_fingerprint(fingerprint)
            except ValueError:
                raise ValidationError("fingerprint", "receipt.bad_fingerprint", field=_FINGERPRINT) from None
        if key_file is not None:
            try:
                from_file = township_of(Path(key_file)).fingerprint()
            except ReceiptError as exc:
                raise ValidationError("fingerprint", exc.code, field=_FINGERPRINT, **exc.params) from None
            if typed and typed != from_file:
                raise ValidationError("fingerprint", "receipt.fingerprint_mismatch", field=_FINGERPRINT,
                                      from_file=from_file, typed=typed)
            typed = from_file
        if not typed:
            raise ValidationError("fingerprint", "receipt.fingerprint_missing", field=_FINGERPRINT)
        previous = self.township_fingerprint()
        with self.session.write(Action.SETTINGS_CHANGED.value, TOWNSHIP_FINGERPRINT,
                                f"{previous or '（未登记）'} → {typed}") as s:
            CentreRepo(s).set_setting(TOWNSHIP_FINGERPRINT, typed)
        return typed

    @rule(Permission.EXPORT)
    def import_receipt(self, path: Path) -> tuple[ExportBatch, ...]:
        """Marks received the batches the registered township passed. Any refusal leaves one
        audit row saying why, whatever the receipt holds."""
        path = Path(path)
        try:
            receipt = read_receipt(path, self.township_fingerprint())
            own = self._own_fingerprint()
            with self.session.db.transaction() as s:
                ours = {b.digest_sm3: b for b in ArchiveRepo(s).batches()}
            passed = {e.digest_sm3 for e in receipt.entries if e.passed and e.signer == own and e.digest_sm3 in ours}
            failed = [ours[e.digest_sm3].name for e in receipt.entries
                      if e.digest_sm3 in ours and e.digest_sm3 not in passed]
            if passed and not receipt.passed:
                raise ReceiptError("receipt.stick_failed", names=sorted(ours[d].name for d in passed))
            if not passed:
                if failed:
                    raise ReceiptError("receipt.batches_failed", names=sorted(set(failed)))
                raise ReceiptError("receipt.none_of_ours")
        except ReceiptError as exc:
            self._refused(path, exc.message)
            raise ValidationError("receipt", exc.code, field=Word("package.field.receipt"), **exc.params) from None
        now = local_dt(self.session.clock())
        names = sorted(ours[d].name for d in passed)
        with self.session.write(Action.WRITE.value, "archive receipt",
                                f"乡镇（指纹 {receipt.township.fingerprint()}）回执：{'、'.join(names)} 已接收"
                                + (f"；未通过：{'、'.join(sorted(set(failed)))}" if failed else "")) as s:
            repo = ArchiveRepo(s)
            marked = tuple(b for d in sorted(passed) if (b := repo.mark_received(d, now)) is not None)
        return marked

    def _refused(self, path: Path, reason: str) -> None:
        try:
            self.session.record(Action.WRITE.value, "archive receipt refused", f"{path.name}：{reason[:200]}")
        except Exception:  # noqa: BLE001 - the refusal stands even if it cannot be written down
            pass
