#include "AppDetailsValidator.h"
#include "AppNameKey.h"

#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

using Severity = FieldCheck::Severity;

namespace {
QStringList numberedUrls(int count)
{
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls.append(u"https://app.example.com/callback/%1"_s.arg(i));
    return urls;
}
} // namespace

class TestAppDetailsValidation : public QObject
{
    Q_OBJECT

private slots:
    void name_data();
    void name();
    void nameLookupError();
    void uri_data();
    void uri();
    void description_data();
    void description();
    void redirectUrls_data();
    void redirectUrls();
    void lookAlikeRedirectUrlsAreRefusedWithTheReason_data();
    void lookAlikeRedirectUrlsAreRefusedWithTheReason();
    void checkAllReportsFirstInvalidField();
    void namesRefuseInvisibleAndControlCharactersByPosition_data();
    void namesRefuseInvisibleAndControlCharactersByPosition();
    void descriptionsRefuseInvisibleAndControlCharactersByPosition_data();
    void descriptionsRefuseInvisibleAndControlCharactersByPosition();
    void uriRefusesUserInfo_data();
    void uriRefusesUserInfo();
    void lookAlikeNamesShareTheirKey_data();
    void lookAlikeNamesShareTheirKey();
};

void TestAppDetailsValidation::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("plain") << u"Online booking"_s << Severity::Ok << QString();
    QTest::newRow("empty") << QString() << Severity::Invalid << u"Enter a name"_s;
    QTest::newRow("whitespace only") << u"   \t "_s << Severity::Invalid << u"Enter a name"_s;
    QTest::newRow("100 characters") << QString(100, u'n') << Severity::Ok << QString();
    QTest::newRow("100 characters after trimming")
        << u"  "_s + QString(100, u'n') + u"  "_s << Severity::Ok << QString();
    QTest::newRow("101 characters") << QString(101, u'n') << Severity::Invalid << u"101 characters"_s;
    QTest::newRow("100 non-BMP characters") << QString(100, u'x').replace(u"x"_s, u"😀"_s) << Severity::Ok << QString();
    QTest::newRow("tab inside") << u"Online\tbooking"_s << Severity::Invalid << u"control characters"_s;
    QTest::newRow("line break inside") << u"Online\nbooking"_s << Severity::Invalid << u"control characters"_s;
    QTest::newRow("escape character") << u"Online\x1b booking"_s << Severity::Invalid << u"control characters"_s;
    QTest::newRow("taken, other case") << u"ONLINE shop"_s << Severity::Invalid << u"already exists"_s;
    QTest::newRow("taken, padded") << u"  Online Shop "_s << Severity::Invalid << u"“Online Shop” already exists"_s;
}

void TestAppDetailsValidation::name()
{
    QFETCH(QString, name);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    // Stands in for the registry here; tst_storage checks the real case-insensitive lookup in SQLite.
    const AppDetailsValidator::NameLookup registryHoldsOnlineShop = [](const QString& trimmed) -> Result<bool> {
        return trimmed.compare(u"online shop"_s, Qt::CaseInsensitive) == 0;
    };
    const FieldCheck check = AppDetailsValidator::checkName(name, registryHoldsOnlineShop);
    QCOMPARE(check.severity, severity);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    QCOMPARE(check.message.isEmpty(), severity == Severity::Ok);
}

void TestAppDetailsValidation::nameLookupError()
{
    const FieldCheck check = AppDetailsValidator::checkName(u"Shop"_s, [](const QString&) -> Result<bool> {
        return Error{u"database is locked"_s, {}, 0};
    });
    QCOMPARE(check.severity, Severity::Invalid);
    QVERIFY(check.message.contains(u"database is locked"_s));
}

