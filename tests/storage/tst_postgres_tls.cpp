#include "ConnectionErrorCode.h"
#include "Database.h"
#include "ErrorText.h"
#include "PostgresLocation.h"
#include "TlsPostgresServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// A remote team registry is reached over TLS with the server's certificate checked (PRODUCT.md section 7): against a
/// PostgreSQL server of the test's own that only speaks TLS, with a test CA, a URL without sslmode connects only when
/// the certificate is signed by the CA given and made out to the host in the URL.
class PostgresTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void aVerifiedCertificateConnects();
    void aCertificateOfAnUnknownCaIsRefused();
    void aCertificateForAnotherHostIsRefused();
    void withoutACaToCheckWithNothingConnects();

private:
    Result<std::shared_ptr<Database>> open(const QString& url) const;
    QString server(const QString& host) const { return u"%1:%2"_s.arg(host).arg(m_server->port()); }

    QTemporaryDir m_home;
    std::unique_ptr<TlsPostgresServer> m_server;
};

void PostgresTlsTest::initTestCase()
{
    if (const QString unavailable = TlsPostgresServer::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    // libpq looks for trusted CAs in ~/.postgresql/root.crt: here there is none.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    m_server = std::make_unique<TlsPostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
}

Result<std::shared_ptr<Database>> PostgresTlsTest::open(const QString& url) const
{
    return Database::openPostgres(url, m_server->password(), Database::AccessMode::ReadWrite);
}

void PostgresTlsTest::aVerifiedCertificateConnects()
{
    const QString url = m_server->url(TlsPostgresServer::hostName(), u"&sslrootcert="_s + m_server->caFile());
    QCOMPARE(PostgresLocation::parse(url).value().sslMode(), u"verify-full"_s);

    const Result<std::shared_ptr<Database>> opened = open(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && query.next());
    QCOMPARE(query.value(0).toBool(), true);
}

void PostgresTlsTest::aCertificateOfAnUnknownCaIsRefused()
{
    const Result<std::shared_ptr<Database>> opened =
        open(m_server->url(TlsPostgresServer::hostName(), u"&sslrootcert="_s + m_server->otherCaFile()));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             u"The database server %1 showed a certificate that no certificate authority you trust signed."_s.arg(
                 server(TlsPostgresServer::hostName())));
    QCOMPARE(opened.error().code, ConnectionErrorCode::ServerNotTrusted);
    QVERIFY2(opened.error().hint.contains(u"sslrootcert"_s), qPrintable(opened.error().hint));
}

void PostgresTlsTest::aCertificateForAnotherHostIsRefused()
{
    const QString otherHost = u"registry.appkeys.test"_s;
    const Result<std::shared_ptr<Database>> opened =
        open(m_server->url(otherHost, u"&sslrootcert="_s + m_server->caFile()));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             u"The certificate of the database server %1 is not made out to “%2”."_s.arg(server(otherHost), otherHost));
    QCOMPARE(opened.error().code, ConnectionErrorCode::ServerNotTrusted);
}

void PostgresTlsTest::withoutACaToCheckWithNothingConnects()
{
    const Result<std::shared_ptr<Database>> opened = open(m_server->url(TlsPostgresServer::hostName()));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             u"AppKeys cannot check the certificate of the database server %1: no "
             "certificate authority to check it with is set up."_s.arg(server(TlsPostgresServer::hostName())));
    QCOMPARE(opened.error().code, ConnectionErrorCode::ServerNotTrusted);
}

QTEST_GUILESS_MAIN(PostgresTlsTest)
#include "tst_postgres_tls.moc"
