#include "SecureClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

QByteArray passwordManagerHint()
{
    const QMimeData* data = clipboard()->mimeData();
    return data ? data->data(QString::fromLatin1(SecureClipboard::PasswordManagerHintFormat)) : QByteArray();
}

const QString Secret = u"appsec_0123456789abcdefghijABCDEFGHIJ0123456789zz0000"_s;

} // namespace

class SecureClipboardTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secretIsTaggedForClipboardManagers();
    void secretIsClearedAfterTheDelayWithACountdown();
    void somethingCopiedSinceIsLeftAlone();
    void publicTextIsNeitherTaggedNorCleared();
    void quittingClearsTheSecret();
    void destroyingClearsTheSecret();
    void defaultDelayIsThirtySeconds();
};

void SecureClipboardTest::init()
{
    clipboard()->clear();
}

void SecureClipboardTest::secretIsTaggedForClipboardManagers()
{
    SecureClipboard secureClipboard;
    secureClipboard.copySecret(Secret);

    QCOMPARE(clipboard()->text(), Secret);
    QCOMPARE(passwordManagerHint(), QByteArrayLiteral("secret"));
}

void SecureClipboardTest::secretIsClearedAfterTheDelayWithACountdown()
{
    SecureClipboard secureClipboard;
    secureClipboard.setClearDelaySeconds(2);
    QSignalSpy countdown(&secureClipboard, &SecureClipboard::countdownChanged);

    secureClipboard.copySecret(Secret);
    QCOMPARE(secureClipboard.secondsLeft(), 2);

    QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);
    QCOMPARE(passwordManagerHint(), QByteArray());
    QCOMPARE(secureClipboard.secondsLeft(), 0);
    QList<int> announced;
    for (const QList<QVariant>& emission : countdown)
        announced.append(emission.at(0).toInt());
    QCOMPARE(announced, (QList<int>{2, 1, 0}));
}

void SecureClipboardTest::somethingCopiedSinceIsLeftAlone()
{
    SecureClipboard secureClipboard;
    secureClipboard.setClearDelaySeconds(1);
    QSignalSpy countdown(&secureClipboard, &SecureClipboard::countdownChanged);
    secureClipboard.copySecret(Secret);

    clipboard()->setText(u"copied by the user from elsewhere"_s);

    // Replacing the secret ends the countdown at once: there is nothing of ours left to clear.
    QCOMPARE(countdown.last().at(0).toInt(), 0);
    QCOMPARE(secureClipboard.secondsLeft(), 0);
    secureClipboard.clearNow();
    QCOMPARE(clipboard()->text(), u"copied by the user from elsewhere"_s);
}

void SecureClipboardTest::publicTextIsNeitherTaggedNorCleared()
{
    SecureClipboard secureClipboard;
    secureClipboard.setClearDelaySeconds(1);
    QSignalSpy countdown(&secureClipboard, &SecureClipboard::countdownChanged);
    const QString applicationId = u"6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"_s;

    secureClipboard.copyPublic(applicationId);

    QCOMPARE(clipboard()->text(), applicationId);
    QCOMPARE(passwordManagerHint(), QByteArray());
    QCOMPARE(secureClipboard.secondsLeft(), 0);
    QVERIFY(countdown.isEmpty());
    secureClipboard.clearNow();
    QCOMPARE(clipboard()->text(), applicationId);
}

void SecureClipboardTest::quittingClearsTheSecret()
{
    SecureClipboard secureClipboard;
    secureClipboard.copySecret(Secret);
    QCOMPARE(clipboard()->text(), Secret);

    // What QCoreApplication::quit() emits before the event loop ends.
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));

    QVERIFY(clipboard()->text().isEmpty());
    QCOMPARE(secureClipboard.secondsLeft(), 0);
}

void SecureClipboardTest::destroyingClearsTheSecret()
{
    {
        SecureClipboard secureClipboard;
        secureClipboard.copySecret(Secret);
        QCOMPARE(clipboard()->text(), Secret);
    }
    QVERIFY(clipboard()->text().isEmpty());
}

void SecureClipboardTest::defaultDelayIsThirtySeconds()
{
    SecureClipboard secureClipboard;
    QSignalSpy countdown(&secureClipboard, &SecureClipboard::countdownChanged);
    secureClipboard.copySecret(Secret);

    QCOMPARE(secureClipboard.clearDelaySeconds(), 30);
    QCOMPARE(countdown.size(), 1);
    QCOMPARE(countdown.at(0).at(0).toInt(), 30);
}

QTEST_MAIN(SecureClipboardTest)
#include "tst_secure_clipboard.moc"
