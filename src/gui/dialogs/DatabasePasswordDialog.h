#pragma once

#include "Database.h"
#include "Error.h"
#include "Result.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QPushButton;

namespace AppKeys {

class RegistryConnector;

/// Asks for the password of a PostgreSQL registry's database role, saying why (none stored yet, the server refused
/// the stored one, or the server's own words when they are not recognised). What is typed goes to
/// RegistryConnector::logIn, which stores it in the keychain once the server has accepted it; it is never shown, logged
/// or kept in settings.
class DatabasePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// `reason` is the Error that made the password necessary; its message is shown above the field.
    DatabasePasswordDialog(const QString& location, const Error& reason, QWidget* parent = nullptr);

    QString password() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* okButton() const { return m_okButton; }

    /// Opens `location` (RegistryConnector::open); while that fails in a way a password could cure
    /// (RegistryConnector::isCurableByPassword), asks for it and logs in with it. Returns the registry, or the last
    /// Error when the user cancels or something else goes wrong. An SQLite location never asks.
    static Result<std::shared_ptr<Database>> openAsking(QWidget* parent, RegistryConnector& connector,
                                                        const QString& location, Database::AccessMode mode);

private:
    QLineEdit* m_password;
    QPushButton* m_okButton;
};

} // namespace AppKeys
