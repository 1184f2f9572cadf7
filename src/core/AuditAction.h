#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace AppKeys {

/// Everything that changes the registry or reads a secret leaves an audit entry with one of these.
enum class AuditAction
{
    AppCreated,        ///< "app.created"
    DetailsEdited,     ///< "app.details_edited"
    ScopeEdited,       ///< "app.scope_edited"
    AppDeactivated,    ///< "app.deactivated"
    AppReactivated,    ///< "app.reactivated"
    AppDeleted,        ///< "app.deleted"
    SecretRegenerated, ///< "secret.regenerated"
    SecretRevealed,    ///< "secret.revealed" (read from the keychain to show or copy)
    KeyGenerated,      ///< "key.generated"
    KeyRotated,        ///< "key.rotated"
    KeyRevoked,        ///< "key.revoked"
    KeyRevealed,       ///< "key.revealed"
    /// "keychain.entry_removed": a keychain entry no live credential uses (left by a crash or a failed removal) was
    /// removed by KeychainSweep
    KeychainEntryRemoved
};

QList<AuditAction> allAuditActions();
QString toStorageString(AuditAction action);
std::optional<AuditAction> auditActionFromStorageString(const QString& text);
/// Translated, e.g. "App created", "Key rotated".
QString displayName(AuditAction action);
/// Translated activity for messages such as "…: revealing a secret is not allowed", e.g. "creating an app".
QString activityName(AuditAction action);

} // namespace AppKeys
