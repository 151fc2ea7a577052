#!/usr/bin/env bash
# CI: build the frozen app and run its self-test the way a new user would run it:
# from a directory outside the checkout, with no virtual environment and almost no
# environment at all, Qt offscreen. Exits non-zero if the build or any check fails.
#
#   packaging/ci_frozen_check.sh          # the one-folder app (fast)
#   packaging/ci_frozen_check.sh both     # also the one-file executable
set -euo pipefail
cd "$(dirname "$0")/.."
WHAT=${1:-onedir}

packaging/build.sh "$WHAT"
# Built in the environment that ran the tests: none of their tools may have come along.
.venv/bin/python packaging/check_bundle.py dist/explorer-folder/explorer

elsewhere=$(mktemp -d)
trap 'rm -rf "$elsewhere"' EXIT
run_self_test() {
  local executable=$1
  printf '\033[1m==> self-test of %s\033[0m\n' "$executable"
  (cd "$elsewhere" && env -i HOME="$elsewhere" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$executable" self-test)
}
run_self_test "$PWD/dist/explorer-folder/explorer"
if [ "$WHAT" = both ]; then
  run_self_test "$PWD/dist/explorer"
  size=$(stat -c %s dist/explorer)
  limit=$((80 * 1024 * 1024))
  if [ "$size" -ge "$limit" ]; then
    echo "dist/explorer is $((size / 1024 / 1024)) MB: over the 80 MB budget" >&2
    exit 1
  fi
fi
