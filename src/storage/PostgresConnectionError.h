#pragma once

#include "Error.h"
#include "PostgresLocation.h"

#include <QSqlError>

namespace AppKeys {

/// What went wrong when connecting to a PostgreSQL registry, worded for the user with what to do about it.
/// libpq reports connection failures without an SQLSTATE, so they are told apart by libpq's and the server's
/// (English) messages; anything else gets a general message with the server's own text as hint and
/// ConnectionErrorCode::Unrecognised.
namespace PostgresConnectionError {
Error fromFailedOpen(const PostgresLocation& location, const QSqlError& error);
} // namespace PostgresConnectionError

} // namespace AppKeys
