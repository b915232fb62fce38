#!/usr/bin/env bash
# run-if-present.sh TOOL [ARGS...]: runs TOOL with ARGS, or exits 77 (CTest's SKIP_RETURN_CODE
# in tests/packaging) when TOOL is not installed, so a machine without an optional validator
# reports a skip rather than a pass or a failure. scripts/bootstrap installs them all.
set -euo pipefail
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (scripts/bootstrap installs it): skipping" >&2
    exit 77
fi
exec "$tool" "$@"
