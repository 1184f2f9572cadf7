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

/// Every write AppRepository offers, by name, on an app with one key, for tests that check each one is refused.
namespace RepositoryWrites {
using NamedWrite = std::pair<const char*, std::function<Status()>>;

/// `repository`, `app` and `key` must outlive the writes; new rows are stamped `at`.
std::vector<NamedWrite> every(AppRepository& repository, const AppRecord& app, const KeyRecord& key,
                              const QDateTime& at);
} // namespace RepositoryWrites

} // namespace AppKeys
