#!/usr/bin/env bash
# Re-vendor the explorer's front-end files from npm (run by hand; the results are committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
cp node_modules/world-atlas/countries-110m.json "$here/static/vendor/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$here/static/vendor/"
echo "vendored into $here/static/vendor (update LICENSES.txt if versions change)"
