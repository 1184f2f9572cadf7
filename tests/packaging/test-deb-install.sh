#!/usr/bin/env bash
# Builds the .deb with CPack, installs it on this machine the way a user would (dpkg -i, then
# apt-get -f install for missing dependencies), checks the installed files and `appkeys --version`,
# shows the installed GUI's main window under Xvfb, and finally removes the package and any
# dependency it pulled in, leaving the machine as it was.
#   test-deb-install.sh BUILD_DIR APP_ID VERSION
# Needs root, dpkg and apt; exits 77 (ctest: skipped) without them.
set -euo pipefail

build_dir=$1 app_id=$2 version=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || skip "installing a .deb needs root (this runs as $(id -un))"
for tool in dpkg dpkg-deb dpkg-shlibdeps apt-get cpack xvfb-run xauth xdotool desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (packages: dpkg-dev, xvfb, xauth, xdotool, desktop-file-utils, appstream)"
done
# Every build directory on a machine registers this test, and their runs would install and remove
# the same package under each other: they take turns. (RUN_SERIAL only orders one ctest run.)
exec {lock_fd}>/run/lock/appkeys-deb-install-test.lock
flock -w 300 "$lock_fd" || fail "another run of this test has held /run/lock/appkeys-deb-install-test.lock for 5 minutes"
# Replacing and then removing someone's installed AppKeys would not leave the machine as it was.
if dpkg-query -W -f='${Status}' appkeys 2>/dev/null | grep -q "ok installed"; then
    skip "the appkeys package is already installed on this machine"
fi

installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${binary:Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }

scratch=$(mktemp -d -t appkeys-deb.XXXXXX)
installed_before=$scratch/installed-before
installed_packages >"$installed_before"

cleanup() {
    # Also clears a half-installed state left by a failed dpkg -i; a no-op when nothing is installed.
    dpkg --purge appkeys >/dev/null 2>&1 || echo "WARNING: could not remove the appkeys package" >&2
    local pulled_in
    pulled_in=$(comm -13 "$installed_before" <(installed_packages))
    if [[ -n $pulled_in ]]; then
        echo "Removing the dependencies the test installed: $pulled_in"
        # shellcheck disable=SC2086  # one package per word
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=120 $pulled_in >/dev/null ||
            echo "WARNING: could not remove: $pulled_in" >&2
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

echo "--- cpack"
(cd "$build_dir" && cpack -G DEB -B "$scratch/cpack" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$scratch/cpack" -maxdepth 1 -name "appkeys_${version}_*.deb")
[[ -f $deb ]] || fail "cpack made no appkeys_${version}_*.deb"
dpkg-deb -I "$deb"

# The run-time-loaded parts that dpkg-shlibdeps cannot see must be declared by hand.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0 libqt6keychain1 libqt6widgets6; do
    grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
echo "ok: Depends: $depends"
dpkg-deb -x "$deb" "$scratch/contents"
appstreamcli validate-tree --no-net "$scratch/contents" || fail "appstreamcli validate-tree rejects the package's contents"

echo "--- install"
export DEBIAN_FRONTEND=noninteractive
if ! dpkg -i "$deb"; then
    echo "dpkg -i left dependencies missing; letting apt install them"
    apt-get -f install -y -q -o DPkg::Lock::Timeout=120 || fail "apt-get -f install could not satisfy the package's dependencies"
fi
dpkg-query -W -f='${Status}' appkeys | grep -q "install ok installed" || fail "appkeys is not installed after dpkg -i"
[[ $(dpkg-query -W -f='${Version}' appkeys) == "$version" ]] || fail "installed version is not $version"

echo "--- installed files"
[[ $(command -v appkeys) == /usr/bin/appkeys ]] || fail "appkeys on PATH is $(command -v appkeys), not /usr/bin/appkeys"
"$here/check-installed-files.sh" /usr "$app_id" "$version"

echo "--- installed GUI"
# A private session bus, so the app never talks to this machine's own keyring.
gui=("$here/show-main-window.sh" /usr/bin/appkeys)
command -v dbus-run-session >/dev/null && gui=(dbus-run-session -- "${gui[@]}")
xvfb-run -a -s "-screen 0 1280x800x24" "${gui[@]}" || fail "the installed GUI did not show its main window"

echo "--- remove (on exit)"
