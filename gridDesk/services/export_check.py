"""The export's own check of the bag it has just written onto the stick, in words: which of the
verifier's failures are the stick's (it lost bytes) rather than the package's, and the verifier's
report carried inside the refusal. Kept apart from archive_export.py, which writes the bag."""

from __future__ import annotations

from ..archive.verify import Report, report_text

# The verifier's checks that re-hash what was read back from the stick: a failure of these is the
# stick's (a bad block, a fake-capacity stick), not the package's.
_READ_BACK = ("每个文件的 SM3 与清单一致", "每个文件的 SHA-256 与清单一致", "标签文件与 tagmanifest-sm3.txt 一致",
              "标签文件与 tagmanifest-sha256.txt 一致", "检测能够完成")


def not_verified(report: Report) -> str:
    """Why the bag just written is not handed over (a catalogue code): the stick lost bytes, or (a
    fault of ours) the package fails the verifier."""
    failed = [c for c in report.checks if not c.ok]
    if any(c.name in _READ_BACK for c in failed):
        return "export.read_back_differs"
    return "export.self_check_failed"


class ReportText:
    """A verifier's report carried as an error's parameter: rendered in the error's language,
    never logged (the names in it come from the package)."""

    code = "package.report"

    def __init__(self, report: Report) -> None:
        self.report = report

    def render(self, lang: str = "zh_CN") -> str:
        return report_text([self.report], lang)
