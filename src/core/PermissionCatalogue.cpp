#include "PermissionCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
constexpr auto FormatName = "appkeys-permission-catalogue";

Error malformed(const QString& detail)
{
    return Error{PermissionCatalogue::tr("The permission catalogue is malformed: %1").arg(detail),
                 PermissionCatalogue::tr("Reinstall AppKeys; the catalogue ships with the program."), 0};
}

/// The name in the user's language, when translations/ has it (see PermissionCatalogueNames.h).
QString translatedName(const QJsonObject& object)
{
    const QByteArray name = object.value(u"name"_s).toString().toUtf8();
    return QCoreApplication::translate("AppKeys::PermissionCatalogueNames", name.constData());
}

QString groupLabel(qsizetype index, const QJsonObject& group)
{
    return PermissionCatalogue::tr("group %1 (“%2”)").arg(index + 1).arg(group.value(u"id"_s).toString());
}

Result<Permission> parsePermission(const QJsonValue& value, const QString& groupId, const QString& where)
{
    const QJsonObject object = value.toObject();
    const QString id = object.value(u"id"_s).toString();
    const QString name = translatedName(object);
    if (!value.isObject() || id.isEmpty() || name.isEmpty())
        return malformed(PermissionCatalogue::tr("%1 has a permission without an id or a name.").arg(where));
    if (!id.startsWith(groupId + u'.'))
        return malformed(PermissionCatalogue::tr("%1: permission “%2” must start with “%3.”.").arg(where, id, groupId));
    return Permission{id, name};
}

Result<PermissionGroup> parseGroup(const QJsonValue& value, qsizetype index)
{
    const QJsonObject object = value.toObject();
    const QString where = groupLabel(index, object);
    PermissionGroup group{object.value(u"id"_s).toString(), translatedName(object), {}};
    if (!value.isObject() || group.id.isEmpty() || group.name.isEmpty())
        return malformed(PermissionCatalogue::tr("%1 needs an id and a name.").arg(where));
    const QJsonArray permissions = object.value(u"permissions"_s).toArray();
    if (permissions.isEmpty())
        return malformed(PermissionCatalogue::tr("%1 has no permissions.").arg(where));
    for (const QJsonValue& permissionValue : permissions) {
        Result<Permission> permission = parsePermission(permissionValue, group.id, where);
        if (!permission)
            return permission.error();
        group.permissions.append(std::move(permission).value());
    }
    return group;
}
} // namespace

Result<PermissionCatalogue> PermissionCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(
            PermissionCatalogue::tr("%1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != QLatin1StringView(FormatName))
        return malformed(
            PermissionCatalogue::tr("it does not declare the format “%1”.").arg(QLatin1StringView(FormatName)));
    PermissionCatalogue catalogue;
    catalogue.m_version = root.value(u"version"_s).toInt();
    if (catalogue.m_version < 1)
        return malformed(PermissionCatalogue::tr("its version must be a whole number of at least 1."));
    const QJsonArray groups = root.value(u"groups"_s).toArray();
    if (groups.isEmpty())
        return malformed(PermissionCatalogue::tr("it lists no groups."));

    QSet<QString> seenIds;
    for (qsizetype index = 0; index < groups.size(); ++index) {
        Result<PermissionGroup> group = parseGroup(groups.at(index), index);
        if (!group)
            return group.error();
        QStringList ids{group.value().id};
        for (const Permission& permission : group.value().permissions)
            ids.append(permission.id);
        for (const QString& id : std::as_const(ids)) {
            if (seenIds.contains(id))
                return malformed(PermissionCatalogue::tr("the id “%1” is used twice.").arg(id));
            seenIds.insert(id);
        }
        catalogue.m_groups.append(std::move(group).value());
    }
    return catalogue;
}

Result<PermissionCatalogue> PermissionCatalogue::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            PermissionCatalogue::tr("Could not read the permission catalogue %1: %2").arg(path, file.errorString()),
            PermissionCatalogue::tr("Reinstall AppKeys; the catalogue ships with the program."), 0};
    return fromJson(file.readAll());
}

int PermissionCatalogue::permissionCount() const
{
    int count = 0;
    for (const PermissionGroup& group : m_groups)
        count += static_cast<int>(group.permissions.size());
    return count;
}

bool PermissionCatalogue::contains(const QString& permissionId) const
{
    for (const PermissionGroup& group : m_groups) {
        for (const Permission& permission : group.permissions) {
            if (permission.id == permissionId)
                return true;
        }
    }
    return false;
}

QString PermissionCatalogue::displayName(const QString& permissionId) const
{
    for (const PermissionGroup& group : m_groups) {
        for (const Permission& permission : group.permissions) {
            if (permission.id == permissionId)
                return group.name + u": "_s + permission.name;
        }
    }
    return permissionId;
}

} // namespace AppKeys
