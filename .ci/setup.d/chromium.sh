#!/usr/bin/env bash
# The dashboard's browser tests drive Debian's chromium (tests/GeoGraph.Dashboard.Tests); Playwright
# downloads no browser of its own. Install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
echo "installing chromium"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium
