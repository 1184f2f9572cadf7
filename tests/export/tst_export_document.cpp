#include "AppJson.h"
#include "AuditJson.h"
#include "ErrorText.h"
#include "ExportDocument.h"
#include "ExportWriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

const QDateTime Now = utc(2026, 3, 5, 12, 0);

KeyRecord bookingKey()
{
    KeyRecord key;
    key.keyId = u"0b6c7f4e-1d2a-4c3b-8e9f-112233445566"_s;
    key.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    key.keySha256 = QString(64, u'c');
    key.keyHint = u"appkey_…x7Qz"_s;
    key.createdBy = u"admin@desk"_s;
    key.createdAt = utc(2026, 2, 10, 8, 0);
    key.expiresAt = utc(2026, 3, 11, 8, 0); // 5 days and 20 hours after Now: within the 30-day warning
    return key;
}

/// An active app with a key that expires soon; every text field holds something CSV or JSON must escape.
AppOverview bookingApp()
{
    AppRecord app;
    app.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    app.details = {u"Café Booking"_s,
                   u"https://booking.example.com"_s,
                   u"Books \"tables\", rooms"_s,
                   LoginUserType::Employee,
                   SourceApp::ExternalWebstore,
                   {u"https://booking.example.com/bye"_s},
                   {u"https://booking.example.com/cb"_s, u"com.example.app:/callback"_s}};
    app.scope = {AuthMethod::JwtGroups, {u"appointments.read"_s, u"guests.write"_s}};
    app.secretSha256 = QString(64, u'a');
    app.secretHint = u"appsec_…Zz90"_s;
    app.createdBy = u"admin@desk"_s;
    app.createdAt = utc(2026, 3, 1, 9, 30, 0, 123);
    return AppOverview::of(app, {bookingKey()}, Now);
}

/// A deactivated app without a key and with empty lists: nulls and empty fields.
AppOverview frontDeskApp()
{
    AppRecord app;
    app.applicationId = u"0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a"_s;
    app.details = {
        u"Front desk"_s, u"http://localhost:8080"_s, QString(), LoginUserType::Guest, SourceApp::ClientApp, {}, {}};
    app.scope = {AuthMethod::ApiKeyGroups, {u"centers.read"_s}};
    app.secretSha256 = QString(64, u'b');
    app.secretHint = u"appsec_…Yy81"_s;
    app.createdBy = u"support@desk"_s;
    app.createdAt = utc(2026, 1, 2, 3, 4, 5, 6);
    app.active = false;
    return AppOverview::of(app, {}, Now);
}

AuditEntry keyGeneratedEntry()
{
    AuditEntry entry;
    entry.sequence = 2;
    entry.timestamp = utc(2026, 3, 1, 9, 31);
    entry.actor = u"admin@desk"_s;
    entry.action = u"key.generated"_s;
    entry.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    entry.keyHint = u"appkey_…x7Qz"_s;
    entry.details = {{u"expires_at"_s, u"2027-03-01T09:31:00.000Z"_s}, {u"note"_s, u"first, \"main\" key"_s}};
    entry.previousHash = QString(64, u'1');
    entry.hash = QString(64, u'2');
    return entry;
}

