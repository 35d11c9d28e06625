"""Build GridDesk for the machine this runs on:

    uv run python installer/build.py [--no-deb] [--no-installer]

- everywhere: the PyInstaller one-folder build, dist/GridDesk/ (griddesk, and on Windows GridDesk.exe);
- on Windows: the Inno Setup installer, dist/GridDesk-<version>-setup.exe (needs ISCC.exe from
  Inno Setup 6 and its Chinese Simplified messages file, see installer/README.md);
- on Debian-family Linux (UOS, Kylin, Debian, Ubuntu): dist/griddesk_<version>_<arch>.deb, files
  under /opt/griddesk, a desktop entry and an icon, built with dpkg-deb.

Prints the bundle's size; exits 1 with a sentence when a tool is missing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST, WORK = ROOT / "dist", ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "GridDesk"
SIZE_BUDGET = 250 * 1024 ** 2


def version() -> str:
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "gridDesk" / "__init__.py").read_text()).group(1)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def freeze() -> Path:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "installer" / "griddesk.spec")],
                   check=True, cwd=ROOT)
    return BUNDLE


def windows_installer(ver: str) -> Path:
    candidates = [shutil.which("ISCC.exe"), shutil.which("iscc"),
                  os.path.expandvars(r"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"),
                  os.path.expandvars(r"%ProgramFiles%\Inno Setup 6\ISCC.exe")]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        raise SystemExit("找不到 Inno Setup 6 的 ISCC.exe。请从 https://jrsoftware.org/isdl.php 安装 Inno Setup 6。")
    languages = Path(iscc).parent / "Languages" / "ChineseSimplified.isl"
    if not languages.exists():
        raise SystemExit(f"Inno Setup 缺少简体中文文件 {languages}。请从 https://jrsoftware.org/files/istrans/ "
                         "下载 ChineseSimplified.isl 放进 Languages 文件夹。")
    subprocess.run([iscc, f"/DAppVersion={ver}", f"/DBundle={BUNDLE}", f"/DOutputDir={DIST}",
                    f"/DRoot={ROOT}", str(ROOT / "installer" / "griddesk.iss")], check=True)
    return DIST / f"GridDesk-{ver}-setup.exe"


DESKTOP = """[Desktop Entry]
Type=Application
Name=GridDesk
Name[zh_CN]=GridDesk 村综治中心
GenericName=Village governance centre desk
GenericName[zh_CN]=村综治中心桌面工具
Comment=Grid roster, visits, cases, training, signs and archive packages
Comment[zh_CN]=网格与人口、走访、事件六步闭环、培训、公示牌打印与档案上报
Exec=/opt/griddesk/griddesk
Icon=griddesk
Terminal=false
Categories=Office;
StartupWMClass=griddesk
"""


def debian_package(ver: str) -> Path:
    if not shutil.which("dpkg-deb"):
        raise SystemExit("找不到 dpkg-deb：.deb 只能在 Debian 系（UOS、麒麟、Debian、Ubuntu）上生成。")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    tree = ROOT / "build" / "deb"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(BUNDLE, tree / "opt" / "griddesk", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/griddesk/griddesk", tree / "usr" / "bin" / "griddesk")
    apps = tree / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "griddesk.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = tree / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "griddesk.png", icons / "griddesk.png")
    control = tree / "DEBIAN"
    control.mkdir()
    size_kb = folder_size(tree) // 1024
    (control / "control").write_text(
        f"Package: griddesk\nVersion: {ver}\nSection: misc\nPriority: optional\nArchitecture: {arch}\n"
        f"Installed-Size: {size_kb}\n"
        "Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libegl1, libgl1, "
        "libfontconfig1, libdbus-1-3, fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei\n"
        "Maintainer: GridDesk <griddesk@localhost>\n"
        "Description: GridDesk, the desktop tool of a village comprehensive governance centre\n"
        " Grid roster, weekly visits, the six-step case loop, training records, grid announcement\n"
        " signs and signed archive packages, over an encrypted local database.\n", encoding="utf-8")
    out = DIST / f"griddesk_{ver}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="Linux: the one-folder build only")
    parser.add_argument("--no-installer", action="store_true", help="Windows: the one-folder build only")
    args = parser.parse_args()
    ver = version()
    bundle = freeze()
    size = folder_size(bundle)
    print(f"one-folder build: {bundle}  {size / 1024 ** 2:.1f} MB (budget {SIZE_BUDGET / 1024 ** 2:.0f} MB)")
    if sys.platform == "win32" and not args.no_installer:
        print(f"installer: {windows_installer(ver)}")
    elif sys.platform.startswith("linux") and not args.no_deb:
        print(f"Debian package: {debian_package(ver)}")
    return 0 if size < SIZE_BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
