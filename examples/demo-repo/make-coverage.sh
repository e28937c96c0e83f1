#!/usr/bin/env bash
# Regenerates coverage.xml with the real coverage.py (Debian's python3-coverage and pytest-3).
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 -m coverage run --branch --source=app -m pytest -q app >/dev/null
/usr/bin/python3 -m coverage xml -o coverage.xml >/dev/null
/usr/bin/python3 -m coverage report
rm -f .coverage