AuditEntry appCreatedEntry()
{
    AuditEntry entry;
    entry.sequence = 1;
    entry.timestamp = utc(2026, 3, 1, 9, 30, 0, 123);
    entry.actor = u"admin@desk"_s;
    entry.action = u"app.created"_s;
    entry.applicationId = u"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01"_s;
    entry.details = {{u"name"_s, u"Café Booking"_s}};
    entry.previousHash = QString(64, u'0');
    entry.hash = QString(64, u'1');
    return entry;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The expected texts were written with Python's json.dumps(sort_keys=True, separators=(',', ':'),
// ensure_ascii=False), apart from Qt. Escaped quotes are in ordinary string literals: moc misreads \" inside a raw one.
constexpr char BookingAppJson[] =
    R"({"active":true,"application_id":"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01","auth_method":"jwt_groups",)"
    R"("created_at":"2026-03-01T09:30:00.123Z","created_by":"admin@desk",)"
    "\"description\":\"Books \\\"tables\\\", rooms\","
    R"("expires_at":"2026-03-11T08:00:00.000Z","last_used_at":null,"login_user_type":"employee","name":"Café Booking",)"
    R"("permissions":["appointments.read","guests.write"],)"
    R"("post_login_redirect_urls":["https://booking.example.com/cb","com.example.app:/callback"],)"
    R"("post_logout_redirect_urls":["https://booking.example.com/bye"],"source_app":"external_webstore",)"
    R"("status":"expiring","uri":"https://booking.example.com"})";
constexpr char FrontDeskAppJson[] =
    R"({"active":false,"application_id":"0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a","auth_method":"apikey_groups",)"
    R"("created_at":"2026-01-02T03:04:05.006Z","created_by":"support@desk","description":"","expires_at":null,"last_used_at":null,)"
    R"("login_user_type":"guest","name":"Front desk","permissions":["centers.read"],"post_login_redirect_urls":[],)"
    R"("post_logout_redirect_urls":[],"source_app":"client_app","status":"inactive","uri":"http://localhost:8080"})";
constexpr char KeyGeneratedEntryJson[] =
    R"({"action":"key.generated","actor":"admin@desk","application_id":"6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01",)"
    R"("details":{"expires_at":"2027-03-01T09:31:00.000Z",)"
    "\"note\":\"first, \\\"main\\\" key\"},"
    R"("hash":"2222222222222222222222222222222222222222222222222222222222222222","key_hint":"appkey_…x7Qz",)"
    R"("previous_hash":"1111111111111111111111111111111111111111111111111111111111111111",)"
    R"("sequence":2,"timestamp":"2026-03-01T09:31:00.000Z"})";

} // namespace

/// What an export holds, record by record (AppJson, AuditJson) and as a whole document (ExportDocument) in CSV and
/// JSON, for a fixed set of apps and audit entries, down to the byte.
class ExportDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void anAppIsOneJsonRecordWithoutItsSecret();
    void aKeyIsOneJsonRecord();
    void anAuditEntryIsOneJsonRecordWithItsHashes();
    void csvColumnsFollowTheFieldNames();
    void appsAsCsv();
    void auditAsCsv();
    void appsAsJson();
    void streamedJsonIsWhatQJsonDocumentWritesWhole();
    void anAppAsTextIsWhatItsObjectWrites();
    void recordsJoinedElsewhereAreTheBytesOfRecordsAddedOneByOne();
    void csvWithoutRecordsIsItsHeader();
    void theFileHoldsTheTextAsUtf8();
    void anUnwritableFileIsAnErrorAndLeavesNothing();
};

void ExportDocumentTest::anAppIsOneJsonRecordWithoutItsSecret()
{
    QCOMPARE(compact(AppJson::app(bookingApp())), QByteArray(BookingAppJson));
    QCOMPARE(compact(AppJson::app(frontDeskApp())), QByteArray(FrontDeskAppJson));
}

void ExportDocumentTest::aKeyIsOneJsonRecord()
{
    QCOMPARE(compact(AppJson::key(bookingKey(), Now)),
             QByteArray(R"({"created_at":"2026-02-10T08:00:00.000Z","created_by":"admin@desk",)"
                        R"("expires_at":"2026-03-11T08:00:00.000Z","hint":"appkey_…x7Qz",)"
                        R"("key_id":"0b6c7f4e-1d2a-4c3b-8e9f-112233445566","last_used_at":null,"revoked_at":null,)"
                        R"("status":"expiring","use_count":0})"));

    KeyRecord revoked = bookingKey();
    revoked.revokedAt = utc(2026, 3, 4, 0, 0);
    const QJsonObject record = AppJson::key(revoked, Now);
    QCOMPARE(record.value(u"revoked_at"_s).toString(), u"2026-03-04T00:00:00.000Z"_s);
    QCOMPARE(record.value(u"status"_s).toString(), u"revoked"_s);
}

