#pragma once

namespace AppKeys {

/// Sets the application and organisation names and the version on the running QCoreApplication, so
/// that the window and the command line agree on QStandardPaths locations and QSettings files.
void applyApplicationIdentity();

} // namespace AppKeys
