#include "KeyStatus.h"

#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

using State = KeyStatus::State;

class TestKeyStatus : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
};

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
    const KeyStatus status = KeyStatus::ofKey(expiresAt, revokedAt, now, 30);
    QCOMPARE(status.state, state);
    QCOMPARE(status.text(), text);
}

QTEST_GUILESS_MAIN(TestKeyStatus)
#include "tst_key_status.moc"
