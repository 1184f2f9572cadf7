#include "KeychainReport.h"

#include "IsoTime.h"
#include "JsonString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// 3: a header line, then a line per finding, sorted, each beginning with its app's id (2 had lines in no order, so
/// that a reader had to look at every line; 1 was one JSON document, which every reader had to parse whole).
constexpr int FormatVersion = 3;
/// Room for a finding's line as most are (about 260 bytes): written once, not grown a member at a time.
constexpr qsizetype FindingLineBytes = 384;

std::optional<KeychainReport::State> stateFromStorageString(const QString& text)
{
    using State = KeychainReport::State;
    for (const State state : {State::Unchecked, State::Present, State::Missing, State::Different}) {
        if (KeychainReport::storageString(state) == text)
            return state;
    }
    return std::nullopt;
}

bool takeLiteral(QByteArrayView& rest, QByteArrayView literal)
{
    if (!rest.startsWith(literal))
        return false;
    rest = rest.sliced(literal.size());
    return true;
}

/// A JSON string without escapes, as ids, hashes, hints ("appkey_…oiTv"), most names and actors are: its bytes are its
/// UTF-8. False for one with an escape, a control character or bytes that are not UTF-8, which QJsonDocument reads.
bool takeUnescapedText(QByteArrayView& rest, QString& text)
{
    if (!takeLiteral(rest, "\""))
        return false;
    const qsizetype end = rest.indexOf('"');
    if (end < 0)
        return false;
    const QByteArrayView bytes = rest.first(end);
    bool ascii = true;
    for (const char byte : bytes) {
        if (static_cast<uchar>(byte) < 0x20 || byte == '\\')
            return false;
        ascii = ascii && static_cast<uchar>(byte) < 0x80;
    }
    text = ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    // The decoder puts U+FFFD for bytes that are not UTF-8 (a U+FFFD written as such goes the slow way too).
    if (!ascii && text.contains(QChar::ReplacementCharacter))
        return false;
    rest = rest.sliced(end + 1);
    return true;
}

/// The members of a finding's object in the order QJsonObject writes them (sorted by name), each after its separator;
/// "state" comes last.
constexpr std::array<std::pair<const char*, QString KeychainReport::Finding::*>, 6> FindingMembers{{
    {",{\"application_id\":", &KeychainReport::Finding::applicationId},
    {",\"application_name\":", &KeychainReport::Finding::applicationName},
    {",\"hint\":", &KeychainReport::Finding::hint},
    {",\"issued_by\":", &KeychainReport::Finding::issuedBy},
    {",\"key_id\":", &KeychainReport::Finding::keyId},
    {",\"sha256\":", &KeychainReport::Finding::sha256},
}};

/// A line exactly as KeychainReport::findingLine() writes it when no text in it needs an escape, read without
/// a JSON document: QJsonDocument cost 23,600 instructions a line, 14 % of `list --json` after a sweep. Any other line,
/// valid or not, gives nullopt and is read by QJsonDocument.
std::optional<KeychainReport::Finding> unescapedFindingFromLine(QByteArrayView rest)
{
    KeychainReport::Finding finding;
    QString lineId;
    if (!takeLiteral(rest, "[") || !takeUnescapedText(rest, lineId))
        return std::nullopt;
    for (const auto& [separator, field] : FindingMembers) {
        if (!takeLiteral(rest, separator) || !takeUnescapedText(rest, finding.*field))
            return std::nullopt;
    }
    QString stateText;
    if (!takeLiteral(rest, ",\"state\":") || !takeUnescapedText(rest, stateText) || rest != "}]")
        return std::nullopt;
    const std::optional<KeychainReport::State> state = stateFromStorageString(stateText);
    if (!state || lineId != finding.applicationId)
        return std::nullopt;
    finding.state = *state;
    return finding;
}

} // namespace

KeychainReport::KeychainReport(QDateTime checkedAt, QString checkedBy, QList<Finding> findings)
    : m_checkedAt(std::move(checkedAt)), m_checkedBy(std::move(checkedBy)), m_findings(std::move(findings))
{
    // One app's report (KeychainReportLookup's, for each app `list` shows) holds a few findings: they are looked at
    // in turn, where building the index cost more than all its questions.
    if (m_findings.size() <= FindingsLookedAtInTurn)
        return;
    m_findingIndex.reserve(m_findings.size());
    for (qsizetype index = 0; index < m_findings.size(); ++index)
        m_findingIndex.insert({m_findings.at(index).applicationId, m_findings.at(index).keyId}, index);
}

const KeychainReport::Finding* KeychainReport::findingFor(const QString& applicationId, const QString& keyId) const
{
    if (m_findings.size() <= FindingsLookedAtInTurn) {
        // From the last, as the index keeps the last of two findings for one credential.
        const auto found = std::find_if(m_findings.crbegin(), m_findings.crend(), [&](const Finding& finding) {
            return finding.applicationId == applicationId && finding.keyId == keyId;
        });
        return found == m_findings.crend() ? nullptr : &*found;
    }
    const auto found = m_findingIndex.constFind({applicationId, keyId});
    return found == m_findingIndex.cend() ? nullptr : &m_findings.at(found.value());
}

KeychainReport::State KeychainReport::stateOf(const QString& applicationId, const QString& keyId) const
{
    if (!isChecked())
        return State::Unchecked;
    const Finding* finding = findingFor(applicationId, keyId);
    return finding ? finding->state : State::Present;
}

