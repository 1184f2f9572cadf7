#include "KeyStatus.h"
#include "TranslationLoader.h"

#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

using State = KeyStatus::State;

class TestKeyStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void states_data();
    void states();
    void daysLeftTakeTheLanguagesPluralForms_data();
    void daysLeftTakeTheLanguagesPluralForms();
};

// The English plural forms ("1 day", "29 days") come from translations/appkeys_en.ts, as in the program.
void TestKeyStatus::initTestCase()
{
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void TestKeyStatus::states_data()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QDateTime>("revokedAt");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("a year left") << now << now.addDays(365) << QDateTime() << State::Active << u"Active"_s;
    QTest::newRow("30 days left") << now << now.addDays(30) << QDateTime() << State::Active << u"Active"_s;
    QTest::newRow("29 days left") << now << now.addDays(29) << QDateTime() << State::ExpiresSoon
                                  << u"Expires in 29 days"_s;
    QTest::newRow("1 day left") << now << now.addDays(1) << QDateTime() << State::ExpiresSoon << u"Expires in 1 day"_s;
    QTest::newRow("hours left") << now << now.addSecs(3600) << QDateTime() << State::ExpiresSoon << u"Expires today"_s;
    QTest::newRow("expired now") << now << now << QDateTime() << State::Expired << u"Expired"_s;
    QTest::newRow("revoked") << now << now.addDays(100) << now.addSecs(-1) << State::Revoked << u"Revoked"_s;
    QTest::newRow("revocation scheduled later")
        << now << now.addDays(100) << now.addDays(1) << State::Active << u"Active"_s;
}

void TestKeyStatus::states()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expiresAt);
    QFETCH(QDateTime, revokedAt);
    QFETCH(State, state);
    QFETCH(QString, text);
    KeyRecord key;
    key.expiresAt = expiresAt;
    key.revokedAt = revokedAt;
    const KeyStatus status = KeyStatus::ofKey(key, now);
    QCOMPARE(status.state, state);
    QCOMPARE(status.text(), text);
}

void TestKeyStatus::daysLeftTakeTheLanguagesPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("English, one") << u"en"_s << 1 << u"Expires in 1 day"_s;
    QTest::newRow("English, two") << u"en"_s << 2 << u"Expires in 2 days"_s;
    QTest::newRow("German, one") << u"de"_s << 1 << u"Läuft in 1 Tag ab"_s;
    QTest::newRow("German, two") << u"de"_s << 2 << u"Läuft in 2 Tagen ab"_s;
    QTest::newRow("Spanish, one") << u"es"_s << 1 << u"Caduca en 1 día"_s;
    QTest::newRow("Spanish, two") << u"es"_s << 2 << u"Caduca en 2 días"_s;
}

void TestKeyStatus::daysLeftTakeTheLanguagesPluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, daysLeft);
    QFETCH(QString, text);
    QVERIFY(TranslationLoader::install(language).ok());
    QCOMPARE((KeyStatus{State::ExpiresSoon, daysLeft}.text()), text);
}

QTEST_GUILESS_MAIN(TestKeyStatus)
#include "tst_key_status.moc"
