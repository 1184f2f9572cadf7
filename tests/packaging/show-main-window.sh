#!/usr/bin/env bash
# Runs inside an X display (xvfb-run): starts BINARY with a fresh HOME and XDG directories, waits
# until its "Manage Applications" main window is mapped, then closes it.
#   show-main-window.sh BINARY
set -euo pipefail

binary=$1
title="Manage Applications"
timeout_seconds=20

scratch=$(mktemp -d -t appkeys-gui.XXXXXX)
app_pid=
close_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}
cleanup() {
    [[ -z $app_pid ]] || close_app
    rm -rf "$scratch"
}
trap cleanup EXIT

mkdir -p "$scratch"/{home,config,data,cache,runtime}
chmod 700 "$scratch/runtime"
# English, so the window title is the one we look for whatever the machine's locale.
env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=xcb \
    "$binary" >"$scratch/output.log" 2>&1 &
app_pid=$!

# Poll (the only wait): the window appears once Qt has connected to X, opened the registry and
# mapped the main window.
window=
deadline=$((SECONDS + timeout_seconds))
while [[ -z $window ]] && ((SECONDS < deadline)); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        wait "$app_pid" && status=0 || status=$?
        app_pid=
        echo "FAIL: $binary exited with $status before showing its main window:" >&2
        cat "$scratch/output.log" >&2
        exit 1
    fi
    window=$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -n1) || true
    [[ -n $window ]] || sleep 0.2
done
if [[ -z $window ]]; then
    echo "FAIL: no visible window titled '$title' within ${timeout_seconds} s. Output:" >&2
    cat "$scratch/output.log" >&2
    exit 1
fi
echo "ok: main window '$(xdotool getwindowname "$window")' is shown"
close_app
echo "ok: closed it"
