#pragma once

#include "Database.h"
#include "TestRegistryLocation.h"

#include <memory>

namespace AppKeys {

/// What someone with full control of the registry's database does to cover their tracks, past AppKeys (as
/// TestRegistryLocation::executeOutsideAppKeys does): the chain stays valid, because every hash after the change is
/// recomputed. `reader` is a connection to the same registry, to read the trail with.
namespace AuditTrailTampering {
/// Deletes the newest entry.
bool removeNewest(const TestRegistryLocation& place, const std::shared_ptr<Database>& reader);
/// Deletes entry `sequence`, numbers the later ones one lower and recomputes their hashes.
bool removeAndRehash(const TestRegistryLocation& place, const std::shared_ptr<Database>& reader, qint64 sequence);
/// Sets entry `sequence`'s actor and recomputes its hash and every later one.
bool rewriteAndRehash(const TestRegistryLocation& place, const std::shared_ptr<Database>& reader, qint64 sequence,
                      const QString& actor);
} // namespace AuditTrailTampering

} // namespace AppKeys
