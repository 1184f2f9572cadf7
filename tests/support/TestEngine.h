#pragma once

#include "SqlDialect.h"

#include <QString>

namespace AppKeys {

/// The engine a storage test runs on. tests/storage/CMakeLists.txt registers each storage test twice with ctest:
/// APPKEYS_TEST_ENGINE=sqlite and APPKEYS_TEST_ENGINE=postgresql; without the variable it is SQLite.
namespace TestEngine {
SqlDialect::Engine current();
/// "SQLite" or "PostgreSQL", for messages.
QString name();
/// Empty when the engine can be used; otherwise why not, for QSKIP: PostgreSQL needs the private server that
/// scripts/with-postgres starts (scripts/test always starts it, so there the tests run).
QString unavailableReason();
} // namespace TestEngine

} // namespace AppKeys
