#include "CoreDumps.h"
#include "PlaintextWipe.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace AppKeys;

/// No core dump holds a secret, and buffers that held one are overwritten.
class CoreDumpsTest : public QObject
{
    Q_OBJECT

private slots:
    void disablingLeavesTheProcessUndumpableWithoutACoreLimit();
    void wipesAPlaintextItAloneHolds();
    void leavesASharedPlaintextToItsOtherHolder();
    void wipesAStandardString();
};

void CoreDumpsTest::disablingLeavesTheProcessUndumpableWithoutACoreLimit()
{
    CoreDumps::disable();
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
}

void CoreDumpsTest::wipesAPlaintextItAloneHolds()
{
    QByteArray plaintext("appsec_0123456789abcdefghijABCDEFGHIJ0123456789zz0000");
    const char* buffer = plaintext.constData();
    QVERIFY(PlaintextWipe::wipe(plaintext));
    QCOMPARE(plaintext, QByteArray(53, '\0'));
    // In place: the same memory, not a copy.
    QCOMPARE(plaintext.constData(), buffer);
}

void CoreDumpsTest::leavesASharedPlaintextToItsOtherHolder()
{
    QByteArray plaintext("appkey_ABCDEFGHIJ0123456789abcdefghij0123456789zz1111");
    const QByteArray otherHolder = plaintext;
    QVERIFY(!PlaintextWipe::wipe(plaintext));
    QCOMPARE(plaintext, QByteArray("appkey_ABCDEFGHIJ0123456789abcdefghij0123456789zz1111"));
    QCOMPARE(plaintext.constData(), otherHolder.constData());
}

void CoreDumpsTest::wipesAStandardString()
{
    std::string password = "a database password, long enough to be on the heap";
    const char* buffer = password.data();
    PlaintextWipe::wipe(password);
    QCOMPARE(password, std::string(50, '\0'));
    QCOMPARE(password.data(), buffer);
}

QTEST_GUILESS_MAIN(CoreDumpsTest)
#include "tst_core_dumps.moc"
