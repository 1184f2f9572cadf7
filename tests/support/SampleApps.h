#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"

namespace AppKeys {

/// Valid example data for tests, so each test only spells out what it is about.
namespace SampleApps {
/// Details that pass AppDetailsValidator: the given name, an https URI, one URL in each redirect list.
AppDetails details(const QString& name);
/// API keys with two catalogue permissions, sorted.
AppScope scope();
/// A complete record ready for AppRepository::insertApp: a fresh Application ID, the hash and hint of a freshly
/// generated secret (the secret itself is dropped), created by "tester@example" at `createdAt`.
AppRecord record(const QString& name, const QDateTime& createdAt);
/// A record ready for AppRepository::insertKey: a fresh key id, the hash and hint of `apiKey` (a freshly generated
/// key when empty), created by "tester@example" at `createdAt`, expiring lifetimeDays later.
KeyRecord key(const QString& applicationId, const QDateTime& createdAt, int lifetimeDays = 365,
              const QString& apiKey = {});
} // namespace SampleApps

} // namespace AppKeys
