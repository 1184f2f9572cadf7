#pragma once

#include "AuditAction.h"
#include "AuditEntry.h"
#include "Error.h"
#include "RegistryContents.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace AppKeys {

/// Checks the registry's tables against the audit trail (PRODUCT.md section 6): replays the trail (each app as its
/// app.created entry and later edits leave it, each secret and key as the entry that issued it, with its fingerprint
/// or, in entries older than schema version 4, its hint; revocations, deactivations and deletions) and reports every
/// app, secret or key in the tables that no entry issued, and every entry whose effect the tables do not show. Pure:
/// the caller reads the trail (whose chain must verify) and the tables.
class AuditTableCheck
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditTableCheck)

public:
    struct Finding
    {
        qint64 sequence = 0; ///< the entry it is about; 0 for a row no entry speaks of
        QString applicationId;
        QString keyId;
        QString text; ///< translated, one sentence
    };

    /// The actions whose entries change the tables, the only ones a Replayer needs: reads and keychain housekeeping
    /// leave the tables as they are.
    static QList<AuditAction> replayedActions();

    /// The trail replayed as it is read, entry by entry in sequence order; then compare() checks the tables against
    /// it. A registry of any size is checked a slice of apps at a time: the entries of those apps into one Replayer,
    /// compared with the rows of those apps, the checks joined with add().
    class Replayer
    {
    public:
        Replayer();
        ~Replayer();
        void add(const AuditEntry& entry);
        AuditTableCheck compare(const RegistryContents& contents) const;

    private:
        struct State;
        std::unique_ptr<State> m_state;
    };

    /// Adds the findings and counts of a check of another slice of the registry.
    void add(const AuditTableCheck& slice);

    bool isConsistent() const { return m_findings.isEmpty(); }
    const QList<Finding>& findings() const { return m_findings; }
    int checkedApps() const { return m_checkedApps; }
    int checkedKeys() const { return m_checkedKeys; }
    /// Rows older than the audit trail (RegistryContents::trailStartedAt) that no entry speaks of: not checked.
    int predatingRows() const { return m_predatingRows; }
    /// Whether secrets and keys were compared by fingerprint (else only by hint: the role may not read the hashes).
    bool comparedHashes() const { return m_comparedHashes; }
    /// ErrorCode::AuditTrailMismatch "The registry's tables do not match the audit trail: N problem(s)." with one
    /// finding per line as hint. Only when !isConsistent().
    Error error() const;

private:
    QList<Finding> m_findings;
    int m_checkedApps = 0;
    int m_checkedKeys = 0;
    int m_predatingRows = 0;
    bool m_comparedHashes = true;
};

} // namespace AppKeys
