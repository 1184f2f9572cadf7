#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AppKeys {

struct Permission
{
    QString id;   ///< "appointments.read"
    QString name; ///< "Read"
};

struct PermissionGroup
{
    QString id;   ///< "appointments"
    QString name; ///< "Appointments"
    QList<Permission> permissions;
};

/// The API groups and their permissions, shipped as versioned JSON in resources/ (not code).
class PermissionCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::PermissionCatalogue)

public:
    static constexpr auto DefaultResourcePath = ":/appkeys/permissions.json";

    /// Parses and checks the JSON; a malformed catalogue is an Error that names what is wrong.
    static Result<PermissionCatalogue> fromJson(const QByteArray& json);
    static Result<PermissionCatalogue> load(const QString& path);

    int version() const { return m_version; }
    const QList<PermissionGroup>& groups() const { return m_groups; }
    int permissionCount() const;
    bool contains(const QString& permissionId) const;
    /// "Appointments: Read" for "appointments.read"; the id itself if unknown.
    QString displayName(const QString& permissionId) const;

private:
    int m_version = 0;
    QList<PermissionGroup> m_groups;
};

} // namespace AppKeys