void TestAppDetailsValidation::uri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("https") << u"https://booking.example.com/app"_s << Severity::Ok << QString();
    QTest::newRow("https with port") << u"https://booking.example.com:8443"_s << Severity::Ok << QString();
    QTest::newRow("empty") << QString() << Severity::Invalid << u"Enter the app's URI"_s;
    QTest::newRow("no scheme") << u"booking.example.com"_s << Severity::Invalid << u"absolute URL"_s;
    QTest::newRow("ftp") << u"ftp://files.example.com"_s << Severity::Invalid << u"“ftp:” is not allowed"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << Severity::Invalid << u"“javascript:” is not allowed"_s;
    QTest::newRow("no host") << u"https:///path"_s << Severity::Invalid << u"host"_s;
    QTest::newRow("space") << u"https://booking example.com"_s << Severity::Invalid << u"spaces"_s;
    QTest::newRow("http public host") << u"http://booking.example.com"_s << Severity::Warning << u"not encrypted"_s;
    QTest::newRow("http localhost") << u"http://localhost:8080/app"_s << Severity::Ok << QString();
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << Severity::Ok << QString();
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << Severity::Ok << QString();
    QTest::newRow("https without a host") << u"https:///booking"_s << Severity::Invalid
                                          << u"The URI must name a host, as in https://booking.example.com."_s;
    QTest::newRow("http on 127.0.0.1 as a subdomain")
        << u"http://127.0.0.1.evil.com/"_s << Severity::Warning
        << u"http is not encrypted: use https unless the app only runs on this computer (localhost)."_s;
}

void TestAppDetailsValidation::uri()
{
    QFETCH(QString, uri);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    const FieldCheck check = AppDetailsValidator::checkUri(uri);
    QCOMPARE(check.severity, severity);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

void TestAppDetailsValidation::description_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("empty is fine") << QString() << Severity::Ok;
    QTest::newRow("1000 characters") << QString(1000, u'd') << Severity::Ok;
    QTest::newRow("1001 characters") << QString(1001, u'd') << Severity::Invalid;
    QTest::newRow("line breaks are fine") << u"First line\nSecond line"_s << Severity::Ok;
}

void TestAppDetailsValidation::description()
{
    QFETCH(QString, description);
    QFETCH(Severity, severity);
    QCOMPARE(AppDetailsValidator::checkDescription(description).severity, severity);
}

void TestAppDetailsValidation::redirectUrls_data()
{
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("none") << QStringList() << Severity::Ok << QString();
    QTest::newRow("https") << QStringList{u"https://app.example.com/done"_s} << Severity::Ok << QString();
    QTest::newRow("http on localhost") << QStringList{u"http://localhost:3000/cb"_s} << Severity::Ok << QString();
    QTest::newRow("http on public host") << QStringList{u"http://app.example.com/cb"_s} << Severity::Invalid
                                         << u"only for localhost"_s;
    QTest::newRow("private-use scheme") << QStringList{u"com.example.app:/callback"_s} << Severity::Ok << QString();
    QTest::newRow("unknown scheme") << QStringList{u"myapp://callback"_s} << Severity::Invalid << u"private-use"_s;
    QTest::newRow("javascript") << QStringList{u"javascript:alert(1)"_s} << Severity::Invalid << u"private-use"_s;
    QTest::newRow("fragment") << QStringList{u"https://app.example.com/cb#top"_s} << Severity::Invalid << u"fragment"_s;
    QTest::newRow("wildcard") << QStringList{u"https://*.example.com/cb"_s} << Severity::Invalid << u"wildcard"_s;
    QTest::newRow("relative") << QStringList{u"/callback"_s} << Severity::Invalid << u"absolute URL"_s;
    QTest::newRow("duplicate") << QStringList{u"https://app.example.com/cb"_s, u"https://app.example.com/cb"_s}
                               << Severity::Invalid << u"twice"_s;
    QTest::newRow("duplicate, host case")
        << QStringList{u"https://app.example.com/cb"_s, u"https://APP.example.com/cb"_s} << Severity::Invalid
        << u"twice"_s;
    QTest::newRow("20 URLs") << numberedUrls(20) << Severity::Ok << QString();
    QTest::newRow("21 URLs") << numberedUrls(21) << Severity::Invalid << u"At most 20"_s;
}

