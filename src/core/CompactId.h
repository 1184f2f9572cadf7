#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUuid>

namespace AppKeys {

/// An id that the registry holds as text, as a list of every app keeps it (AppSummary): a UUID as this program writes
/// them (lowercase, without braces), which every application and key id it issues is, in its 16 bytes, and any other
/// text as it is. The text of a UUID takes 120 bytes with its heap block; a registry of 100,000 apps has 300,000 ids.
/// Two are equal exactly when their texts are.
class CompactId
{
public:
    CompactId() = default;
    static CompactId of(const QString& text);

    QString text() const;

    bool operator==(const CompactId& other) const = default;
    friend size_t qHash(const CompactId& id, size_t seed = 0) { return qHashMulti(seed, id.m_uuid, id.m_other); }

private:
    QUuid m_uuid;    ///< null when the text is not a UUID in this program's form (m_other holds it)
    QString m_other; ///< the text when it is not such a UUID
};

} // namespace AppKeys
