#include "AuditAction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

QList<AuditAction> allAuditActions()
{
    return {AuditAction::AppCreated,          AuditAction::DetailsEdited,  AuditAction::ScopeEdited,
            AuditAction::AppDeactivated,      AuditAction::AppReactivated, AuditAction::AppDeleted,
            AuditAction::SecretRegenerated,   AuditAction::SecretRevealed, AuditAction::KeyGenerated,
            AuditAction::KeyRotated,          AuditAction::KeyRevoked,     AuditAction::KeyRevealed,
            AuditAction::KeychainEntryRemoved};
}

QString toStorageString(AuditAction action)
{
    switch (action) {
    case AuditAction::AppCreated:
        return u"app.created"_s;
    case AuditAction::DetailsEdited:
        return u"app.details_edited"_s;
    case AuditAction::ScopeEdited:
        return u"app.scope_edited"_s;
    case AuditAction::AppDeactivated:
        return u"app.deactivated"_s;
    case AuditAction::AppReactivated:
        return u"app.reactivated"_s;
    case AuditAction::AppDeleted:
        return u"app.deleted"_s;
    case AuditAction::SecretRegenerated:
        return u"secret.regenerated"_s;
    case AuditAction::SecretRevealed:
        return u"secret.revealed"_s;
    case AuditAction::KeyGenerated:
        return u"key.generated"_s;
    case AuditAction::KeyRotated:
        return u"key.rotated"_s;
    case AuditAction::KeyRevoked:
        return u"key.revoked"_s;
    case AuditAction::KeyRevealed:
        return u"key.revealed"_s;
    case AuditAction::KeychainEntryRemoved:
        return u"keychain.entry_removed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AuditAction> auditActionFromStorageString(const QString& text)
{
    for (const auto action : allAuditActions()) {
        if (toStorageString(action) == text)
            return action;
    }
    return std::nullopt;
}

QString displayName(AuditAction action)
{
    switch (action) {
    case AuditAction::AppCreated:
        return QCoreApplication::translate("AppKeys::AuditAction", "App created");
    case AuditAction::DetailsEdited:
        return QCoreApplication::translate("AppKeys::AuditAction", "Details edited");
    case AuditAction::ScopeEdited:
        return QCoreApplication::translate("AppKeys::AuditAction", "Scope edited");
    case AuditAction::AppDeactivated:
        return QCoreApplication::translate("AppKeys::AuditAction", "App deactivated");
    case AuditAction::AppReactivated:
        return QCoreApplication::translate("AppKeys::AuditAction", "App reactivated");
    case AuditAction::AppDeleted:
        return QCoreApplication::translate("AppKeys::AuditAction", "App deleted");
    case AuditAction::SecretRegenerated:
        return QCoreApplication::translate("AppKeys::AuditAction", "Secret regenerated");
    case AuditAction::SecretRevealed:
        return QCoreApplication::translate("AppKeys::AuditAction", "Secret revealed");
    case AuditAction::KeyGenerated:
        return QCoreApplication::translate("AppKeys::AuditAction", "Key generated");
    case AuditAction::KeyRotated:
        return QCoreApplication::translate("AppKeys::AuditAction", "Key rotated");
    case AuditAction::KeyRevoked:
        return QCoreApplication::translate("AppKeys::AuditAction", "Key revoked");
    case AuditAction::KeyRevealed:
        return QCoreApplication::translate("AppKeys::AuditAction", "Key revealed");
    case AuditAction::KeychainEntryRemoved:
        return QCoreApplication::translate("AppKeys::AuditAction", "Unused keychain entry removed");
    }
    Q_UNREACHABLE();
    return {};
}

QString activityName(AuditAction action)
{
    switch (action) {
    case AuditAction::AppCreated:
        return QCoreApplication::translate("AppKeys::AuditAction", "creating an app");
    case AuditAction::DetailsEdited:
        return QCoreApplication::translate("AppKeys::AuditAction", "editing an app's details");
    case AuditAction::ScopeEdited:
        return QCoreApplication::translate("AppKeys::AuditAction", "editing an app's scope");
    case AuditAction::AppDeactivated:
        return QCoreApplication::translate("AppKeys::AuditAction", "deactivating an app");
    case AuditAction::AppReactivated:
        return QCoreApplication::translate("AppKeys::AuditAction", "reactivating an app");
    case AuditAction::AppDeleted:
        return QCoreApplication::translate("AppKeys::AuditAction", "deleting an app");
    case AuditAction::SecretRegenerated:
        return QCoreApplication::translate("AppKeys::AuditAction", "regenerating a secret");
    case AuditAction::SecretRevealed:
        return QCoreApplication::translate("AppKeys::AuditAction", "revealing a secret");
    case AuditAction::KeyGenerated:
        return QCoreApplication::translate("AppKeys::AuditAction", "generating an API key");
    case AuditAction::KeyRotated:
        return QCoreApplication::translate("AppKeys::AuditAction", "rotating an API key");
    case AuditAction::KeyRevoked:
        return QCoreApplication::translate("AppKeys::AuditAction", "revoking an API key");
    case AuditAction::KeyRevealed:
        return QCoreApplication::translate("AppKeys::AuditAction", "revealing an API key");
    case AuditAction::KeychainEntryRemoved:
        return QCoreApplication::translate("AppKeys::AuditAction", "removing an unused keychain entry");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