void ExportDocumentTest::anAuditEntryIsOneJsonRecordWithItsHashes()
{
    QCOMPARE(compact(AuditJson::entry(keyGeneratedEntry())), QByteArray(KeyGeneratedEntryJson));
}

void ExportDocumentTest::csvColumnsFollowTheFieldNames()
{
    QCOMPARE(
        AppJson::appFieldNames(),
        (QStringList{u"application_id"_s, u"name"_s, u"uri"_s, u"description"_s, u"login_user_type"_s, u"source_app"_s,
                     u"auth_method"_s, u"permissions"_s, u"post_logout_redirect_urls"_s, u"post_login_redirect_urls"_s,
                     u"status"_s, u"expires_at"_s, u"last_used_at"_s, u"created_by"_s, u"created_at"_s, u"active"_s}));
    QCOMPARE(AuditJson::fieldNames(),
             (QStringList{u"sequence"_s, u"timestamp"_s, u"actor"_s, u"action"_s, u"application_id"_s, u"key_hint"_s,
                          u"details"_s, u"previous_hash"_s, u"hash"_s}));
    // Every column is a key of the records, and every key a column: nothing is silently left out of the CSV.
    QStringList appKeys = AppJson::app(bookingApp()).keys();
    QStringList appColumns = AppJson::appFieldNames();
    appKeys.sort();
    appColumns.sort();
    QCOMPARE(appColumns, appKeys);
    QStringList auditKeys = AuditJson::entry(keyGeneratedEntry()).keys();
    QStringList auditColumns = AuditJson::fieldNames();
    auditKeys.sort();
    auditColumns.sort();
    QCOMPARE(auditColumns, auditKeys);
}

void ExportDocumentTest::appsAsCsv()
{
    const QString csv = ExportDocument::ofApps({bookingApp(), frontDeskApp()}).text(ExportDocument::Format::Csv);
    QCOMPARE(csv,
             u"application_id,name,uri,description,login_user_type,source_app,auth_method,permissions,"
             "post_logout_redirect_urls,post_login_redirect_urls,status,expires_at,last_used_at,created_by,created_at,"
             "active\r\n"
             "6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01,Café Booking,https://booking.example.com,"
             "\"Books \"\"tables\"\", rooms\",employee,external_webstore,jwt_groups,appointments.read guests.write,"
             "https://booking.example.com/bye,https://booking.example.com/cb com.example.app:/callback,expiring,"
             "2026-03-11T08:00:00.000Z,,admin@desk,2026-03-01T09:30:00.123Z,true\r\n"
             "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a,Front desk,http://localhost:8080,,guest,client_app,apikey_groups,"
             "centers.read,,,inactive,,,support@desk,2026-01-02T03:04:05.006Z,false\r\n"_s);
}

void ExportDocumentTest::auditAsCsv()
{
    const QString csv =
        ExportDocument::ofAudit({appCreatedEntry(), keyGeneratedEntry()}).text(ExportDocument::Format::Csv);
    QCOMPARE(csv, u"sequence,timestamp,actor,action,application_id,key_hint,details,previous_hash,hash\r\n"
                  "1,2026-03-01T09:30:00.123Z,admin@desk,app.created,6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01,,"
                  "\"{\"\"name\"\":\"\"Café Booking\"\"}\","
                  "0000000000000000000000000000000000000000000000000000000000000000,"
                  "1111111111111111111111111111111111111111111111111111111111111111\r\n"
                  "2,2026-03-01T09:31:00.000Z,admin@desk,key.generated,6f1c1a0e-3f5e-4d7e-9a43-0c2f5f4b1e01,"
                  "appkey_…x7Qz,"
                  "\"{\"\"expires_at\"\":\"\"2027-03-01T09:31:00.000Z\"\",\"\"note\"\":\"\"first, \\\"\"main\\\"\" "
                  "key\"\"}\","
                  "1111111111111111111111111111111111111111111111111111111111111111,"
                  "2222222222222222222222222222222222222222222222222222222222222222\r\n"_s);
}

