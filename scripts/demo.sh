#!/usr/bin/env bash
# Install rasad, ingest the bundled sample corpus into ./rasad.db (SQLite) and export it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export RASAD_DB="${RASAD_DB:-$PWD/rasad.db}"
mkdir -p out
.venv/bin/rasad ingest examples/seeds
.venv/bin/rasad stats
.venv/bin/rasad export --format json -o out/export.json
echo
echo "Done. Database: $RASAD_DB   Export: $PWD/out/export.json"
echo "Look around: .venv/bin/rasad stories; .venv/bin/rasad serve (web UI on http://127.0.0.1:8000/); .venv/bin/rasad --help"
