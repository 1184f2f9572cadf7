#include "AppChanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace AppKeys::AppChanges {

namespace {

/// One editable field of T: its name in the audit trail, its value there, and its value worded for a person.
template <typename T> struct Field
{
    QString key;
    std::function<QJsonValue(const T&)> value;
    std::function<QString(const T&)> worded;
};

QString quoted(const QString& text)
{
    return u"“%1”"_s.arg(text);
}

QString quotedList(const QStringList& items)
{
    if (items.isEmpty())
        return QCoreApplication::translate("AppKeys::AppChanges", "none");
    QStringList quotedItems;
    for (const QString& item : items)
        quotedItems.append(quoted(item));
    return quotedItems.join(u", "_s);
}

QStringList sorted(QStringList items)
{
    items.sort();
    return items;
}

const QList<Field<AppDetails>>& detailsFields()
{
    static const QList<Field<AppDetails>> fields{
        {u"name"_s, [](const AppDetails& d) { return QJsonValue(d.name.trimmed()); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "name %1").arg(quoted(d.name.trimmed()));
         }},
        {u"uri"_s, [](const AppDetails& d) { return QJsonValue(d.uri); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "URI %1").arg(quoted(d.uri));
         }},
        {u"description"_s, [](const AppDetails& d) { return QJsonValue(d.description); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "description %1").arg(quoted(d.description));
         }},
        {u"login_user_type"_s, [](const AppDetails& d) { return QJsonValue(toStorageString(d.loginUserType)); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "login user type %1")
                 .arg(displayName(d.loginUserType));
         }},
        {u"source_app"_s, [](const AppDetails& d) { return QJsonValue(toStorageString(d.sourceApp)); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "source app %1").arg(displayName(d.sourceApp));
         }},
        {u"post_logout_redirect_urls"_s,
         [](const AppDetails& d) { return QJsonValue(QJsonArray::fromStringList(d.postLogoutRedirectUrls)); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "post-logout redirect URLs %1")
                 .arg(quotedList(d.postLogoutRedirectUrls));
         }},
        {u"post_login_redirect_urls"_s,
         [](const AppDetails& d) { return QJsonValue(QJsonArray::fromStringList(d.postLoginRedirectUrls)); },
         [](const AppDetails& d) {
             return QCoreApplication::translate("AppKeys::AppChanges", "post-login redirect URLs %1")
                 .arg(quotedList(d.postLoginRedirectUrls));
         }},
    };
    return fields;
}

const QList<Field<AppScope>>& scopeFields()
{
    static const QList<Field<AppScope>> fields{
        {u"auth_method"_s, [](const AppScope& s) { return QJsonValue(toStorageString(s.authMethod)); },
         [](const AppScope& s) {
             return QCoreApplication::translate("AppKeys::AppChanges", "authentication method %1")
                 .arg(displayName(s.authMethod));
         }},
        {u"permissions"_s,
         [](const AppScope& s) { return QJsonValue(QJsonArray::fromStringList(sorted(s.permissionIds))); },
         [](const AppScope& s) {
             return QCoreApplication::translate("AppKeys::AppChanges", "permissions %1")
                 .arg(quotedList(sorted(s.permissionIds)));
         }},
    };
    return fields;
}

template <typename T> QStringList differingStored(const QList<Field<T>>& fields, const T& stored, const T& submitted)
{
    QStringList worded;
    for (const Field<T>& field : fields) {
        if (field.value(stored) != field.value(submitted))
            worded.append(field.worded(stored));
    }
    return worded;
}

QStringList minus(const QStringList& items, const QStringList& removed)
{
    QStringList rest;
    std::copy_if(items.begin(), items.end(), std::back_inserter(rest),
                 [&removed](const QString& item) { return !removed.contains(item); });
    return sorted(rest);
}

} // namespace

QJsonObject created(const AppRecord& app)
{
    QJsonObject details;
    forEachCreatedField(app, [&details](const QString& key, const QJsonValue& value) { details.insert(key, value); });
    return details;
}

void forEachCreatedField(const AppRecord& app,
                         const std::function<void(const QString& key, const QJsonValue& value)>& visit)
{
    for (const Field<AppDetails>& field : detailsFields())
        visit(field.key, field.value(app.details));
    for (const Field<AppScope>& field : scopeFields())
        visit(field.key, field.value(app.scope));
}

QJsonObject detailsChanges(const AppDetails& from, const AppDetails& to)
{
    QJsonObject changes;
    for (const Field<AppDetails>& field : detailsFields()) {
        const QJsonValue before = field.value(from);
        const QJsonValue after = field.value(to);
        if (before != after)
            changes.insert(field.key, QJsonObject{{u"from"_s, before}, {u"to"_s, after}});
    }
    return changes;
}

QJsonObject scopeChanges(const AppScope& from, const AppScope& to)
{
    QJsonObject changes;
    if (from.authMethod != to.authMethod)
        changes.insert(u"auth_method"_s, QJsonObject{{u"from"_s, toStorageString(from.authMethod)},
                                                     {u"to"_s, toStorageString(to.authMethod)}});
    const QStringList added = minus(to.permissionIds, from.permissionIds);
    const QStringList removed = minus(from.permissionIds, to.permissionIds);
    if (changes.isEmpty() && added.isEmpty() && removed.isEmpty())
        return {};
    changes.insert(u"added"_s, QJsonArray::fromStringList(added));
    changes.insert(u"removed"_s, QJsonArray::fromStringList(removed));
    return changes;
}

QStringList differingStoredDetails(const AppDetails& stored, const AppDetails& submitted)
{
    return differingStored(detailsFields(), stored, submitted);
}

QStringList differingStoredScope(const AppScope& stored, const AppScope& submitted)
{
    return differingStored(scopeFields(), stored, submitted);
}

QString conflictMessage(int storedRowVersion, const QStringList& differingStoredValues)
{
    const QString changed =
        QCoreApplication::translate("AppKeys::AppChanges",
                                    "Someone else changed this app while you were editing (now version %1).")
            .arg(storedRowVersion);
    if (differingStoredValues.isEmpty())
        return changed + u' ' +
               QCoreApplication::translate("AppKeys::AppChanges", "Your changes were not saved; reload to see theirs.");
    return changed + u' ' +
           QCoreApplication::translate("AppKeys::AppChanges", "Your changes were not saved; reload to see theirs: %1.")
               .arg(differingStoredValues.join(u", "_s));
}

} // namespace AppKeys::AppChanges
