// The benchmark's helper (bench/verify/README.md), not part of AppKeys:
//   appkeys_verify_bench fill FOLDER [APPS] [KEYS]
//       a new registry FOLDER/registry.sqlite with APPS apps (default 100,000) and KEYS keys (default 200,000), one in
//       ten revoked, written in one transaction past the repositories (no audit entries: what the service reads is
//       the same); FOLDER/keys.lua for wrk (valid, revoked and malformed keys) and FOLDER/revocable.txt (keys that
//       wrk never sends, for the revocations below)
//   appkeys_verify_bench revocations REGISTRY PORT KEY_FILE [COUNT]
//       revokes COUNT keys (default 20) one after the other through KeyRepository (the path every AppKeys writer
//       takes) and measures, for each, the time from the commit until `appkeys serve` on PORT refuses the key;
//       prints each and the median in milliseconds
#include "CredentialFormat.h"
#include "Database.h"
#include "KeyRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTextStream>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QString Base62 = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
constexpr int WrkValidKeys = 20000;
constexpr int WrkRevokedKeys = 2500;
constexpr int RevocableKeys = 100;

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// A well-formed key from a seeded generator: generating 200,000 from the OS's generator would take longer than the
/// rest of the benchmark, and a benchmark's keys need not be secret.
QString benchKey(QRandomGenerator& random)
{
    QString part;
    for (int index = 0; index < CredentialFormat::RandomPartLength; ++index)
        part.append(Base62.at(int(random.bounded(62))));
    return CredentialFormat::prefix(CredentialKind::ApiKey) + part + CredentialFormat::checksum(part);
}

QString uuid(QRandomGenerator& random)
{
    quint32 parts[4];
    random.fillRange(parts);
    QByteArray bytes(reinterpret_cast<const char*>(parts), sizeof parts);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    err() << "SQL failed: " << query.lastError().text() << '\n';
    return false;
}

QString luaList(const QString& name, const QStringList& keys)
{
    return name + u" = {\n\""_s + keys.join(u"\",\n\""_s) + u"\"\n}\n"_s;
}

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

int fill(const QString& folder, int appCount, int keyCount)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"registry.sqlite"_s);
    QFile::remove(path);
    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(path);
    if (!opened) {
        err() << opened.error().text() << '\n';
        return 1;
    }
    QSqlDatabase db = opened.value()->connection();
    QRandomGenerator random(20261204);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString expires = QDateTime::currentDateTimeUtc().addDays(365).toString(Qt::ISODateWithMs);
    const QString secretHash = QString(64, u'0');
    const QStringList permissionSets[] = {{u"appointments.read"_s},
                                          {u"appointments.read"_s, u"appointments.write"_s},
                                          {u"appointments.read"_s, u"services.read"_s, u"guests.read"_s}};
    db.transaction();
    QSqlQuery app(db);
    app.prepare(u"INSERT INTO apps (application_id, name, name_key, uri, login_user_type, source_app, auth_method,"
                " secret_sha256, secret_hint, created_by, created_at, updated_at)"
                " VALUES (?, ?, ?, 'https://bench.example.com', 'guest', 'bot', 'apikey_groups', ?, 'appsec_…0000',"
                " 'bench', ?, ?)"_s);
    QSqlQuery permission(db);
    permission.prepare(u"INSERT INTO app_permissions (application_id, permission_id) VALUES (?, ?)"_s);
    QSqlQuery key(db);
    key.prepare(u"INSERT INTO api_keys (key_id, application_id, key_sha256, key_hint, created_by, created_at,"
                " expires_at, revoked_at) VALUES (?, ?, ?, ?, 'bench', ?, ?, ?)"_s);
    QStringList valid;
    QStringList revoked;
    QStringList revocable;
    QStringList applicationIds;
    for (int index = 0; index < appCount; ++index) {
        const QString id = uuid(random);
        applicationIds.append(id);
        const QString name = u"Bench app %1"_s.arg(index, 6, 10, QLatin1Char('0'));
        for (const QVariant& value : {QVariant(id), QVariant(name), QVariant(name.toCaseFolded()), QVariant(secretHash),
                                      QVariant(now), QVariant(now)})
            app.addBindValue(value);
        if (!exec(app))
            return 1;
        for (const QString& permissionId : permissionSets[index % 3]) {
            permission.addBindValue(id);
            permission.addBindValue(permissionId);
            if (!exec(permission))
                return 1;
        }
    }
    for (int index = 0; index < keyCount; ++index) {
        const QString plaintext = benchKey(random);
        const bool isRevoked = index % 10 == 9;
        for (const QVariant& value :
             {QVariant(uuid(random)), QVariant(applicationIds.at(index % appCount)),
              QVariant(CredentialFormat::sha256Hex(plaintext)), QVariant(CredentialFormat::hint(plaintext)),
              QVariant(now), QVariant(expires), isRevoked ? QVariant(now) : QVariant(QMetaType::fromType<QString>())})
            key.addBindValue(value);
        if (!exec(key))
            return 1;
        if (isRevoked && revoked.size() < WrkRevokedKeys)
            revoked.append(plaintext);
        else if (!isRevoked && index % 7 == 0 && revocable.size() < RevocableKeys)
            revocable.append(plaintext);
        else if (!isRevoked && index % 5 == 0 && valid.size() < WrkValidKeys)
            valid.append(plaintext);
    }
    if (!db.commit()) {
        err() << "COMMIT failed: " << db.lastError().text() << '\n';
        return 1;
    }
    QString malformed = benchKey(random);
    malformed[malformed.size() - 1] = malformed.back() == u'0' ? u'1' : u'0';
    const QStringList malformedKeys{malformed, u"appkey_short"_s, u"appsec_"_s + QString(46, u'a'), u"not-a-key"_s};
    if (!writeFile(QDir(folder).filePath(u"keys.lua"_s), luaList(u"valid"_s, valid) + luaList(u"revoked"_s, revoked) +
                                                             luaList(u"malformed"_s, malformedKeys)) ||
        !writeFile(QDir(folder).filePath(u"revocable.txt"_s), revocable.join(u'\n') + u'\n')) {
        err() << "Could not write the key lists to " << folder << '\n';
        return 1;
    }
    QTextStream(stdout) << appCount << " apps, " << keyCount << " keys in " << path << '\n';
    return 0;
}

