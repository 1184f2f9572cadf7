#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <chrono>

namespace AppKeys {

/// Lists the entries QtKeychain keeps for one service, through the freedesktop.org Secret Service D-Bus API
/// (org.freedesktop.Secret.Service.SearchItems on the attribute "server", then each item's "user" attribute, which
/// holds the entry's name). QtKeychain itself cannot list; KeychainSweep needs it to find entries no credential uses.
class SecretServiceLister
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::SecretServiceLister)

public:
    /// The entries under `serviceName` whose names start with `prefix`, sorted by name; `done` runs once, within
    /// `deadline`. An Error when there is no Secret Service, when it holds matching items it keeps locked, or when it
    /// does not answer.
    static void list(const QString& serviceName, const QString& prefix, std::chrono::milliseconds deadline,
                     SecretStore::ListCallback done);
};

} // namespace AppKeys