QList<KeychainReport::Finding> KeychainReport::findingsFor(const AppOverview& overview, const QDateTime& now) const
{
    // A report without findings (every credential present, or only another app's lines read) needs no summary.
    return m_findings.isEmpty() ? QList<Finding>() : findingsFor(AppSummary::of(overview, now));
}

QList<KeychainReport::Finding> KeychainReport::findingsFor(const AppSummary& app) const
{
    QList<Finding> findings;
    const QString applicationId = app.applicationId.text();
    const Finding* secret = findingFor(applicationId);
    if (secret && CompactSha256::of(secret->sha256) == app.secretSha256)
        findings.append(*secret);
    for (const AppSummary::LiveKey& key : app.liveKeys) {
        const Finding* finding = findingFor(applicationId, key.keyId.text());
        if (finding && CompactSha256::of(finding->sha256) == key.keySha256)
            findings.append(*finding);
    }
    return findings;
}

QString KeychainReport::noteFor(const AppOverview& overview, const QDateTime& now) const
{
    return m_findings.isEmpty() ? QString() : noteFor(AppSummary::of(overview, now));
}

QString KeychainReport::noteFor(const AppSummary& app) const
{
    QStringList texts;
    for (const Finding& finding : findingsFor(app))
        texts.append(text(finding, m_checkedBy));
    return texts.join(u"; "_s);
}

QString KeychainReport::cure(const Finding& finding)
{
    if (finding.keyId.isEmpty())
        return tr("Regenerate the secret to issue one that works here.");
    return tr("Rotate the key to issue one that works here.");
}

QString KeychainReport::text(const Finding& finding, const QString& checkedBy)
{
    const bool secret = finding.keyId.isEmpty();
    if (finding.state == State::Different)
        return secret ? tr("Keychain holds a different secret") : tr("Keychain holds a different key");
    if (!finding.issuedBy.isEmpty() && finding.issuedBy != checkedBy)
        return secret ? tr("Secret in the keychain of %1").arg(finding.issuedBy)
                      : tr("Key in the keychain of %1").arg(finding.issuedBy);
    return secret ? tr("Secret not in this keychain") : tr("Key not in this keychain");
}

QString KeychainReport::storageString(State state)
{
    switch (state) {
    case State::Unchecked:
        return u"unchecked"_s;
    case State::Present:
        return u"present"_s;
    case State::Missing:
        return u"missing"_s;
    case State::Different:
        return u"different"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QJsonObject KeychainReport::headerJson() const
{
    return QJsonObject{
        {u"format"_s, FormatVersion}, {u"checked_at"_s, IsoTime::text(m_checkedAt)}, {u"checked_by"_s, m_checkedBy}};
}

Error KeychainReport::unreadable()
{
    return Error{tr("The last keychain check could not be read."),
                 tr("It is written again at the next start of AppKeys, or by: appkeys repair --dry-run")};
}

Result<KeychainReport> KeychainReport::fromJson(const QJsonObject& header, QList<Finding> findings)
{
    if (header.value(u"format"_s).toInt() != FormatVersion)
        return unreadable();
    const QDateTime checkedAt = QDateTime::fromString(header.value(u"checked_at"_s).toString(), Qt::ISODateWithMs);
    if (!checkedAt.isValid())
        return unreadable();
    return KeychainReport(checkedAt.toUTC(), header.value(u"checked_by"_s).toString(), std::move(findings));
}

QByteArray KeychainReport::findingLine(const Finding& finding)
{
    // Written as QJsonDocument writes the array, member by member in FindingMembers' order, which the reader reads in
    // turn: a QJsonDocument took two thirds of a keychain sweep, and a keystroke in the window waits for a sweep's
    // page.
    QByteArray line;
    line.reserve(FindingLineBytes);
    line += '[';
    JsonString::append(line, finding.applicationId);
    for (const auto& [separator, field] : FindingMembers) {
        line += separator;
        JsonString::append(line, finding.*field);
    }
    line += ",\"state\":";
    JsonString::append(line, storageString(finding.state));
    line += "}]";
    return line;
}

QByteArray KeychainReport::findingLinePrefix(const QString& applicationId)
{
    QByteArray prefix = "[";
    JsonString::append(prefix, applicationId);
    prefix += ',';
    return prefix;
}

Result<KeychainReport::Finding> KeychainReport::findingFromLine(QByteArrayView line)
{
    if (std::optional<Finding> plain = unescapedFindingFromLine(line))
        return *std::move(plain);
    const QJsonArray array = QJsonDocument::fromJson(line.toByteArray()).array();
    const QJsonObject json = array.at(1).toObject();
    const std::optional<State> state = stateFromStorageString(json.value(u"state"_s).toString());
    const QString applicationId = json.value(u"application_id"_s).toString();
    if (array.size() != 2 || !state || array.at(0).toString() != applicationId)
        return unreadable();
    return Finding{*state,
                   applicationId,
                   json.value(u"application_name"_s).toString(),
                   json.value(u"key_id"_s).toString(),
                   json.value(u"hint"_s).toString(),
                   json.value(u"issued_by"_s).toString(),
                   json.value(u"sha256"_s).toString()};
}

} // namespace AppKeys
