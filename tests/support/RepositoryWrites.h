#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"
#include "Status.h"

#include <QDateTime>
#include <functional>
#include <utility>
#include <vector>

namespace AppKeys {

class AppRepository;
class KeyRepository;

/// Every write AppRepository and KeyRepository offer, by name, on an app with one key, for tests that check each one is
/// refused.
namespace RepositoryWrites {
using NamedWrite = std::pair<const char*, std::function<Status()>>;

/// `apps`, `keys`, `app` and `key` must outlive the writes; new rows are stamped `at`.
std::vector<NamedWrite> every(AppRepository& apps, KeyRepository& keys, const AppRecord& app, const KeyRecord& key,
                              const QDateTime& at);
} // namespace RepositoryWrites

} // namespace AppKeys
