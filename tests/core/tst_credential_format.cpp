#include "Crc32.h"
#include "CredentialFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

class TestCredentialFormat : public QObject
{
    Q_OBJECT

private slots:
    void crc32MatchesZlib();
    void tokenMatchesFormat_data();
    void tokenMatchesFormat();
    void checksumVerifies();
    void changedCharacterFailsChecksum();
    void lookAlikesAreRejected_data();
    void lookAlikesAreRejected();
    void tokensAreUnique();
    void applicationIdIsCanonicalUuidV4();
    void hintShowsPrefixAndLastFour();
    void sha256IsLowercaseHex();
};

void TestCredentialFormat::crc32MatchesZlib()
{
    // The standard check value of CRC-32/ISO-HDLC, which zlib's crc32() computes.
    QCOMPARE(crc32("123456789"), 0xCBF43926U);
    QCOMPARE(crc32(""), 0U);
}

void TestCredentialFormat::tokenMatchesFormat_data()
{
    QTest::addColumn<CredentialKind>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("secret") << CredentialKind::Secret << u"^appsec_[0-9A-Za-z]{46}$"_s;
    QTest::newRow("api key") << CredentialKind::ApiKey << u"^appkey_[0-9A-Za-z]{46}$"_s;
}

void TestCredentialFormat::tokenMatchesFormat()
{
    QFETCH(CredentialKind, kind);
    QFETCH(QString, pattern);
    const QString token = CredentialFormat::generate(kind);
    QCOMPARE(token.size(), 53);
    QVERIFY2(QRegularExpression(pattern).match(token).hasMatch(), qPrintable(CredentialFormat::hint(token)));
    QVERIFY(CredentialFormat::isWellFormed(token, kind));
    const CredentialKind otherKind = kind == CredentialKind::Secret ? CredentialKind::ApiKey : CredentialKind::Secret;
    QVERIFY(!CredentialFormat::isWellFormed(token, otherKind));
}

void TestCredentialFormat::checksumVerifies()
{
    const QString token = CredentialFormat::generate(CredentialKind::Secret);
    const QString randomPart = token.mid(7, 40);
    const QString checksum = token.right(6);
    QCOMPARE(CredentialFormat::checksum(randomPart), checksum);

    // Recompute independently: CRC-32 written in base62, most significant digit first, padded with '0'.
    const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
    quint64 decoded = 0;
    for (const QChar c : checksum)
        decoded = decoded * 62 + static_cast<quint64>(alphabet.indexOf(c));
    QCOMPARE(decoded, static_cast<quint64>(crc32(randomPart.toLatin1())));
}

void TestCredentialFormat::changedCharacterFailsChecksum()
{
    const QString token = CredentialFormat::generate(CredentialKind::ApiKey);
    // Change each character of the random part and of the checksum in turn: every one must be caught.
    for (int position = 7; position < token.size(); ++position) {
        QString altered = token;
        altered[position] = token.at(position) == u'a' ? u'b' : u'a';
        QVERIFY2(!CredentialFormat::isWellFormed(altered, CredentialKind::ApiKey),
                 qPrintable(u"position %1"_s.arg(position)));
    }
}

void TestCredentialFormat::lookAlikesAreRejected_data()
{
    const QString valid = CredentialFormat::generate(CredentialKind::Secret);
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << valid.chopped(1);
    QTest::newRow("too long") << valid + u'0';
    QTest::newRow("wrong prefix") << u"appsek_"_s + valid.mid(7);
    QTest::newRow("non-base62 character") << valid.left(20) + u'-' + valid.mid(21);
    QTest::newRow("upper-case prefix") << u"APPSEC_"_s + valid.mid(7);
}

void TestCredentialFormat::lookAlikesAreRejected()
{
    QFETCH(QString, token);
    QVERIFY(!CredentialFormat::isWellFormed(token, CredentialKind::Secret));
}

void TestCredentialFormat::tokensAreUnique()
{
    constexpr int Count = 10000;
    QSet<QString> tokens;
    tokens.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        const QString token = CredentialFormat::generate(i % 2 ? CredentialKind::Secret : CredentialKind::ApiKey);
        QVERIFY(CredentialFormat::isWellFormed(token, i % 2 ? CredentialKind::Secret : CredentialKind::ApiKey));
        tokens.insert(token.mid(7));
    }
    QCOMPARE(tokens.size(), Count);
}

void TestCredentialFormat::applicationIdIsCanonicalUuidV4()
{
    const QRegularExpression uuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i) {
        const QString id = CredentialFormat::generateApplicationId();
        QVERIFY2(uuidV4.match(id).hasMatch(), qPrintable(id));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 1000);
}

void TestCredentialFormat::hintShowsPrefixAndLastFour()
{
    const QString token = CredentialFormat::generate(CredentialKind::ApiKey);
    QCOMPARE(CredentialFormat::hint(token), u"appkey_…"_s + token.right(4));
    QVERIFY(!CredentialFormat::hint(token).contains(token.mid(7, 40)));
}

void TestCredentialFormat::sha256IsLowercaseHex()
{
    QCOMPARE(CredentialFormat::sha256Hex(u"abc"_s),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

QTEST_GUILESS_MAIN(TestCredentialFormat)
#include "tst_credential_format.moc"