void TestAppDetailsValidation::redirectUrls()
{
    QFETCH(QStringList, urls);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    const FieldCheck check = AppDetailsValidator::checkRedirectUrlList(urls);
    QCOMPARE(check.severity, severity);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

void TestAppDetailsValidation::lookAlikeRedirectUrlsAreRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    const QString noHost = u"An https redirect URL must name a host."_s;
    const QString notLocalhost = u"Use https: http is allowed only for localhost."_s;
    const QString userInfo = u"A URL must not contain a user name or password (a part before “@”): it makes the URL "
                             u"look like another site's."_s;
    QTest::newRow("https without a host") << u"https:///cb"_s << noHost;
    QTest::newRow("https without a host or path") << u"https://"_s << noHost;
    // Hosts that only start like a loopback address or localhost belong to whoever owns the domain.
    QTest::newRow("127.0.0.1 as a subdomain") << u"http://127.0.0.1.evil.com/"_s << notLocalhost;
    QTest::newRow("localhost as a subdomain") << u"http://localhost.evil.com/cb"_s << notLocalhost;
    QTest::newRow("localhost in the user info") << u"http://localhost@evil.com/cb"_s << userInfo;
    QTest::newRow("a trusted site in the user info") << u"https://good.example@evil.example/cb"_s << userInfo;
    QTest::newRow("a user and a password") << u"https://user:secret@app.example.com/cb"_s << userInfo;
    QTest::newRow("an empty user info") << u"https://@evil.example/cb"_s << userInfo;
    QTest::newRow("127.0.0.1 with a fifth part") << u"http://127.0.0.1.1/cb"_s << notLocalhost;
}

void TestAppDetailsValidation::lookAlikeRedirectUrlsAreRefusedWithTheReason()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const FieldCheck single = AppDetailsValidator::checkRedirectUrl(url);
    QCOMPARE(single.severity, Severity::Invalid);
    QCOMPARE(single.message, message);
    // In a list, the message names the URL it is about.
    const FieldCheck list = AppDetailsValidator::checkRedirectUrlList({u"https://app.example.com/cb"_s, url});
    QCOMPARE(list.severity, Severity::Invalid);
    QCOMPARE(list.message, u"“%1”: %2"_s.arg(url, message));
}

void TestAppDetailsValidation::checkAllReportsFirstInvalidField()
{
    AppDetails details;
    details.name = u"Webstore"_s;
    details.uri = u"https://shop.example.com"_s;
    QVERIFY(AppDetailsValidator::checkAll(details).isValid());
    details.postLoginRedirectUrls = {u"https://shop.example.com/#login"_s};
    const FieldCheck check = AppDetailsValidator::checkAll(details);
    QVERIFY(!check.isValid());
    QVERIFY(check.message.contains(u"fragment"_s));
}

void TestAppDetailsValidation::namesRefuseInvisibleAndControlCharactersByPosition_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    const QString invisible =
        u"The name must not contain invisible characters such as direction overrides or zero-width spaces: %1 at "
        u"position %2."_s;
    const QString control =
        u"The name must not contain control characters such as tabs or line breaks: %1 at position %2."_s;
    // Shown as "invoiceexe.txt" by a terminal or a table that honours the override.
    QTest::newRow("right-to-left override") << u"invoice\u202etxt.exe"_s << invisible.arg(u"U+202E"_s).arg(8);
    QTest::newRow("zero-width space") << u"ad\u200bmin"_s << invisible.arg(u"U+200B"_s).arg(3);
    QTest::newRow("zero-width joiner") << u"ad\u200dmin"_s << invisible.arg(u"U+200D"_s).arg(3);
    QTest::newRow("left-to-right isolate") << u"x\u2066y"_s << invisible.arg(u"U+2066"_s).arg(2);
    QTest::newRow("pop directional isolate") << u"x\u2069"_s << invisible.arg(u"U+2069"_s).arg(2);
    QTest::newRow("byte order mark first") << u"\ufeffBooking"_s << invisible.arg(u"U+FEFF"_s).arg(1);
    QTest::newRow("soft hyphen") << u"Book\u00ading"_s << invisible.arg(u"U+00AD"_s).arg(5);
    QTest::newRow("line separator") << u"Book\u2028ing"_s << invisible.arg(u"U+2028"_s).arg(5);
    QTest::newRow("paragraph separator") << u"Book\u2029ing"_s << invisible.arg(u"U+2029"_s).arg(5);
    QTest::newRow("a tag character, beyond the BMP") << u"Flag\U000E0067"_s << invisible.arg(u"U+E0067"_s).arg(5);
    QTest::newRow("counted in characters, not UTF-16 units") << u"😀😀\u200b"_s << invisible.arg(u"U+200B"_s).arg(3);
    QTest::newRow("counted as typed, leading spaces included")
        << u"  ad\u200bmin"_s << invisible.arg(u"U+200B"_s).arg(5);
    QTest::newRow("tab") << u"Front\tdesk"_s << control.arg(u"U+0009"_s).arg(6);
    QTest::newRow("escape") << u"Online\x1b[2J"_s << control.arg(u"U+001B"_s).arg(7);
    QTest::newRow("DEL") << u"Online\x7f"_s << control.arg(u"U+007F"_s).arg(7);
    QTest::newRow("C1 control") << u"Online\u009b2J"_s << control.arg(u"U+009B"_s).arg(7);
}

