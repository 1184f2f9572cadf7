#pragma once

#include "AppOverview.h"
#include "AppSummary.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace AppKeys {

/// How the credentials of one registry stand in this machine's keychain (PRODUCT.md section 7): which live secret or
/// key has no plaintext here, or a plaintext that does not hash to the registry's SHA-256, and which entries no live
/// credential uses. KeychainSweep writes it at every start of the window and of `appkeys alerts --send`, and for
/// `appkeys repair`; the window, `list` and `show` read it, so that a missing secret is shown, not hidden.
class KeychainReport
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReport)

public:
    enum class State
    {
        Unchecked, ///< no sweep has looked at this credential yet
        Present,   ///< in this keychain, hashing to the registry's SHA-256
        Missing,   ///< not in this keychain
        Different  ///< in this keychain, but not the plaintext the registry expects
    };

    /// A live credential whose plaintext is not as it should be here.
    struct Finding
    {
        State state = State::Missing;
        QString applicationId;
        QString applicationName;
        QString keyId;    ///< empty for the app's secret
        QString hint;     ///< the credential's hint, never the credential
        QString issuedBy; ///< who created it: on a team registry, its plaintext is in that admin's keychain
        /// The registry's SHA-256 of the credential when it was checked: a finding no longer applies once the
        /// credential has been replaced (a regenerated secret).
        QString sha256;
    };

    KeychainReport() = default;
    KeychainReport(QDateTime checkedAt, QString checkedBy, QList<Finding> findings);

    QDateTime checkedAt() const { return m_checkedAt; }
    /// The actor whose keychain was looked at (user@host, or the database role).
    QString checkedBy() const { return m_checkedBy; }
    const QList<Finding>& findings() const { return m_findings; }
    bool isChecked() const { return m_checkedAt.isValid(); }

    /// The state of an app's secret (keyId empty) or of one of its keys: Present unless a finding names it, Unchecked
    /// before any sweep.
    State stateOf(const QString& applicationId, const QString& keyId = {}) const;
    /// The finding for that credential, if any.
    const Finding* findingFor(const QString& applicationId, const QString& keyId = {}) const;
    /// The findings that still apply to an app as the registry holds it now: its secret's, if the secret is the one
    /// that was checked, and those of its live keys. What the Status column, the details panel, `list` and `show`
    /// mark.
    QList<Finding> findingsFor(const AppOverview& overview, const QDateTime& now) const;
    /// The same for an app as a summary keeps it, at the moment it was made (its live keys then).
    QList<Finding> findingsFor(const AppSummary& app) const;

    /// The texts of findingsFor(), joined: what the Status column and `list` add to an app's key status; empty when
    /// nothing is wrong or nothing was checked.
    QString noteFor(const AppOverview& overview, const QDateTime& now) const;
    QString noteFor(const AppSummary& app) const;
    /// What cures a finding: "Regenerate the secret …" or "Rotate the key …".
    static QString cure(const Finding& finding);

    /// Translated, for the Status column, the details panel and `show`: "Secret not in this keychain", "Keychain holds
    /// a different key", and, for a credential another actor issued, whose keychain should hold it.
    static QString text(const Finding& finding, const QString& checkedBy);
    /// "missing", "different", "present", "unchecked": for --json and the report file.
    static QString storageString(State state);

    /// The report file's form: a header (format, when, by whom), then a line per finding, `["APP-ID",{finding}]`: a
    /// JSON array whose first element is the app's id, so that the lines sorted by their bytes hold each app's
    /// findings together, and a reader finds them by the bytes findingLinePrefix() gives, without parsing the others'
    /// (KeychainReportLookup).
    QJsonObject headerJson() const;
    static QByteArray findingLine(const Finding& finding);
    /// The bytes every line of the app's findings, and no other line, begins with: its id as JSON writes it (quoted
    /// and escaped, so that neither a longer id nor one with a quote in it can match) and the comma after it.
    static QByteArray findingLinePrefix(const QString& applicationId);
    /// The header's report with `findings` (each read by findingFromLine); an Error saying how to write it again when
    /// the header is not one this version writes.
    static Result<KeychainReport> fromJson(const QJsonObject& header, QList<Finding> findings);
    static Result<Finding> findingFromLine(QByteArrayView line);
    /// What a report file this version cannot trust gets: it is written again at the next sweep.
    static Error unreadable();

private:
    QDateTime m_checkedAt;
    QString m_checkedBy;
    QList<Finding> m_findings;
    /// (application id, key id or empty for the secret) -> index in m_findings: the ids' own text, shared, not a copy
    /// joined from them (a report of 300,000 findings would hold 20 MB more).
    QHash<std::pair<QString, QString>, qsizetype> m_findingIndex;
    /// Up to this many findings, findingFor() looks at each, and m_findingIndex stays empty.
    static constexpr qsizetype FindingsLookedAtInTurn = 8;
};

} // namespace AppKeys