/// The status `appkeys serve` answers for `key` on a kept-alive connection.
int statusOf(QTcpSocket& socket, const QString& key)
{
    socket.write("GET /v1/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key.toLatin1() + "\r\n\r\n");
    QByteArray response;
    while (!response.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        response += socket.readAll();
    return response.mid(9, 3).toInt();
}

int revocations(const QString& registry, quint16 port, const QString& keyFile, int count)
{
    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(registry);
    if (!opened) {
        err() << opened.error().text() << '\n';
        return 1;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "Cannot read " << keyFile << '\n';
        return 1;
    }
    const QStringList keys = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    KeyRepository repository(opened.value());
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000)) {
        err() << "Cannot connect to port " << port << '\n';
        return 1;
    }
    QList<double> milliseconds;
    QSqlQuery find(opened.value()->connection());
    find.prepare(u"SELECT key_id, application_id FROM api_keys WHERE key_sha256 = ? AND revoked_at IS NULL"_s);
    for (const QString& key : keys) {
        if (milliseconds.size() == count)
            break;
        find.addBindValue(CredentialFormat::sha256Hex(key));
        if (!find.exec() || !find.next() || statusOf(socket, key) != 204)
            continue;
        const QString keyId = find.value(0).toString();
        const QString applicationId = find.value(1).toString();
        find.finish();
        if (const Status revoked = repository.revokeKey(applicationId, keyId); !revoked) {
            err() << revoked.error().text() << '\n';
            return 1;
        }
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        while (statusOf(socket, key) != 401) {
            if (sinceCommit.elapsed() > 10000) {
                err() << "A revoked key was still accepted after 10 s\n";
                return 1;
            }
        }
        milliseconds.append(double(sinceCommit.nsecsElapsed()) / 1e6);
        QTextStream(stdout) << "revocation " << milliseconds.size() << ": " << milliseconds.last() << " ms\n";
    }
    if (milliseconds.isEmpty())
        return 1;
    std::sort(milliseconds.begin(), milliseconds.end());
    const double median =
        milliseconds.size() % 2
            ? milliseconds.at(milliseconds.size() / 2)
            : (milliseconds.at(milliseconds.size() / 2 - 1) + milliseconds.at(milliseconds.size() / 2)) / 2;
    QTextStream(stdout) << "RESULT revocations=" << milliseconds.size() << " median_ms=" << median
                        << " max_ms=" << milliseconds.last() << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments().mid(1);
    if (arguments.value(0) == u"fill"_s && arguments.size() >= 2)
        return fill(arguments.at(1), arguments.value(2, u"100000"_s).toInt(), arguments.value(3, u"200000"_s).toInt());
    if (arguments.value(0) == u"revocations"_s && arguments.size() >= 4)
        return revocations(arguments.at(1), quint16(arguments.at(2).toUInt()), arguments.at(3),
                           arguments.value(4, u"20"_s).toInt());
    err() << "usage: appkeys_verify_bench fill FOLDER [APPS] [KEYS]\n"
             "       appkeys_verify_bench revocations REGISTRY PORT KEY_FILE [COUNT]\n";
    return 2;
}
