# The reverse-DNS application id. It names the desktop file, the AppStream metainfo and the
# application icon, which desktops match against each other, so it lives in one place that both
# packaging/ and tests/packaging/ include.
set(APPKEYS_APP_ID "io.github.appkeys.AppKeys")
