#pragma once

#include "AppRecord.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace AppKeys {

/// What the audit trail and a conflict message say about an app's fields. Never a secret: only the fields a user
/// edits, with enums in their storage form ("guest") and lists as JSON arrays.
namespace AppChanges {

/// Details of app.created: every field the user chose, the permissions and the redirect URL lists.
QJsonObject created(const AppRecord& app);
/// The members of created(app) one at a time, without the object: `audit verify` compares every app's fields with the
/// trail, and building the object cost half of that comparison.
void forEachCreatedField(const AppRecord& app,
                         const std::function<void(const QString& key, const QJsonValue& value)>& visit);
/// {field: {"from": old, "to": new}} for each details field that differs; empty when none does.
QJsonObject detailsChanges(const AppDetails& from, const AppDetails& to);
/// {"auth_method": {"from", "to"}} when it differs, plus "added" and "removed" permission ids; empty when the
/// scopes are the same.
QJsonObject scopeChanges(const AppScope& from, const AppScope& to);

/// The stored values, worded for a person ("name “Front desk”"), of the fields where `stored` differs from what
/// the user submitted.
QStringList differingStoredDetails(const AppDetails& stored, const AppDetails& submitted);
QStringList differingStoredScope(const AppScope& stored, const AppScope& submitted);
/// "Someone else changed this app while you were editing (now version N). Your changes were not saved; reload to
/// see theirs: name “X”, URI “…”."
QString conflictMessage(int storedRowVersion, const QStringList& differingStoredValues);

} // namespace AppChanges

} // namespace AppKeys