void ExportDocumentTest::appsAsJson()
{
    const QString json = ExportDocument::ofApps({bookingApp(), frontDeskApp()}).text(ExportDocument::Format::Json);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsed.isArray());
    const QJsonArray expected{QJsonDocument::fromJson(BookingAppJson).object(),
                              QJsonDocument::fromJson(FrontDeskAppJson).object()};
    QCOMPARE(parsed.array(), expected);
    // Indented for people, one key per line, the array's objects in the order given.
    QVERIFY2(json.startsWith(u"[\n    {\n        \"active\": true,\n"_s), qPrintable(json.left(80)));
    QVERIFY2(json.endsWith(u"\"uri\": \"http://localhost:8080\"\n    }\n]\n"_s), qPrintable(json.right(80)));
}

void ExportDocumentTest::streamedJsonIsWhatQJsonDocumentWritesWhole()
{
    const QJsonObject nested{{u"empty_list"_s, QJsonArray()},
                             {u"empty_object"_s, QJsonObject()},
                             {u"list"_s, QJsonArray{1, u"two"_s, QJsonObject{{u"three"_s, 3}}}},
                             {u"none"_s, QJsonValue::Null}};
    const QList<QJsonArray> documents{
        {},
        {AppJson::app(bookingApp())},
        {AppJson::app(bookingApp()), nested, QJsonObject(), AppJson::app(frontDeskApp())}};
    for (const QJsonArray& records : documents) {
        QString streamed;
        QTextStream out(&streamed);
        const Status written =
            ExportWriter::write(out, ExportDocument::Format::Json, {}, [&records](ExportWriter& writer) {
                for (const QJsonValue& record : records)
                    writer.add(record.toObject());
                return Status();
            });
        out.flush();
        QVERIFY(written.ok());
        QCOMPARE(streamed, QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented)));
    }
}

void ExportDocumentTest::recordsJoinedElsewhereAreTheBytesOfRecordsAddedOneByOne()
{
    // `list --json` and `export` join a page's records on the thread that read it: a page of megabytes, or none after
    // a filter.
    AppOverview large = bookingApp();
    large.app.details.name = u"\u202eevil\u200b\u001b[2J \"=1+1\""_s;
    large.app.details.description = QString(200 * 1024, u'x');
    const QList<AppOverview> apps{bookingApp(), large, frontDeskApp()};
    const QList<QList<QList<AppOverview>>> documents{
        {}, {{}}, {{bookingApp()}}, {{bookingApp(), large}, {}, {frontDeskApp()}}, {{}, apps, {}}, {apps, apps}};
    const auto written = [](ExportDocument::Format format, const std::function<void(ExportWriter&)>& add) {
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        QTextStream out(&device);
        const Status status = ExportWriter::write(out, format, AppJson::appFieldNames(), [&add](ExportWriter& writer) {
            add(writer);
            return Status();
        });
        out.flush();
        return status.ok() ? device.data() : QByteArray("failed");
    };
    for (const ExportDocument::Format format : {ExportDocument::Format::Json, ExportDocument::Format::Csv}) {
        for (const QList<QList<AppOverview>>& pages : documents) {
            const QByteArray oneByOne = written(format, [&pages](ExportWriter& writer) {
                for (const QList<AppOverview>& page : pages) {
                    for (const AppOverview& overview : page)
                        writer.add(AppJson::app(overview));
                }
            });
            const QByteArray joined = written(format, [&pages](ExportWriter& writer) {
                for (const QList<AppOverview>& page : pages) {
                    QByteArray records;
                    for (const AppOverview& overview : page)
                        AppJson::appendJoined(records, overview, writer);
                    writer.addJoined(records);
                }
            });
            QCOMPARE(joined, oneByOne);
            QVERIFY(oneByOne.startsWith(format == ExportDocument::Format::Json ? "[" : "application_id,"));
        }
    }
}

