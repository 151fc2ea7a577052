#!/usr/bin/env bash
# One entry point for a fresh machine: `./dev.sh run` sets up and starts the app,
# `./dev.sh test` sets up and runs every check; `./dev.sh lupdate` refreshes the
# translation sources (explorer/i18n/*.ts) from the code. Set-up is idempotent and quick
# when nothing changed, so both commands can be run again and again.
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
# The lowest PySide6 the project supports (pyproject.toml's floor) gets a venv of its own,
# so the checks run at both ends of the supported range.
FLOOR_VENV=.venv-qt-floor
PYTHON=${PYTHON:-python3}

# Qt's shared libraries and a font: PySide6's wheels bring Qt itself but not these.
# libglib2.0-0 is what a minimal Debian lacks first (QtCore links it); the Wayland pair lets Qt
# run natively on a Wayland desktop, the xcb family in a real X window.
QT_PACKAGES=(libglib2.0-0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libwayland-cursor0 libwayland-egl1)
# Checks also turn PDFs into text and pictures (pdftotext, pdftoppm), screenshots need Xvfb,
# and the phone page is checked in a real headless browser (Debian's chromium).
TEST_PACKAGES=(poppler-utils xvfb xauth chromium)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing_debian_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$pkg"
  done
}

ensure_system() {
  local wanted=("${QT_PACKAGES[@]}")
  [ "${1:-}" = test ] && wanted+=("${TEST_PACKAGES[@]}")
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Python 3.11 or newer is needed as '$PYTHON' (set PYTHON=/path/to/python3.11)." >&2
    exit 1
  fi
  # A fresh Debian leaves out venv/ensurepip; detect it by trying.
  if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
    local minor
    minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    wanted+=("python3-venv" "python${minor}-venv")
  fi
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: make sure Qt 6's system libraries (EGL, OpenGL, xkbcommon," >&2
    echo "fontconfig, dbus, xcb-cursor) and a font are installed; continuing." >&2
    return
  fi
  local missing
  missing=$(missing_debian_packages "${wanted[@]}")
  [ -z "$missing" ] && return
  if [ "$(id -u)" = 0 ]; then
    say "Installing system packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Missing system packages. Install them, then run this again:" >&2
    echo "  sudo apt-get install $missing" >&2
    exit 1
  fi
}

qt_floor() {
  sed -n 's/.*"PySide6-Essentials>=\([0-9.]*\).*/\1/p' pyproject.toml
}

# ensure_venv DIR [EXTRA PIP REQUIREMENT...]: the project, editable, with its dev tools.
ensure_venv() {
  local venv=$1
  shift
  if [ ! -x "$venv/bin/python" ]; then
    say "Creating the virtual environment in $venv"
    "$PYTHON" -m venv "$venv"
  fi
  # Reinstall only when the project's dependencies changed.
  local stamp="$venv/.installed" digest
  digest=$(printf '%s\n' "$(cat pyproject.toml)" "$@" | sha256sum | cut -c1-16)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    say "Installing the project and its dependencies into $venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".[dev]" "$@"
    echo "$digest" >"$stamp"
  fi
}

# The interface translations: explorer/i18n/*.ts (in git) → *.qm (built, ignored by git).
# Milliseconds; done on every setup, test and run, so a merged translation shows at once.
build_translations() {
  "$VENV/bin/python" tools/translations.py release
}

run_checks() {
  export QT_QPA_PLATFORM=offscreen
  say "ruff (lint)"
  "$VENV/bin/ruff" check explorer tests bench tools
  say "ruff (format)"
  "$VENV/bin/ruff" format --check explorer tests bench tools
  say "mypy (explorer/core strict, explorer/ui)"
  "$VENV/bin/mypy"
  say "vulture (dead code)"
  "$VENV/bin/vulture"
  say "pytest (PySide6 $("$VENV/bin/python" -c 'import PySide6; print(PySide6.__version__)'), the newest supported)"
  "$VENV/bin/pytest" -q -p no:cacheprovider "$@"
  local floor
  floor=$(qt_floor)
  ensure_venv "$FLOOR_VENV" "PySide6-Essentials==$floor"
  say "pytest (PySide6 $floor, the lowest supported)"
  "$FLOOR_VENV/bin/pytest" -q -p no:cacheprovider "$@"
}

case "${1:-}" in
  run)
    shift
    ensure_system run
    ensure_venv "$VENV"
    build_translations
    exec "$VENV/bin/explorer" "$@"
    ;;
  test)
    shift
    ensure_system test
    ensure_venv "$VENV"
    build_translations
    run_checks "$@"
    ;;
  setup)
    ensure_system test
    ensure_venv "$VENV"
    build_translations
    ;;
  lupdate)
    # For translators: gather every string marked for translation into explorer/i18n/*.ts,
    # then translate them in Qt Linguist (.venv/bin/pyside6-linguist explorer/i18n/explorer_nl.ts).
    ensure_venv "$VENV"
    "$VENV/bin/python" tools/translations.py update
    build_translations
    ;;
  *)
    echo "usage: ./dev.sh run [--pack DIR] | test [PYTEST ARGS] | setup | lupdate" >&2
    exit 2
    ;;
esac
