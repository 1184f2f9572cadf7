#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace AppKeys {

/// A slice of application ids in the database's own order of them: the ids after `after` (from the first when unset)
/// up to and including `upTo` (to the last when unset). Slices taken one after another, each starting where the last
/// ended, cover every id exactly once, whatever the collation, as each bound is an id the database ordered itself;
/// rows whose app row is gone (a key, an entry) fall in a slice too. `audit verify` compares a slice at a time.
struct AppIdRange
{
    std::optional<QString> after;
    std::optional<QString> upTo;

    /// A condition on `column` for a WHERE clause ("1 = 1" for every id), with its values bound by bind().
    QString condition(const QString& column) const;
    QVariantMap values() const;
    void bind(QSqlQuery& query) const;
};

} // namespace AppKeys
