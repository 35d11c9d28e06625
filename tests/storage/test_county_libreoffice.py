"""Issue 17 item 7: a county-layout export saved again by LibreOffice, as .xlsx and as .xls (the
format township systems still ask for), imports back with nothing changed.

LibreOffice is installed by .ci/run. Without it these tests skip on a developer's machine but fail
under CI (which sets CI), so CI cannot pass without having run them."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from gridDesk.services.imports import ImportService
from tests.storage.test_county_round_trip import KINDS, _export, village  # noqa: F401  (the fixture)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _soffice() -> str:
    if SOFFICE is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed")
    return SOFFICE


@pytest.fixture(scope="module")
def saved(request, tmp_path_factory):
    """Every roster ledger exported in the county layout, then converted by LibreOffice once per
    format (one start each: the first start is the slow part), with a private profile."""
    soffice = _soffice()  # before the village is built: a skip costs nothing
    session, tmp = request.getfixturevalue("village")
    exported = [_export(session, tmp, kind)[0] for kind in KINDS]
    out = tmp_path_factory.mktemp("libreoffice")
    profile = (out / "profile").as_uri()
    for fmt in ("xlsx", "xls"):
        target = out / fmt
        target.mkdir()
        done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                               "--convert-to", fmt, "--outdir", str(target), *map(str, exported)],
                              capture_output=True, text=True, timeout=240, check=False)
        missing = [p.name for p in exported if not (target / f"{p.stem}.{fmt}").exists()]
        assert not missing, (done.returncode, done.stdout, done.stderr)
    return session, out


@pytest.mark.parametrize("fmt", ["xlsx", "xls"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_libreoffice_copy_imports_back_unchanged(saved, fmt, kind):
    session, out = saved
    path = out / fmt / f"{kind}.{fmt}"
    preview = ImportService(session).preview(kind, path)
    assert not preview.new and not preview.changed and not preview.rejected, (
        preview.rejected[:3], preview.shown_changed[:3])
    assert preview.unchanged > 0 and preview.unknown_columns == ([] if kind != "residents" else ["村民小组"])
    if kind == "residents":
        assert preview.unchanged == 203  # the demo's 200 and the three with every template column
