#include "AuditCheckpointStore.h"

#include "SecretEntryKeys.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

constexpr int KeyBytes = 32;
constexpr int LockWaitMs = 5000;
const QString SignatureSeparator = u" hmac="_s;

QByteArray newKey()
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), KeyBytes / sizeof(quint32));
    return key;
}

/// Every checkpoint of the newer half, and every other one of the older half.
QList<AuditCheckpoint> thinnedOut(const QList<AuditCheckpoint>& checkpoints)
{
    const qsizetype olderHalf = checkpoints.size() / 2;
    QList<AuditCheckpoint> kept;
    for (qsizetype index = 0; index < checkpoints.size(); ++index) {
        if (index >= olderHalf || index % 2 == 0)
            kept.append(checkpoints.at(index));
    }
    return kept;
}

Status makePrivateFolder(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return Error{AuditCheckpointStore::tr("Could not create the folder %1 for the audit checkpoints.").arg(folder),
                     {}};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace

AuditCheckpointStore::AuditCheckpointStore(std::shared_ptr<SecretStore> secrets, QString registryId)
    : m_secrets(std::move(secrets)), m_registryId(std::move(registryId))
{
}

QString AuditCheckpointStore::pathFor(const QString& registryId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit-checkpoints/"_s + registryId;
}

void AuditCheckpointStore::unlock(std::function<void(Status)> done)
{
    std::weak_ptr<AuditCheckpointStore> weak = weak_from_this();
    m_secrets->read(SecretEntryKeys::auditCheckpointKey(m_registryId),
                    [weak, done = std::move(done)](Result<QString> key) mutable {
                        if (const std::shared_ptr<AuditCheckpointStore> self = weak.lock())
                            self->keyRead(std::move(key), std::move(done));
                    });
}

void AuditCheckpointStore::keyRead(Result<QString> key, std::function<void(Status)> done)
{
    if (key) {
        m_key = QByteArray::fromBase64(key.value().toLatin1());
        return done({});
    }
    if (key.error().code != SecretStore::EntryNotFoundCode)
        return done(Error{tr("Could not read the key of this machine's audit checkpoints from the keychain: %1")
                              .arg(key.error().message),
                          key.error().hint, key.error().code});
    const QByteArray created = newKey();
    std::weak_ptr<AuditCheckpointStore> weak = weak_from_this();
    m_secrets->write(SecretEntryKeys::auditCheckpointKey(m_registryId), QString::fromLatin1(created.toBase64()),
                     [weak, created, done = std::move(done)](Status written) {
                         const std::shared_ptr<AuditCheckpointStore> self = weak.lock();
                         if (!self)
                             return;
                         if (!written)
                             return done(Error{tr("Could not keep the key of this machine's audit checkpoints in the "
                                                  "keychain: %1")
                                                   .arg(written.error().message),
                                               written.error().hint, written.error().code});
                         self->m_key = created;
                         self->m_keyIsNew = true;
                         done({});
                     });
}

Result<QList<AuditCheckpoint>> AuditCheckpointStore::read() const
{
    QLockFile lock(path() + u".lock"_s);
    if (QFileInfo::exists(QFileInfo(path()).absolutePath()) && !lock.tryLock(LockWaitMs))
        return Error{tr("Could not read this machine's audit checkpoints: %1 is locked.").arg(path()), {}};
    return readUnlocked();
}

Status AuditCheckpointStore::record(const AuditCheckpoint& head)
{
    if (head.sequence == 0)
        return {};
    if (Status folder = makePrivateFolder(QFileInfo(path()).absolutePath()); !folder)
        return folder;
    QLockFile lock(path() + u".lock"_s);
    if (!lock.tryLock(LockWaitMs))
        return Error{tr("Could not keep the audit checkpoint: %1 is locked.").arg(path()), {}};
    Result<QList<AuditCheckpoint>> kept = readUnlocked();
    if (!kept)
        return kept.error();
    QList<AuditCheckpoint> checkpoints = std::move(kept).value();
    if (!checkpoints.isEmpty() && checkpoints.constLast().sequence >= head.sequence)
        return {};
    checkpoints.append(head);
    return write(checkpoints.size() > MaxKept ? thinnedOut(checkpoints) : checkpoints);
}

QByteArray AuditCheckpointStore::signatureOf(const QString& line) const
{
    return QMessageAuthenticationCode::hash(line.toUtf8(), m_key, QCryptographicHash::Sha256).toHex();
}

Result<QList<AuditCheckpoint>> AuditCheckpointStore::readUnlocked() const
{
    QFile file(path());
    if (!file.exists())
        return QList<AuditCheckpoint>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read this machine's audit checkpoints %1: %2").arg(path(), file.errorString()), {}};
    QList<AuditCheckpoint> checkpoints;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString signedLine = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        const qsizetype separator = signedLine.lastIndexOf(SignatureSeparator);
        const QString line = signedLine.left(separator);
        if (separator < 0 || signedLine.mid(separator + SignatureSeparator.size()).toLatin1() != signatureOf(line))
            return altered(lineNumber);
        const Result<AuditCheckpoint> checkpoint = AuditCheckpoint::fromLine(line);
        if (!checkpoint || checkpoint.value().registryId != m_registryId)
            return altered(lineNumber);
        checkpoints.append(checkpoint.value());
    }
    return checkpoints;
}

Status AuditCheckpointStore::write(const QList<AuditCheckpoint>& checkpoints) const
{
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not keep the audit checkpoint in %1: %2").arg(path(), file.errorString()), {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        const QString line = checkpoint.toLine();
        file.write((line + SignatureSeparator).toUtf8() + signatureOf(line) + '\n');
    }
    if (!file.commit())
        return Error{tr("Could not keep the audit checkpoint in %1: %2").arg(path(), file.errorString()), {}};
    return {};
}

Error AuditCheckpointStore::altered(int lineNumber) const
{
    if (m_keyIsNew)
        return Error{tr("This machine's audit checkpoints %1 were signed with a key that is no longer in the keychain, "
                        "so they cannot be trusted.")
                         .arg(path()),
                     tr("If this keychain was reset, remove that file to start keeping checkpoints again. Otherwise "
                        "someone replaced the file.")};
    return Error{tr("This machine's audit checkpoints %1 were altered (line %2): they cannot be trusted.")
                     .arg(path())
                     .arg(lineNumber),
                 tr("Someone who can write your files changed them. Compare the audit trail with an export, a backup "
                    "or a checkpoint kept elsewhere (appkeys audit verify --against LINE).")};
}

} // namespace AppKeys
