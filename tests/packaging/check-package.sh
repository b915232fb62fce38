#!/usr/bin/env bash
# check-package.sh CPACK BUILD_DIR VERSION: builds the Debian package with CPack into a scratch
# folder, unpacks it with dpkg-deb -x (no root, nothing touches the system's dpkg database),
# and checks what a user would get: the file layout, executable bits, the control fields, and
# that the installed executables start from the unpacked tree.
set -euo pipefail
cpack=$1
build=$2
version=$3

scratch=$(mktemp -d "${TMPDIR:-/tmp}/greenlight-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=()
fail() { failures+=("$*"); }

# 1. Build. cpack runs the `preinstall` target first, a no-op after `cmake --build`.
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb="$scratch/out/greenlight_${version}_${arch}.deb"
if [[ ! -f "$deb" ]]; then
    echo "FAIL: expected $(basename "$deb"); cpack made:" >&2
    ls "$scratch/out" >&2
    exit 1
fi
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# 2. Control file: name, version from project(), and dependencies from the real libraries.
[[ $(dpkg-deb -f "$deb" Package) == greenlight ]] || fail "Package is not 'greenlight'"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for wanted in libqt6core6 libqt6widgets6 'libyaml-cpp[0-9.]*' libqt6svg6 libqt6sql6-sqlite \
        libqt6gui6 'libgit2-[0-9.]*' 'libsodium[0-9]*'; do
    grep -Eq "(^|, )$wanted( |,|$)" <<<"$depends" || fail "Depends lacks $wanted"
done

# 3. Layout.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
expect_file() { [[ -f "$root/$1" ]] || fail "missing /$1"; }
for exe in usr/bin/greenlight usr/bin/greenlight-cli; do
    expect_file "$exe"
    [[ -x "$root/$exe" ]] || fail "/$exe is not executable"
    # Every library comes from the system: no RUNPATH pointing into /usr/lib by hand.
    if readelf -d "$root/$exe" 2>/dev/null | grep -Eq '\((RPATH|RUNPATH)\)'; then
        fail "/$exe carries an RPATH"
    fi
    # CPACK_STRIP_FILES: no DWARF in what users download.
    if readelf -S "$root/$exe" 2>/dev/null | grep -q '\.debug_info'; then
        fail "/$exe is not stripped"
    fi
done
app_id=io.greenlight.Greenlight
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    expect_file "$png"
    if [[ -f "$root/$png" ]]; then
        # PNG IHDR: width and height are the big-endian words at bytes 16 and 20.
        dims=$(od -An -tu1 -j16 -N8 "$root/$png" | awk '{ print $3*256+$4 "x" $7*256+$8 }')
        [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims"
    fi
done
expect_file usr/share/man/man1/greenlight-cli.1.gz
expect_file usr/share/man/man1/greenlight.1.gz
for template in "$(dirname "$0")"/../../checklists/*.yaml; do
    expect_file "usr/share/greenlight/checklists/$(basename "$template")"
done
expect_file usr/share/greenlight/examples/demo-assessment.yaml
[[ -d "$root/usr/share/greenlight/examples/demo-system" ]] || fail "missing the demo repository"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "metainfo does not name release $version"
# Nothing else: no headers, static libraries or build-tree leftovers.
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | grep -Ev \
    '^usr/bin/greenlight(-cli)?$|^usr/share/(applications|metainfo|icons/hicolor|man/man1|greenlight/(checklists|examples))/' \
    || true)
[[ -z "$unexpected" ]] || fail "unexpected files: $unexpected"

# 4. The installed tree runs: the CLI, and the GUI far enough to load its platform plugin.
cli_version=$("$root/usr/bin/greenlight-cli" --version 2>&1) || fail "greenlight-cli --version failed"
[[ "$cli_version" == "greenlight-cli $version" ]] || fail "greenlight-cli --version printed '$cli_version'"
templates=$("$root/usr/bin/greenlight-cli" --db "$scratch/store.sqlite" templates 2>&1) \
    || fail "greenlight-cli templates failed: $templates"
grep -q security <<<"$templates" || fail "greenlight-cli templates lists no built-in template"
# The demo scans the installed examples, not the source tree the package was built from.
# stdout only: the id must not pick up a warning printed on stderr.
demo_id=$("$root/usr/bin/greenlight-cli" --db "$scratch/demo.sqlite" demo 2>"$scratch/demo.err") \
    || fail "demo failed: $(cat "$scratch/demo.err")"
shown=$("$root/usr/bin/greenlight-cli" --db "$scratch/demo.sqlite" show "$demo_id" 2>&1)
expected_repo=$(realpath "$root/usr/share/greenlight/examples/demo-system")
grep -q "^Repository: *$expected_repo$" <<<"$shown" \
    || fail "the demo does not use the installed examples ($expected_repo); demo printed '$demo_id' \
and stderr '$(cat "$scratch/demo.err")'; show printed: $(grep -m1 '^Repository' <<<"$shown")"
gui_version=$(QT_QPA_PLATFORM=offscreen HOME="$scratch/home" "$root/usr/bin/greenlight" --version 2>&1) \
    || fail "greenlight --version failed: $gui_version"
grep -q "$version" <<<"$gui_version" || fail "greenlight --version printed '$gui_version'"

if [[ ${#failures[@]} -gt 0 ]]; then
    printf 'FAIL: %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "ok: $(find "$root" -type f | wc -l) files, layout, control fields and executables checked"
