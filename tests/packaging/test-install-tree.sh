#!/usr/bin/env bash
# `cmake --install` into a scratch prefix puts the binary, desktop entry, metainfo and icons where a
# desktop expects them. Needs no root.
#   test-install-tree.sh BUILD_DIR APP_ID VERSION
set -euo pipefail

build_dir=$1 app_id=$2 version=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

stage=$(mktemp -d -t appkeys-install-tree.XXXXXX)
trap 'rm -rf "$stage"' EXIT

cmake --install "$build_dir" --prefix "$stage/usr" >/dev/null
"$here/check-installed-files.sh" "$stage/usr" "$app_id" "$version"
# Also checks what the single files cannot: that the metainfo's launchable desktop file is installed.
appstreamcli validate-tree --no-net "$stage" || { echo "FAIL: appstreamcli validate-tree rejects the install tree" >&2; exit 1; }
