"""The frozen app, built with installer/build.py and run as a village centre would run it: its
version, the headless demo (signs printed, an archive exported and verified), the GUI under
offscreen, the migrations and translations found inside the bundle, the .deb's contents, and the
size and cold-start budgets. Slow (a full PyInstaller build): run with `uv run pytest -m frozen`."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gridDesk import __version__

# The first test builds the bundle (PyInstaller, several minutes on two busy cores) inside its
# fixture, which the suite-wide 300 s limit would cut short.
pytestmark = [pytest.mark.frozen, pytest.mark.timeout(1200)]
ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "GridDesk"
EXE = BUNDLE / ("griddesk.exe" if sys.platform == "win32" else "griddesk")


@pytest.fixture(scope="module")
def built():
    if os.environ.get("GRIDDESK_FROZEN_REUSE") and EXE.exists():  # iterating on these tests alone
        return ""
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], cwd=ROOT, capture_output=True,
                          text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "UV_"))}
    return {**env, "GRIDDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path), **extra}


def _run(args: list[str], tmp_path: Path, timeout: float = 600, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout,
                          env=_env(tmp_path, **extra), cwd=tmp_path)


def test_the_bundle_is_whole_and_small_enough(built):
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 250 * 1024 ** 2, f"{size / 2 ** 20:.0f} MB"
    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "i18n" / "griddesk_en.qm").is_file()
    # Qt's own Chinese (the file dialogs' labels, standard buttons) and what it lacks for Qt 6
    assert (internal / "resources" / "i18n" / "qt_supplement_zh_CN.qm").is_file()
    assert [p.name for p in internal.rglob("qtbase_zh_CN.qm")] == ["qtbase_zh_CN.qm"]
    assert (internal / "resources" / "icons" / "griddesk.png").is_file()
    assert (internal / "resources" / "manual" / "index.html").is_file()  # 帮助 → 使用说明, and its pictures
    assert (internal / "resources" / "screenshots" / "cases.png").is_file()
    assert len(list((internal / "migrations" / "versions").glob("0*.py"))) >= 6
    plugins = {p.parent.name for p in internal.rglob("*") if p.parent.parent.name == "plugins"}
    assert {"platforms", "printsupport", "imageformats"} <= plugins, plugins
    assert list(internal.rglob("*pdfium*")), "pypdfium2's library is missing"
    assert list(internal.rglob("sqlcipher3/_sqlite3*")), "the SQLCipher module is missing"


def test_version_and_where(built, tmp_path):
    done = _run(["--version"], tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"GridDesk {__version__}"
    where = _run(["where"], tmp_path)
    assert where.returncode == 0, where.stdout + where.stderr
    assert str(BUNDLE / "_internal") in where.stdout and "（有）" in where.stdout


def test_the_headless_demo_prints_signs_and_exports_a_verified_archive(built, tmp_path):
    out = tmp_path / "demo"
    done = _run(["demo", "--headless", "--out", str(out), "--residents", "300"], tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    signs = list(out.rglob("*公示牌*.pdf"))
    assert signs and signs[0].read_bytes().startswith(b"%PDF")
    stick = out / "U盘"
    assert any(p.is_dir() and not p.name.endswith(".partial") for p in stick.iterdir())
    verified = _run(["verify", str(stick), "--trust-new"], tmp_path)
    assert verified.returncode == 0, verified.stdout[-2000:]
    # The database the frozen app made has every migration applied.
    status = subprocess.run([str(EXE), "--db", str(out / "griddesk.db"), "status", "--user", "demo",
                             "--password-stdin"], input="Demo@2026\n", capture_output=True, text=True,
                            env=_env(tmp_path), timeout=300)
    assert status.returncode == 0, status.stderr


def test_the_gui_opens_in_english_and_keeps_running(built, tmp_path):
    out = tmp_path / "demo"
    assert _run(["demo", "--headless", "--out", str(out), "--residents", "50"], tmp_path).returncode == 0
    probe = _run(["--db", str(out / "griddesk.db")], tmp_path, timeout=120, GRIDDESK_EXIT_AFTER_FIRST_WINDOW="1",
                 GRIDDESK_LANGUAGE="en")
    assert probe.returncode == 0, probe.stderr[-2000:]
    assert re.search(r"first-window \S+ LoginDialog .*[A-Za-z]", probe.stdout), probe.stdout
    assert "登录" not in probe.stdout  # the English catalogue was found inside the bundle
    app = subprocess.Popen([str(EXE), "--db", str(out / "griddesk.db")], env=_env(tmp_path),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(5)
    assert app.poll() is None, app.communicate()[1][-2000:]
    app.terminate()
    app.wait(30)


def _first_window(command: list[str], tmp_path: Path, db: Path) -> float:
    start = time.time()
    done = subprocess.run([*command, "--db", str(db)], capture_output=True, text=True, timeout=120,
                          env=_env(tmp_path, GRIDDESK_EXIT_AFTER_FIRST_WINDOW="1"), cwd=ROOT)
    assert done.returncode == 0, done.stderr[-1000:]
    return float(done.stdout.split()[1]) - start


def test_cold_start_of_the_frozen_app_is_within_1_3x_of_source(built, tmp_path):
    out = tmp_path / "demo"
    assert _run(["demo", "--headless", "--out", str(out), "--residents", "50"], tmp_path).returncode == 0
    db = out / "griddesk.db"
    source = [sys.executable, "-m", "gridDesk"]
    for command in (source, [str(EXE)]):  # warm the OS file cache for both, as a second start would
        _first_window(command, tmp_path, db)
    # Interleaved pairs, judged by the median of their ratios: single starts here wander by a third
    # (0.57 s to 0.84 s from source in one minute), and a pair shares the machine's mood.
    pairs = [(_first_window([str(EXE)], tmp_path, db), _first_window(source, tmp_path, db)) for _ in range(9)]
    ratio = statistics.median(f / s for f, s in pairs)
    frozen = statistics.median(f for f, _s in pairs)
    from_source = statistics.median(s for _f, s in pairs)
    print(f"first window: frozen {frozen:.3f} s, source {from_source:.3f} s, median ratio {ratio:.2f}x")
    assert ratio <= 1.3


def test_the_debian_package_installs_under_opt(built):
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb is built on Debian-family Linux")
    deb = next((ROOT / "dist").glob(f"griddesk_{__version__}_*.deb"))
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    for path in ("./opt/griddesk/griddesk", "./usr/share/applications/griddesk.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/griddesk.png", "./usr/bin/griddesk -> /opt/griddesk/griddesk",
                 "./opt/griddesk/_internal/resources/i18n/griddesk_en.qm"):
        assert path in contents, path
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"], capture_output=True,
                          text=True, check=True).stdout
    assert f"Version: {__version__}" in info and "fonts-wqy-microhei" in info


def test_the_township_edition_runs_from_the_bundle(built, tmp_path):
    """The township's own migrations and commands travel in the bundle (issue 21): a township set
    up on an encrypted file, a stick from the demo village imported (its key not registered: kept in
    quarantine with its report, never loaded), and the status read back as JSON."""
    import json

    out = tmp_path / "demo"
    assert _run(["demo", "--headless", "--out", str(out), "--residents", "50"], tmp_path).returncode == 0
    db = tmp_path / "township" / "township.db"
    db.parent.mkdir()

    def township(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(EXE), "township", *args], input="Town@2026pass\n", capture_output=True, text=True,
                              env=_env(tmp_path), timeout=300, cwd=tmp_path)

    init = township("init", "--db", str(db), "--code", "140105100", "--name", "小店镇", "--director", "zhuren")
    assert init.returncode == 0, init.stdout[-2000:] + init.stderr[-2000:]
    imported = township("import", "--db", str(db), "--user", "zhuren", str(out / "U盘"))
    assert "隔离" in imported.stdout + imported.stderr, imported.stdout[-2000:] + imported.stderr[-2000:]
    status = township("status", "--db", str(db), "--user", "zhuren", "--json")
    assert status.returncode == 0, status.stderr[-2000:]
    assert json.loads(status.stdout)["township"]["code"] == "140105100"
