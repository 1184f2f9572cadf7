#!/usr/bin/env bash
# Checks an installed AppKeys under PREFIX (e.g. /usr, or a `cmake --install --prefix` tree): the
# binary reports VERSION, and the desktop entry, AppStream metainfo and hicolor icons are where a
# desktop looks for them, valid, and agree with each other on APP_ID.
#   check-installed-files.sh PREFIX APP_ID VERSION
# Exits 77 (ctest: skipped) when a validator is not installed, rather than pass unchecked.
set -euo pipefail

prefix=$1 app_id=$2 version=$3

fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (packages desktop-file-utils, appstream)"; exit 77; }
done

# The width and height of a PNG are the two big-endian 32-bit numbers at byte 16 of its IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*2^24+$2*2^16+$3*2^8+$4, $5*2^24+$6*2^16+$7*2^8+$8 }'; }

check_binary() {
    local binary=$prefix/bin/appkeys
    [[ -x $binary ]] || fail "$binary is missing"
    local reported
    reported=$("$binary" --version 2>&1) || fail "$binary --version exited with $?: $reported"
    [[ $reported == "appkeys $version" ]] || fail "$binary --version printed '$reported', expected 'appkeys $version'"
    echo "ok: $binary --version prints '$reported'"
}

check_desktop_entry() {
    local desktop=$prefix/share/applications/$app_id.desktop
    [[ -f $desktop ]] || fail "$desktop is missing"
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
    grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon= is not $app_id"
    grep -qx "Exec=appkeys" "$desktop" || fail "$desktop: Exec= is not appkeys"
    echo "ok: $desktop is valid"
}

check_metainfo() {
    local metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
    [[ -f $metainfo ]] || fail "$metainfo is missing"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
    grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo: <id> is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "$metainfo: <launchable> does not name $app_id.desktop"
    local newest_release
    newest_release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
    [[ $newest_release == "$version" ]] || fail "$metainfo: newest release is '$newest_release', expected $version"
    echo "ok: $metainfo is valid"
}

check_icons() {
    local hicolor=$prefix/share/icons/hicolor name
    for name in "$app_id" "$app_id-source-external-cma" "$app_id-source-external-webstore" \
                "$app_id-source-client-app" "$app_id-source-bot"; do
        [[ -s $hicolor/scalable/apps/$name.svg ]] || fail "$hicolor/scalable/apps/$name.svg is missing"
        check_png "$hicolor/48x48/apps/$name.png" 48x48
        check_png "$hicolor/48x48@2/apps/$name.png" 96x96
        check_png "$hicolor/96x96/apps/$name.png" 96x96
    done
    echo "ok: icons under $hicolor"
}

check_png() {
    local png=$1 expected=$2
    [[ -f $png ]] || fail "$png is missing"
    [[ $(head -c8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
    [[ $(png_size "$png") == "$expected" ]] || fail "$png is $(png_size "$png"), expected $expected"
}

check_alert_units() {
    local units=$prefix/lib/systemd/user
    [[ -f $units/appkeys-alerts.timer ]] || fail "$units/appkeys-alerts.timer is missing"
    grep -qx "ExecStart=appkeys alerts --send" "$units/appkeys-alerts.service" ||
        fail "$units/appkeys-alerts.service does not run appkeys alerts --send"
    echo "ok: alert units under $units"
}

check_serve_unit() {
    local unit=$prefix/lib/systemd/system/appkeys-serve.service setting
    [[ -f $unit ]] || fail "$unit is missing"
    grep -q "^ExecStart=appkeys serve " "$unit" || fail "$unit does not run appkeys serve"
    for setting in DynamicUser=yes ProtectSystem=strict NoNewPrivileges=yes ProtectHome=yes; do
        grep -qx "$setting" "$unit" || fail "$unit lacks $setting"
    done
    # systemd resolves the bare program name in /usr/bin, so the unit can be verified once installed there.
    if [[ $prefix == /usr ]] && command -v systemd-analyze >/dev/null; then
        systemd-analyze verify --man=no "$unit" || fail "systemd-analyze verify rejects $unit"
    fi
    echo "ok: verification service unit $unit"
}

check_binary
check_alert_units
check_serve_unit
check_desktop_entry
check_metainfo
check_icons
