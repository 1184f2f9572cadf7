#include "CallbackResult.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "SecretEntryKeys.h"
#include "TestKeychain.h"

#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// An entry of its own for each test, so that tests never see each other's secrets.
QString freshEntryKey()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return SecretEntryKeys::apiKey(u"tst_keychain"_s, id, id);
}

// Each case needs one state of the Secret Service, which one ctest entry provides.
bool runsHere(TestKeychain::Expectation expectation)
{
    return TestKeychain::expectation() == expectation;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entryKeysFollowTheProduct();
    void roundTripsASecret();
    void storesUnderTheServiceAppkeys();
    void readingAMissingEntryIsEntryNotFound();
    void withoutSecretServiceEveryCallFailsClearly();
    void aLockedKeyringRefusesAccessClearly();

private:
    KeychainSecretStore m_store;
};

void KeychainTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void KeychainTest::entryKeysFollowTheProduct()
{
    const QString secretSha256 = u"0123456789abcdef"_s.repeated(4);
    QCOMPARE(SecretEntryKeys::appSecret(u"r-id"_s, u"a-id"_s, secretSha256), u"r-id/a-id/secret/0123456789abcdef"_s);
    QCOMPARE(SecretEntryKeys::legacyAppSecret(u"r-id"_s, u"a-id"_s), u"r-id/a-id/secret"_s);
    QCOMPARE(SecretEntryKeys::apiKey(u"r-id"_s, u"a-id"_s, u"k-id"_s), u"r-id/a-id/key/k-id"_s);
    QCOMPARE(QLatin1String(SecretEntryKeys::ServiceName), u"appkeys"_s);
}

void KeychainTest::roundTripsASecret()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain");
    const QString entryKey = freshEntryKey();

    for (const QString& secret : {u"appsec_first"_s, u"appsec_second, replacing the first"_s}) {
        CallbackResult<Status> written;
        m_store.write(entryKey, secret, written.callback());
        QVERIFY(written.wait());
        QVERIFY2(written.value().ok(), qPrintable(errorText(written.value())));

        CallbackResult<Result<QString>> read;
        m_store.read(entryKey, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.value().ok());
        QCOMPARE(read.value().value(), secret);
        QCOMPARE(read.callCount(), 1);
    }

    CallbackResult<Status> removed;
    m_store.remove(entryKey, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.value().ok(), qPrintable(errorText(removed.value())));

    CallbackResult<Result<QString>> readAfterRemoval;
    m_store.read(entryKey, readAfterRemoval.callback());
    QVERIFY(readAfterRemoval.wait());
    QVERIFY(!readAfterRemoval.value().ok());
    QCOMPARE(readAfterRemoval.value().error().code, int(QKeychain::EntryNotFound));
}

void KeychainTest::storesUnderTheServiceAppkeys()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain");
    const QString entryKey = freshEntryKey();

    CallbackResult<Status> written;
    m_store.write(entryKey, u"appsec_visible_to_secret_tool"_s, written.callback());
    QVERIFY(written.wait());
    QVERIFY2(written.value().ok(), qPrintable(errorText(written.value())));

    const Result<QStringList> entries = TestKeychain::appKeysEntries(entryKey);
    QVERIFY2(entries.ok(), qPrintable(errorText(entries)));
    QCOMPARE(entries.value(), QStringList{entryKey});

    CallbackResult<Status> removed;
    m_store.remove(entryKey, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(TestKeychain::appKeysEntries(entryKey).value(), QStringList());
}

void KeychainTest::readingAMissingEntryIsEntryNotFound()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain");

    CallbackResult<Result<QString>> read;
    m_store.read(freshEntryKey(), read.callback());
    QVERIFY(read.wait());
    QVERIFY(!read.value().ok());
    QCOMPARE(read.value().error().code, int(QKeychain::EntryNotFound));
    QCOMPARE(read.value().error().message, u"No secret is stored in the keychain for this entry."_s);
}

void KeychainTest::withoutSecretServiceEveryCallFailsClearly()
{
    if (!runsHere(TestKeychain::Expectation::Absent))
        QSKIP("runs in the ctest entry tst_keychain_no_service");
    const QString entryKey = freshEntryKey();
    const QString unavailable = u"The OS keychain is not available: "_s;

    CallbackResult<Status> written;
    m_store.write(entryKey, u"appsec_must_not_land_anywhere"_s, written.callback());
    QVERIFY(written.wait());
    QVERIFY(!written.value().ok());
    const Error& writeError = written.value().error();
    QVERIFY2(writeError.code == QKeychain::OtherError || writeError.code == QKeychain::NoBackendAvailable,
             qPrintable(QString::number(writeError.code)));
    QVERIFY2(writeError.message.startsWith(unavailable), qPrintable(writeError.message));
    QVERIFY2(writeError.message.size() > unavailable.size(), "the keychain's own words are missing");
    QVERIFY2(writeError.hint.contains(u"keyring"_s), qPrintable(writeError.hint));

    CallbackResult<Result<QString>> read;
    m_store.read(entryKey, read.callback());
    QVERIFY(read.wait());
    QVERIFY(!read.value().ok());
    QVERIFY2(read.value().error().message.startsWith(unavailable), qPrintable(read.value().error().message));
}

void KeychainTest::aLockedKeyringRefusesAccessClearly()
{
    if (!runsHere(TestKeychain::Expectation::Locked))
        QSKIP("runs in the ctest entry tst_keychain_locked");
    const Status locked = TestKeychain::lockDefaultCollection();
    QVERIFY2(locked.ok(), qPrintable(errorText(locked)));

    CallbackResult<Status> written;
    m_store.write(freshEntryKey(), u"appsec_refused"_s, written.callback());
    QVERIFY(written.wait());
    QVERIFY(!written.value().ok());
    const Error& error = written.value().error();
    QVERIFY2(error.code == QKeychain::AccessDenied || error.code == QKeychain::AccessDeniedByUser,
             qPrintable(QString::number(error.code)));
    QVERIFY2(error.message.startsWith(u"The OS keychain refused access: "_s), qPrintable(error.message));
    QVERIFY2(error.hint.startsWith(u"Unlock your keyring"_s), qPrintable(error.hint));
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
