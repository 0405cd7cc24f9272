#!/usr/bin/env bash
# Create .venv (if missing) and install committee-qa with its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
# torch is pinned to the CPU build on disk; any other spec would pull GBs of CUDA packages.
"$VENV/bin/pip" install --quiet --disable-pip-version-check torch==2.13.0
"$VENV/bin/pip" install --quiet --disable-pip-version-check -e ".[test]"
torch_version=$("$VENV/bin/python" -c "import torch; print(torch.__version__)")
case "$torch_version" in 2.13.0*) ;; *) echo "setup: torch is $torch_version, not 2.13.0" >&2; exit 1 ;; esac
