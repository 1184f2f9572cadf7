#pragma once

#include "AppRecord.h"
#include "CredentialFormat.h"

#include <QRandomGenerator>
#include <QSet>

namespace AppKeys::Bench {

/// Draws apps that look like a real registry's, from a seeded generator so that a seed always gives the same
/// registry: unique names made of business, place and purpose words (so that searching for "spa" or "booking"
/// narrows the table the way a user's search does), URIs and redirect URLs derived from the name, a sentence of
/// description, every source app, user type and auth method, and a few permission groups.
class AppSampler
{
public:
    explicit AppSampler(quint32 seed);

    /// A new app created by `createdBy` at `createdAt`, with a name no earlier sample had.
    AppRecord nextApp(const QString& createdBy, const QDateTime& createdAt);
    /// A well-formed credential (prefix, 40 base62 characters, checksum) of which only the hash and hint are stored.
    QString nextToken(CredentialKind kind);
    /// A UUID v4 drawn from the seeded generator (QUuid::createUuid would break reproducibility).
    QString nextUuid();
    /// Uniform in [low, high).
    int bounded(int low, int high) { return int(m_random.bounded(low, high)); }
    QString nextDescription(const QString& name);

private:
    QString uniqueName();
    QStringList permissionsSample();
    template <typename List> const auto& pick(const List& list) { return list.at(m_random.bounded(int(list.size()))); }

    QRandomGenerator m_random;
    QSet<QString> m_nameKeys;
};

} // namespace AppKeys::Bench
