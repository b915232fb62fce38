#!/usr/bin/env bash
# check-manpage-lint.sh PAGE...: formats each roff man page with every groff warning on and
# fails on any diagnostic, then once more through man(1) as a reader's man would.
set -euo pipefail
status=0
for page in "$@"; do
    diagnostics=$(groff -man -ww -z -K utf8 "$page" 2>&1 >/dev/null)
    if command -v man >/dev/null 2>&1; then
        diagnostics+=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    fi
    if [[ -n "$diagnostics" ]]; then
        echo "FAIL: $page:" >&2
        echo "$diagnostics" >&2
        status=1
    else
        echo "ok: $page"
    fi
done
exit $status
