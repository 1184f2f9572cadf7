#include "CsvWriter.h"

#include <QJsonObject>
#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

QString rowText(const QStringList& fields)
{
    QString text;
    QTextStream stream(&text);
    CsvWriter(stream).writeRow(fields);
    stream.flush();
    return text;
}

/// Reads CSV back as RFC 4180 section 2 describes it, written here apart from CsvWriter so that the two cannot share
/// a mistake: records end in CRLF, a field in double quotes may hold commas, line breaks and doubled double quotes.
QList<QStringList> parsedRecords(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const auto next = [&text](qsizetype i) {
        return i + 1 < text.size() ? text.at(i + 1) : QChar();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && next(i) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"' && (quoted || field.isEmpty())) {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            record.append(std::exchange(field, {}));
        } else if (!quoted && c == u'\r' && next(i) == u'\n') {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

/// CsvWriter on its own: RFC 4180 quoting, field texts of every JSON type, and a whole table read back.
class CsvWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatRfc4180Requires_data();
    void quotesOnlyWhatRfc4180Requires();
    void aRowIsItsFieldsJoinedByCommasEndingInCrlf();
    void jsonValuesBecomeFieldTexts_data();
    void jsonValuesBecomeFieldTexts();
    void recordsAreWrittenUnderAHeaderInTheColumnsOrder();
    void everyFieldReadsBackAsItWasWritten();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void neutralisedFieldsReadBackWithTheirApostrophe();
};

void CsvWriterTest::quotesOnlyWhatRfc4180Requires_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"Booking site"_s << u"Booking site"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Rooms, tables"_s << u"\"Rooms, tables\""_s;
    QTest::newRow("double quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a double quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("line feed") << u"first\nsecond"_s << u"\"first\nsecond\""_s;
    QTest::newRow("carriage return") << u"first\rsecond"_s << u"\"first\rsecond\""_s;
    QTest::newRow("CRLF") << u"first\r\nsecond"_s << u"\"first\r\nsecond\""_s;
    // RFC 4180 section 2.4: spaces are part of a field and must not be ignored; they need no quotes.
    QTest::newRow("leading and trailing spaces") << u"  padded "_s << u"  padded "_s;
    QTest::newRow("spaces and a comma") << u" a, b "_s << u"\" a, b \""_s;
    QTest::newRow("UTF-8") << u"Café ☕ 予約 😀"_s << u"Café ☕ 予約 😀"_s;
    QTest::newRow("UTF-8 and a quote") << u"„Zürich“ \"Süd\""_s << u"\"„Zürich“ \"\"Süd\"\"\""_s;
}

void CsvWriterTest::quotesOnlyWhatRfc4180Requires()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escapedField(field), written);
}

void CsvWriterTest::aRowIsItsFieldsJoinedByCommasEndingInCrlf()
{
    QCOMPARE(rowText({u"a"_s, QString(), u" b "_s, u"c,d"_s, QString()}), u"a,, b ,\"c,d\",\r\n"_s);
    QCOMPARE(rowText({u"line\nbreak"_s}), u"\"line\nbreak\"\r\n"_s);
}

void CsvWriterTest::jsonValuesBecomeFieldTexts_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("string") << QJsonValue(u"Front desk"_s) << u"Front desk"_s;
    QTest::newRow("true") << QJsonValue(true) << u"true"_s;
    QTest::newRow("false") << QJsonValue(false) << u"false"_s;
    QTest::newRow("small integer") << QJsonValue(7) << u"7"_s;
    // An audit sequence past 2^32 is written in full, never as 1.2345678901e+10.
    QTest::newRow("large integer") << QJsonValue(qint64(12345678901)) << u"12345678901"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{u"appointments.read"_s, u"guests.write"_s})
                           << u"appointments.read guests.write"_s;
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"name"_s, u"Café"_s}, {u"days"_s, 30}})
                            << u"{\"days\":30,\"name\":\"Café\"}"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString();
}

void CsvWriterTest::jsonValuesBecomeFieldTexts()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(CsvWriter::fieldText(value), text);
}

void CsvWriterTest::recordsAreWrittenUnderAHeaderInTheColumnsOrder()
{
    const QJsonArray records{
        QJsonObject{{u"name"_s, u"Booking, Mobile"_s},
                    {u"active"_s, true},
                    {u"permissions"_s, QJsonArray{u"a.read"_s, u"b.write"_s}},
                    {u"expires_at"_s, QJsonValue::Null}},
        QJsonObject{{u"name"_s, u"Front desk"_s}, {u"active"_s, false}, {u"expires_at"_s, u"2026-03-01"_s}},
    };
    QString text;
    QTextStream stream(&text);
    CsvWriter(stream).writeRecords({u"name"_s, u"permissions"_s, u"expires_at"_s, u"active"_s}, records);
    stream.flush();

    QCOMPARE(text, u"name,permissions,expires_at,active\r\n"
                   "\"Booking, Mobile\",a.read b.write,,true\r\n"
                   "Front desk,,2026-03-01,false\r\n"_s);
}

void CsvWriterTest::everyFieldReadsBackAsItWasWritten()
{
    const QList<QStringList> rows{
        {u"name"_s, u"description"_s, u"note"_s},
        {u"Café \"Central\""_s, u"Rooms,\r\ntables\nand \"more\""_s, u"  spaced  "_s},
        {QString(), u","_s, u"\""_s},
        {u"予約 😀"_s, u"a\r"_s, u"a\"\"b"_s},
    };
    QString text;
    QTextStream stream(&text);
    CsvWriter writer(stream);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    stream.flush();

    QCOMPARE(parsedRecords(text), rows);
}

void CsvWriterTest::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    // OWASP's CSV injection rule: a field that starts with =, +, -, @, a tab or a carriage return gets an apostrophe.
    QTest::newRow("a hyperlink formula") << u"=HYPERLINK(\"https://evil.example\",\"Shop\")"_s
                                         << u"\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Shop\"\")\""_s;
    QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_s << u"'+1+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(1+1)"_s << u"'@SUM(1+1)"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("carriage return, quoted as well") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
    QTest::newRow("an equals sign later") << u"a=1"_s << u"a=1"_s;
    QTest::newRow("a space first") << u" =1"_s << u" =1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void CsvWriterTest::formulasAreNeutralised()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escapedField(field), written);
}

void CsvWriterTest::neutralisedFieldsReadBackWithTheirApostrophe()
{
    const QStringList formulas{u"=1+1"_s, u"+1"_s, u"-1"_s, u"@A1"_s, u"\tx"_s, u"\r,x"_s};
    QStringList expected;
    for (const QString& formula : formulas)
        expected.append(u'\'' + formula);
    QCOMPARE(parsedRecords(rowText(formulas)), QList<QStringList>{expected});
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "tst_csv_writer.moc"
