// A keychain that never answers (a Secret Service waiting on an unlock prompt nobody can see): every call of
// KeychainSecretStore gives up at its deadline with ErrorCode::KeychainTimeout instead of hanging. Runs on a session
// bus of its own (dbus-run-session), where appkeys_silent_secret_service holds the Secret Service's name.
#include "CallbackResult.h"
#include "ErrorCode.h"
#include "KeychainSecretStore.h"
#include "SilentSecretService.h"
#include "TranslationLoader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

constexpr std::chrono::milliseconds Deadline{1000};

template <typename T> void checkTimedOut(const T& answer)
{
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, ErrorCode::KeychainTimeout);
    QCOMPARE(answer.error().message, u"The OS keychain did not answer within 1 second."_s);
    QVERIFY2(answer.error().hint.startsWith(u"Your keyring may be locked"_s), qPrintable(answer.error().hint));
}

} // namespace

class KeychainDeadlineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCallGivesUpAtItsDeadline();

private:
    SilentSecretService m_silent;
};

void KeychainDeadlineTest::initTestCase()
{
    if (qEnvironmentVariable("APPKEYS_TEST_KEYCHAIN") != u"silent"_s)
        QSKIP("needs a session bus of its own: run by ctest (dbus-run-session)");
    // English has a translation too, for its plural forms ("1 second").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    QVERIFY2(m_silent.start(), qPrintable(m_silent.problem()));
}

void KeychainDeadlineTest::everyCallGivesUpAtItsDeadline()
{
    KeychainSecretStore keychain(u"appkeys"_s, Deadline);
    QElapsedTimer elapsed;
    elapsed.start();
    checkTimedOut(answerOf<Status>([&](auto done) { keychain.write(u"r/a/key/k"_s, u"plaintext"_s, done); }));
    checkTimedOut(answerOf<Result<QString>>([&](auto done) { keychain.read(u"r/a/key/k"_s, done); }));
    checkTimedOut(answerOf<Status>([&](auto done) { keychain.remove(u"r/a/key/k"_s, done); }));
    checkTimedOut(answerOf<Result<QList<ListedEntry>>>([&](auto done) { keychain.listEntries(u"r/"_s, done); }));
    // Four deadlines, not the minutes a D-Bus call may wait for a keyring that never answers.
    QVERIFY2(elapsed.elapsed() < 20000, qPrintable(QString::number(elapsed.elapsed())));
}

QTEST_GUILESS_MAIN(KeychainDeadlineTest)
#include "tst_keychain_deadline.moc"
