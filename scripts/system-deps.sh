#!/usr/bin/env bash
# Debian packages the tests use: Chromium (browser tests) with Noto fonts (Arabic/Persian
# shaping) and PostgreSQL (the tests start a throwaway cluster; without it the PostgreSQL
# half of the storage tests skips). Installed only when missing; needs root (CI runs as root).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "system-deps: missing ${missing[*]}; run as root or install them (browser and PostgreSQL tests will skip)" >&2
    exit 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
