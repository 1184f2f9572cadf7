#include "JsonObjectText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

/// What QJsonDocument writes of `object` as a document (depth 0), without its final newline: what text() must be.
QByteArray qtText(const QJsonObject& object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);
    return text;
}

QByteArray stringText(QStringView value)
{
    JsonObjectText object(0);
    object.insert(QLatin1StringView("v"), value);
    return object.text();
}

} // namespace

/// JsonObjectText against Qt's own writer: every UTF-16 code unit, surrogates in and out of pairs, hostile text, and
/// every kind of member and nesting `list --json` writes, down to the byte.
class JsonObjectTextTest : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeUnitIsWrittenAsQtWritesIt();
    void surrogatesArePairedOrEscapedAsQtDoes();
    void hostileTextIsWrittenAsQtWritesIt();
    void membersAreWrittenInQtsOrderWhateverTheInsertOrder();
    void nestedObjectsAndArraysAreIndentedAsQtIndentsThem();
};

void JsonObjectTextTest::everyCodeUnitIsWrittenAsQtWritesIt()
{
    for (char32_t unit = 0; unit <= 0xffff; ++unit) {
        const QString value = QChar(char16_t(unit));
        const QByteArray expected = qtText({{u"v"_s, value}});
        if (stringText(value) != expected)
            QFAIL(qPrintable(
                u"U+%1: %2 instead of %3"_s.arg(uint(unit), 4, 16, QChar(u'0'))
                    .arg(QString::fromLatin1(stringText(value).toHex()), QString::fromLatin1(expected.toHex()))));
    }
    // Escapes in the middle of runs that need none, and the exact bytes of a few.
    const QString mixed = u"a\"b\\c\u0001d\u007fe\u0080f\u00e9g\u2028h\n\t\r\b\f"_s;
    QCOMPARE(stringText(mixed), qtText({{u"v"_s, mixed}}));
    QCOMPARE(stringText(u"\u001b[31m\"x\"\\"_s), QByteArray("{\n    \"v\": \"\\u001b[31m\\\"x\\\"\\\\\"\n}"));
}

void JsonObjectTextTest::surrogatesArePairedOrEscapedAsQtDoes()
{
    const QChar high(char16_t(0xd83d));
    const QChar low(char16_t(0xde00));
    const QList<QString> values{
        QString(high) + low,                        // a pair: one character, four UTF-8 bytes
        QString(low) + high,                        // both alone
        QString(high),                              // alone at the end
        u"x"_s + high + high + low + u"y"_s,        // alone, then a pair
        u"x"_s + low + low + u"y"_s + high + u"z"_s // alone, and before an ASCII letter
    };
    for (const QString& value : values)
        QCOMPARE(stringText(value), qtText({{u"v"_s, value}}));
    QCOMPARE(stringText(QString(high) + low), QByteArray("{\n    \"v\": \"\xf0\x9f\x98\x80\"\n}"));
    QCOMPARE(stringText(QString(low)), QByteArray("{\n    \"v\": \"\\ude00\"\n}"));
}

void JsonObjectTextTest::hostileTextIsWrittenAsQtWritesIt()
{
    const QList<QString> values{
        u"\u202eevil\u202c \u200b\u200d\ufeff"_s,         // bidi overrides, zero-width characters, a BOM
        u"=HYPERLINK(\"http://x\")"_s,                    // a spreadsheet formula
        u"\u001b]0;title\u0007\u009b2J"_s,                // terminal escapes, C0 and C1
        QString(1 << 20, u'x') + u'"' + QString(7, u'é'), // a 1 MB paste
        QString(),
    };
    for (const QString& value : values)
        QCOMPARE(stringText(value), qtText({{u"v"_s, value}}));
}

void JsonObjectTextTest::membersAreWrittenInQtsOrderWhateverTheInsertOrder()
{
    JsonObjectText object(0);
    object.insert(QLatin1StringView("post_logout_redirect_urls"), QStringList{u"b"_s});
    object.insert(QLatin1StringView("post_login_redirect_urls"), QStringList{});
    object.insert(QLatin1StringView("a_b"), true);
    object.insert(QLatin1StringView("a"), false);
    object.insertNull(QLatin1StringView("Z"));
    object.insert(QLatin1StringView("count"), qint64(-9007199254740993));
    object.insert(QLatin1StringView("zero"), qint64(0));
    const QJsonObject expected{{u"post_logout_redirect_urls"_s, QJsonArray{u"b"_s}},
                               {u"post_login_redirect_urls"_s, QJsonArray()},
                               {u"a_b"_s, true},
                               {u"a"_s, false},
                               {u"Z"_s, QJsonValue::Null},
                               {u"count"_s, qint64(-9007199254740993)},
                               {u"zero"_s, 0}};
    QCOMPARE(object.text(), qtText(expected));
    QCOMPARE(JsonObjectText(0).text(), qtText({}));
}

void JsonObjectTextTest::nestedObjectsAndArraysAreIndentedAsQtIndentsThem()
{
    // At depth 1, as an element of a document's array, with every nesting the keychain marks use.
    JsonObjectText record(1);
    JsonObjectText marks(record.depth() + 1);
    QList<JsonObjectText> keys;
    for (const QString& id : {u"k2"_s, u"k1"_s}) {
        JsonObjectText key(marks.depth() + 2);
        key.insert(QLatin1StringView("state"), u"missing"_s);
        key.insert(QLatin1StringView("key_id"), id);
        keys.append(key);
    }
    marks.insert(QLatin1StringView("keys"), keys);
    marks.insert(QLatin1StringView("none"), QList<JsonObjectText>());
    marks.insert(QLatin1StringView("empty"), JsonObjectText(marks.depth() + 1));
    marks.insert(QLatin1StringView("problems"), QStringList{u"one"_s, u"two \"2\""_s});
    record.insert(QLatin1StringView("keychain"), marks);
    record.insert(QLatin1StringView("name"), u"Café"_s);

    const QJsonObject expectedMarks{
        {u"keys"_s, QJsonArray{QJsonObject{{u"state"_s, u"missing"_s}, {u"key_id"_s, u"k2"_s}},
                               QJsonObject{{u"state"_s, u"missing"_s}, {u"key_id"_s, u"k1"_s}}}},
        {u"none"_s, QJsonArray()},
        {u"empty"_s, QJsonObject()},
        {u"problems"_s, QJsonArray{u"one"_s, u"two \"2\""_s}}};
    const QJsonArray document{QJsonObject{{u"keychain"_s, expectedMarks}, {u"name"_s, u"Café"_s}}};
    const QByteArray expected = QJsonDocument(document).toJson(QJsonDocument::Indented);
    QCOMPARE("[\n    " + record.text() + "\n]\n", expected);
}

QTEST_GUILESS_MAIN(JsonObjectTextTest)
#include "tst_json_object_text.moc"
