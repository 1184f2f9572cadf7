#include "Crc32.h"
#include "CredentialFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <array>

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
    void aShortChecksumIsPaddedWithZeros_data();
    void aShortChecksumIsPaddedWithZeros();
    void changedCharacterFailsChecksum();
    void lookAlikesAreRejected_data();
    void lookAlikesAreRejected();
    void tokensAreUnique();
    void randomCharactersAreUniform();
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

void TestCredentialFormat::aShortChecksumIsPaddedWithZeros_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<quint32>("crc");
    QTest::addColumn<QString>("checksum");

    // Found and computed apart from AppKeys, with Python: zlib.crc32(body.encode()) written in base62
    // ("0-9A-Za-z", most significant digit first) and left-padded with '0' to 6 characters (PRODUCT.md section 3).
    // 414113101 is below 62^5 = 916132832, so it has five digits; 7249162 is below 62^4 = 14776336: four.
    QTest::newRow("one zero") << u"appkey_ChecksumNeedsZeroPadding00000000000000000S1ZjZ"_s << 414113101U
                              << u"0S1ZjZ"_s;
    QTest::newRow("two zeros") << u"appkey_ChecksumNeedsZeroPadding000000000000001q00UPpy"_s << 7249162U << u"00UPpy"_s;
}

void TestCredentialFormat::aShortChecksumIsPaddedWithZeros()
{
    QFETCH(QString, token);
    QFETCH(quint32, crc);
    QFETCH(QString, checksum);
    const QString randomPart = token.mid(CredentialFormat::PrefixLength, CredentialFormat::RandomPartLength);
    QCOMPARE(crc32(randomPart.toLatin1()), crc);
    QCOMPARE(CredentialFormat::checksum(randomPart), checksum);
    QCOMPARE(token.right(CredentialFormat::ChecksumLength), checksum);
    QVERIFY(checksum.startsWith(u'0'));
    QVERIFY(CredentialFormat::isWellFormed(token, CredentialKind::ApiKey));
    QVERIFY(CredentialFormat::isWellFormed(u"appsec_"_s + randomPart + checksum, CredentialKind::Secret));

    // The same digits padded on the wrong side, or not padded at all, are refused.
    QString digits = checksum;
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    QVERIFY(!CredentialFormat::isWellFormed(u"appkey_"_s + randomPart + digits.leftJustified(6, u'0'),
                                            CredentialKind::ApiKey));
    QVERIFY(!CredentialFormat::isWellFormed(u"appkey_"_s + randomPart + digits, CredentialKind::ApiKey));
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

void TestCredentialFormat::randomCharactersAreUniform()
{
    // 20,000 tokens of 40 random characters: 800,000 draws, 12,903.2 expected of each of the 62 characters.
    constexpr int Tokens = 20000;
    const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
    std::array<qint64, 62> counts{};
    for (int i = 0; i < Tokens; ++i) {
        const QString token = CredentialFormat::generate(i % 2 ? CredentialKind::Secret : CredentialKind::ApiKey);
        for (const QChar c :
             QStringView(token).mid(CredentialFormat::PrefixLength, CredentialFormat::RandomPartLength)) {
            const qsizetype index = alphabet.indexOf(c);
            if (index < 0)
                QFAIL(qPrintable(u"“%1” is not a base62 character"_s.arg(c)));
            ++counts[index];
        }
    }
    const double expected = double(Tokens) * CredentialFormat::RandomPartLength / alphabet.size();
    double chiSquare = 0;
    for (const qint64 count : counts)
        chiSquare += (count - expected) * (count - expected) / expected;

    // Pearson's chi-square with 62 - 1 = 61 degrees of freedom. The limit is its 1 - 10^-6 quantile, 128.524 (the x
    // with regularized upper incomplete gamma Q(61/2, x/2) = 10^-6, computed with Python's mpmath), so a uniform
    // generator fails this test once in a million runs; the 0.999 quantile, 100.888, would fail once in a thousand,
    // too often for a suite that runs many times a day. A bias is still caught by far: `byte % 62` without rejecting
    // bytes 248..255 makes '0'..'7' a quarter more likely than the rest, which gives a chi-square near 5,300 here,
    // and a character that is never drawn gives more than 12,900.
    constexpr double Limit = 128.524;
    QStringList described;
    for (qsizetype i = 0; i < alphabet.size(); ++i)
        described.append(u"%1:%2"_s.arg(alphabet.at(i)).arg(counts[i]));
    QVERIFY2(chiSquare < Limit,
             qPrintable(u"chi-square %1 >= %2; counts %3"_s.arg(chiSquare).arg(Limit).arg(described.join(u' '))));
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