void ExportDocumentTest::anAppAsTextIsWhatItsObjectWrites()
{
    AppOverview hostile = bookingApp();
    hostile.app.details.name = u"\u202eevil\u200b\u001b[2J \"=1+1\" "_s + QChar(char16_t(0xd83d));
    hostile.app.details.description = QString(1 << 20, u'x');
    hostile.app.details.uri = u"=HYPERLINK(\"http://x\"),\r\n"_s;
    hostile.app.scope.permissionIds.clear();
    const auto written = [](ExportDocument::Format format, const std::function<void(ExportWriter&)>& add) {
        QString text;
        QTextStream out(&text);
        const Status status = ExportWriter::write(out, format, AppJson::appFieldNames(), [&add](ExportWriter& writer) {
            add(writer);
            add(writer);
            return Status();
        });
        out.flush();
        return status.ok() ? text : u"failed"_s;
    };
    for (const AppOverview& overview : {bookingApp(), frontDeskApp(), hostile}) {
        const auto asObject = [&overview](ExportWriter& writer) {
            writer.add(AppJson::app(overview));
        };
        const auto asText = [&overview](ExportWriter& writer) {
            QByteArray record;
            AppJson::appendJoined(record, overview, writer);
            writer.addJoined(record);
        };
        QCOMPARE(written(ExportDocument::Format::Json, asText), written(ExportDocument::Format::Json, asObject));
        QCOMPARE(written(ExportDocument::Format::Csv, asText), written(ExportDocument::Format::Csv, asObject));
    }
}

void ExportDocumentTest::csvWithoutRecordsIsItsHeader()
{
    QCOMPARE(ExportDocument::ofAudit({}).text(ExportDocument::Format::Csv),
             u"sequence,timestamp,actor,action,application_id,key_hint,details,previous_hash,hash\r\n"_s);
    QCOMPARE(ExportDocument::ofAudit({}).text(ExportDocument::Format::Json), u"[\n]\n"_s);
}

void ExportDocumentTest::theFileHoldsTheTextAsUtf8()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const ExportDocument document = ExportDocument::ofApps({bookingApp(), frontDeskApp()});
    for (const auto& [format, name] : {std::pair{ExportDocument::Format::Csv, u"apps.csv"_s},
                                       std::pair{ExportDocument::Format::Json, u"apps.json"_s}}) {
        const QString path = folder.filePath(name);
        const Status written = document.writeFile(path, format);
        QVERIFY2(written.ok(), qPrintable(errorText(written)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, document.text(format).toUtf8());
        // UTF-8 without a byte order mark: "é" is the two bytes C3 A9, "…" the three bytes E2 80 A6.
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Caf\xC3\xA9 Booking"));
    }
    QFile csv(folder.filePath(u"apps.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), QByteArray("application_id,name,uri,description,login_user_type,source_app,auth_method,"
                                        "permissions,post_logout_redirect_urls,post_login_redirect_urls,status,"
                                        "expires_at,last_used_at,created_by,created_at,active\r\n"));
}

void ExportDocumentTest::anUnwritableFileIsAnErrorAndLeavesNothing()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"no such folder/apps.csv"_s);
    const Status written = ExportDocument::ofApps({bookingApp()}).writeFile(path, ExportDocument::Format::Csv);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.startsWith(u"Could not write “%1”: "_s.arg(path)),
             qPrintable(written.error().message));
    QCOMPARE(written.error().message, u"Could not write “%1”: No such file or directory"_s.arg(path));
    QCOMPARE(written.error().hint,
             u"Check that the disk is not full and the folder can be written to, or choose another file."_s);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(ExportDocumentTest)
#include "tst_export_document.moc"
