#pragma once

#include "RegistrySession.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace AppKeys {

class Clock;
class SecretStore;

/// A registry session as the window has it, on a fresh appkeys.sqlite in a temporary folder of its own, with the
/// real permission catalogue; the folder goes with this object.
///
///     m_registry = std::make_unique<TemporarySession>(std::make_shared<InMemorySecretStore>(), m_clock);
///     QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
///     MainWindow window(m_registry->session());
class TemporarySession
{
public:
    TemporarySession(std::shared_ptr<SecretStore> secrets, std::shared_ptr<const Clock> clock);

    bool isOpen() const { return m_session.has_value(); }
    /// Why the session did not open; empty when it did.
    QString errorText() const { return m_errorText; }

    const RegistrySession& session() const { return *m_session; }
    /// For the tests of the window's start-up keychain sweep, which WindowDriver::openSession turns off.
    void setSweepsKeychainAtStart(bool sweeps) { m_session->sweepsKeychainAtStart = sweeps; }
    /// The SQLite file, to open it again as another window or past AppKeys.
    QString registryPath() const;
    /// A file beside the registry, for example an export.
    QString filePath(const QString& fileName) const;

private:
    // Declared first so that it is removed last, after the session has closed its file.
    QTemporaryDir m_folder;
    std::optional<RegistrySession> m_session;
    QString m_errorText;
};

} // namespace AppKeys
