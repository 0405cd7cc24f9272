#!/usr/bin/env bash
# One command: install, index the seeds (first run only) and serve on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/committee-qa serve "$@"
