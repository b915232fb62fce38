#!/usr/bin/env bash
# check-manpage-commands.sh CLI PAGE: fails when greenlight-cli grew a command or an option
# that its hand-written man page does not describe. The commands are read from
# `CLI --help` (its "Commands:" block), the options from each `CLI COMMAND --help`.
set -euo pipefail
cli=$1
page=$2

# The page's text with roff's escaped hyphens (\-) made plain, so "\-\-format" reads --format.
text=$(sed -e 's/\\-/-/g' "$page")
commands=$("$cli" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
if [[ -z "$commands" ]]; then
    echo "FAIL: no commands found in '$cli --help'" >&2
    exit 1
fi

missing=()
count=0
for command in $commands; do
    count=$((count + 1))
    # Each command has its own subsection: .SS "name ..." (the synopsis follows the name).
    if ! grep -Eq "^\.SS \"?$command( |\"|$)" <<<"$text"; then
        missing+=("command '$command' (no .SS section)")
        continue
    fi
    for option in $("$cli" "$command" --help 2>/dev/null | grep -Eo -- '--[a-z][a-z0-9-]*' | sort -u); do
        [[ "$option" == --help ]] && continue
        grep -Fq -- "$option" <<<"$text" || missing+=("option '$option' of '$command'")
    done
done
for option in $("$cli" --help | sed -n '/^Global options/,/^Commands:/p' \
        | grep -Eo -- '--[a-z][a-z0-9-]*' | sort -u); do
    grep -Fq -- "$option" <<<"$text" || missing+=("global option '$option'")
done

if [[ ${#missing[@]} -gt 0 ]]; then
    echo "FAIL: $page does not describe:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi
echo "ok: $count commands and their options are in $page"
