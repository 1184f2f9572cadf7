#pragma once

#include "KeyVerdict.h"
#include "Result.h"

#include <memory>

namespace AppKeys {

class Database;

/// One key verified against the registry itself, for `appkeys verify`: the same verdict as the service's index
/// gives, from a lookup of the key's hash.
namespace RegistryVerifier {
Result<KeyVerdict> verify(const std::shared_ptr<Database>& database, QStringView token, const QStringList& required,
                          const QDateTime& now);
} // namespace RegistryVerifier

} // namespace AppKeys