void TestAppDetailsValidation::namesRefuseInvisibleAndControlCharactersByPosition()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const FieldCheck check = AppDetailsValidator::checkName(name);
    QCOMPARE(check.severity, Severity::Invalid);
    QCOMPARE(check.message, message);
}

void TestAppDetailsValidation::descriptionsRefuseInvisibleAndControlCharactersByPosition_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("message");
    const QString invisible = u"The description must not contain invisible characters such as direction overrides or "
                              u"zero-width spaces: %1 at position %2."_s;
    const QString control =
        u"The description must not contain control characters such as tabs (line breaks are fine): %1 at position "
        u"%2."_s;
    QTest::newRow("clear screen") << u"\x1b[2J"_s << control.arg(u"U+001B"_s).arg(1);
    QTest::newRow("terminal title") << u"Shop\x1b]0;owned\x07"_s << control.arg(u"U+001B"_s).arg(5);
    QTest::newRow("tab") << u"Rooms\tand tables"_s << control.arg(u"U+0009"_s).arg(6);
    QTest::newRow("carriage return") << u"one\r\ntwo"_s << control.arg(u"U+000D"_s).arg(4);
    QTest::newRow("override on the second line")
        << u"First line\nsecond \u202eline"_s << invisible.arg(u"U+202E"_s).arg(19);
}

void TestAppDetailsValidation::descriptionsRefuseInvisibleAndControlCharactersByPosition()
{
    QFETCH(QString, description);
    QFETCH(QString, message);
    const FieldCheck check = AppDetailsValidator::checkDescription(description);
    QCOMPARE(check.severity, Severity::Invalid);
    QCOMPARE(check.message, message);
}

void TestAppDetailsValidation::uriRefusesUserInfo_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("a trusted site as the user") << u"https://booking.example.com@evil.example/"_s;
    QTest::newRow("a user and a password") << u"https://admin:secret@booking.example.com/"_s;
    QTest::newRow("an empty user") << u"https://@booking.example.com/"_s;
    QTest::newRow("on localhost") << u"http://user@localhost:8080/"_s;
}

void TestAppDetailsValidation::uriRefusesUserInfo()
{
    QFETCH(QString, uri);
    const FieldCheck check = AppDetailsValidator::checkUri(uri);
    QCOMPARE(check.severity, Severity::Invalid);
    QCOMPARE(check.message, u"A URL must not contain a user name or password (a part before “@”): it makes the URL "
                            u"look like another site's."_s);
}

void TestAppDetailsValidation::lookAlikeNamesShareTheirKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("lookAlike");
    QTest::newRow("case") << u"Booking"_s << u"BOOKING"_s;
    QTest::newRow("padding") << u"Booking"_s << u"  booking "_s;
    QTest::newRow("full-width letters") << u"Booking"_s << u"Ｂｏｏｋｉｎｇ"_s;
    QTest::newRow("a ligature") << u"files"_s << u"ﬁles"_s;
    QTest::newRow("composed and decomposed") << u"Café"_s << u"Cafe\u0301"_s;
    QTest::newRow("superscript digit") << u"Booking 2"_s << u"Booking ²"_s;
}

void TestAppDetailsValidation::lookAlikeNamesShareTheirKey()
{
    QFETCH(QString, name);
    QFETCH(QString, lookAlike);
    QCOMPARE(AppNameKey::of(lookAlike), AppNameKey::of(name));
    QVERIFY(AppNameKey::of(name + u'x') != AppNameKey::of(name));
}

QTEST_GUILESS_MAIN(TestAppDetailsValidation)
#include "tst_app_details_validation.moc"
