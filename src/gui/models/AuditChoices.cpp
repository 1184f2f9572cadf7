#include "AuditChoices.h"

#include "AuditLog.h"

#include <QCollator>
#include <algorithm>

namespace AppKeys {

namespace {

void sortByText(QList<AuditChoices::Choice>& choices)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(choices.begin(), choices.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
}

} // namespace

Result<bool> AuditChoices::readAppended(const AuditLog& auditLog, const std::atomic<bool>& stop)
{
    const Result<AuditLog::Extent> trail = auditLog.extent();
    if (!trail)
        return trail.error();
    const qint64 lastSequence = trail.value().lastSequence;
    if (lastSequence == m_readThrough)
        return false;
    AuditFilter appended;
    appended.afterSequence = m_readThrough;
    appended.beforeSequence = lastSequence + 1;
    const Result<QStringList> actors = auditLog.actors(appended);
    if (!actors)
        return actors.error();
    // Entries appended while this reads wait for the next read, which starts after `lastSequence`. The names are kept
    // only when every entry was read: a read that fails halfway is made again whole, and would mark a deleted app
    // "(deleted)" twice.
    AuditAppNames appNames = m_appNames;
    bool renamed = false;
    const Status named = auditLog.forEachDetailsOf(AuditAppNames::namingActions(), m_readThrough,
                                                   [&appNames, &renamed, lastSequence, &stop](const AuditEntry& entry) {
                                                       if (stop)
                                                           return Status(Error{tr("Reading the filters' choices "
                                                                                  "was stopped."),
                                                                               {}});
                                                       if (entry.sequence <= lastSequence)
                                                           renamed = appNames.add(entry) || renamed;
                                                       return Status();
                                                   });
    if (!named)
        return named.error();
    m_appNames = std::move(appNames);
    const qsizetype actorsBefore = m_actors.size();
    m_actors.unite(QSet<QString>(actors.value().begin(), actors.value().end()));
    m_readThrough = lastSequence;
    return renamed || m_actors.size() != actorsBefore;
}

QList<AuditChoices::Choice> AuditChoices::actorChoices() const
{
    QList<Choice> choices;
    choices.reserve(m_actors.size());
    for (const QString& actor : m_actors)
        choices.append({actor, actor});
    sortByText(choices);
    return choices;
}

QList<AuditChoices::Choice> AuditChoices::appChoices() const
{
    const QHash<QString, QString>& names = m_appNames.names();
    QList<Choice> choices;
    choices.reserve(names.size());
    for (auto it = names.begin(); it != names.end(); ++it)
        choices.append({it.value(), it.key()});
    sortByText(choices);
    return choices;
}

} // namespace AppKeys
