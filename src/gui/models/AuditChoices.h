#pragma once

#include "AuditAppNames.h"
#include "FilterChoiceModel.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <atomic>

namespace AppKeys {

class AuditLog;

/// What the audit trail window offers in its actor and app filters: every actor of the trail, and every app it speaks
/// of by the name it had last (AuditAppNames). Read once whole, then only the entries appended since; of the entries
/// that name no app, only the actors are read. At 1,000,000 entries the first read takes about a second, so the window
/// makes it on a thread of its own (ReaderThread) and shows the entries meanwhile.
class AuditChoices
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditChoices)

public:
    /// Reads the entries appended since the last read, through the newest one now, and says whether the choices
    /// changed: most changes to the registry (a key issued, a scope edited) neither name an app nor bring an actor, and
    /// the window need not sort and put back 100,000 choices for them. Set `stop` (from any thread) to end the read at
    /// the next entry, with an error: the choices are then of no further use (a window that goes).
    Result<bool> readAppended(const AuditLog& auditLog, const std::atomic<bool>& stop);

    using Choice = FilterChoiceModel::Choice;
    /// The actors, each filtering by itself, in the user's alphabetical order.
    QList<Choice> actorChoices() const;
    /// The apps' names and ids, in the user's alphabetical order of the names. At 100,000 apps, sorting them takes
    /// the window's reader 0.2 s.
    QList<Choice> appChoices() const;
    const AuditAppNames& appNames() const { return m_appNames; }

private:
    AuditAppNames m_appNames;
    QSet<QString> m_actors;
    /// The sequence through which the entries were read.
    qint64 m_readThrough = 0;
};

} // namespace AppKeys
