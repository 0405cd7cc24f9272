#!/usr/bin/env bash
# One command: install (if needed), make sure Debian's chromium is there for the browser tests, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "test.sh: could not install chromium; browser tests will fail" >&2
  fi
fi
export HF_HUB_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
