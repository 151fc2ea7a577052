#!/usr/bin/env bash
# Build the standalone explorer with PyInstaller: one command, from a fresh checkout.
#
#   packaging/build.sh            # both: dist/explorer (one file) and dist/explorer-folder/ (one folder)
#   packaging/build.sh onedir     # only the one-folder app (what CI smoke-tests)
#   packaging/build.sh onefile    # only the single-file executable
#
# Uses the project's .venv (creating it if needed) and installs the `package` extra
# (PyInstaller) into it. The executable is built for the platform it runs on: run
# this on Linux for Linux, on macOS for macOS; see docs/packaging.md for Windows.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
WHAT=${1:-both}
case "$WHAT" in both | onedir | onefile) ;; *)
  echo "usage: packaging/build.sh [both|onedir|onefile]" >&2
  exit 2
  ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -x "$VENV/bin/python" ]; then
  say "Creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
fi
if ! "$VENV/bin/python" -c 'import PyInstaller, PySide6, explorer' 2>/dev/null; then
  say "Installing the project and PyInstaller (the 'package' extra) into $VENV"
  "$VENV/bin/python" -m pip install -q -e ".[package]"
fi

# The interface translations (.qm) are built from explorer/i18n/*.ts; the spec ships them.
say "Building the translations (pyside6-lrelease)"
"$VENV/bin/python" tools/translations.py release

build() {
  local mode=$1
  say "PyInstaller: $mode"
  # Each mode has its own work directory: both executables are called `explorer`.
  "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --workpath "build/pyinstaller-$mode" --distpath dist packaging/explorer.spec -- --mode "$mode"
}

started=$SECONDS
[ "$WHAT" = onefile ] || build onedir
[ "$WHAT" = onedir ] || build onefile

say "Built in $((SECONDS - started)) s"
if [ -d dist/explorer-folder ]; then
  printf '  one folder: dist/explorer-folder/explorer   %s (%s files)\n' \
    "$(du -sh dist/explorer-folder | cut -f1)" "$(find dist/explorer-folder -type f | wc -l)"
fi
if [ -f dist/explorer ]; then
  printf '  one file:   dist/explorer                   %s\n' "$(du -h dist/explorer | cut -f1)"
fi
echo "Check a build with:  dist/explorer self-test   (QT_QPA_PLATFORM=offscreen without a display)"
