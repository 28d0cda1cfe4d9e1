#!/usr/bin/env bash
# Install what the browser tests (tests/test_browser.py) need from Debian: chromium and
# fonts with Arabic (fonts-noto-core). Idempotent and quiet: does nothing when both are
# there. Never downloads a browser build of its own (no `playwright install`); the
# Python package playwright comes from the project's test extra.
set -uo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "install ok installed" || need+=(fonts-noto-core)
[ ${#need[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ci_browser.sh: need root (or sudo) to install ${need[*]}; the browser tests will be skipped" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"; } >"$log" 2>&1; then
  echo "ci_browser.sh: could not install ${need[*]} (last lines of apt's output below); the browser tests will be skipped" >&2
  tail -n 5 "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
[ -x /usr/bin/chromium ] || { echo "ci_browser.sh: /usr/bin/chromium is still missing" >&2; exit 1; }
echo "ci_browser.sh: installed ${need[*]}" >&2
