#include "TerminalOutput.h"
#include "TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

/// What a TerminalOutput on a file wrote there, byte for byte.
QByteArray writtenThrough(const QList<QByteArray>& writes)
{
    QTemporaryFile file;
    if (!file.open())
        return "(no temporary file)";
    {
        TerminalOutput output(file.handle());
        for (const QByteArray& bytes : writes)
            output.write(bytes);
    }
    file.seek(0);
    return file.readAll();
}

} // namespace

/// What reaches a terminal is what is stored: every character a terminal would act on, or that would hide or
/// reorder text, as its JSON escape.
class TerminalTextTest : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatATerminalWouldActOn_data();
    void escapesWhatATerminalWouldActOn();
    void keepsOrEscapesLineFeeds();
    void escapedJsonIsStillTheSameJson();
    void outputEscapesEveryWrite();
    void outputKeepsACharacterSplitAcrossWrites();
    void outputIsTheSameWhereverAWriteEnds();
    void outputFindsWhatNeedsEscapingAtEveryPlace();
    void outputReportsAFullDevice();
    void outputReportsAClosedPipe();
};

void TerminalTextTest::escapesWhatATerminalWouldActOn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain text, accents, emoji") << u"Café ☕ 😀 \\ backslash"_s << u"Café ☕ 😀 \\ backslash"_s;
    QTest::newRow("clear screen") << u"\x1b[2J"_s << u"\\u001b[2J"_s;
    QTest::newRow("terminal title") << u"\x1b]0;owned\x07"_s << u"\\u001b]0;owned\\u0007"_s;
    QTest::newRow("hidden OSC 8 link") << u"\x1b]8;;https://evil.example\x1b\\shop\x1b]8;;\x1b\\"_s
                                       << u"\\u001b]8;;https://evil.example\\u001b\\shop\\u001b]8;;\\u001b\\"_s;
    QTest::newRow("tab and carriage return") << u"a\tb\rc"_s << u"a\\u0009b\\u000dc"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\u0000"_s;
    QTest::newRow("DEL") << u"x\x7f"_s << u"x\\u007f"_s;
    QTest::newRow("C1 CSI and NEL") << u"\u009b2J\u0085"_s << u"\\u009b2J\\u0085"_s;
    QTest::newRow("right-to-left override") << u"invoice\u202etxt.exe"_s << u"invoice\\u202etxt.exe"_s;
    QTest::newRow("every bidi embedding and override")
        << u"\u202a\u202b\u202c\u202d\u202e"_s << u"\\u202a\\u202b\\u202c\\u202d\\u202e"_s;
    QTest::newRow("every bidi isolate") << u"\u2066\u2067\u2068\u2069"_s << u"\\u2066\\u2067\\u2068\\u2069"_s;
    QTest::newRow("zero-width space, joiners, word joiner, BOM")
        << u"a\u200bb\u200cc\u200dd\u2060e\ufeff"_s << u"a\\u200bb\\u200cc\\u200dd\\u2060e\\ufeff"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
    QTest::newRow("a format character beyond the BMP, as its UTF-16 units")
        << u"flag\U000E0067"_s << u"flag\\udb40\\udc67"_s;
    QTest::newRow("a lone surrogate") << QString(QChar(0xd800)) + u"x"_s << u"\\ud800x"_s;
}

void TerminalTextTest::escapesWhatATerminalWouldActOn()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::escaped(text, TerminalText::LineBreaks::Keep), shown);
}

void TerminalTextTest::keepsOrEscapesLineFeeds()
{
    QCOMPARE(TerminalText::escaped(u"one\ntwo"_s, TerminalText::LineBreaks::Keep), u"one\ntwo"_s);
    QCOMPARE(TerminalText::escaped(u"one\ntwo"_s, TerminalText::LineBreaks::Escape), u"one\\u000atwo"_s);
}

void TerminalTextTest::escapedJsonIsStillTheSameJson()
{
    const QJsonObject stored{{u"name"_s, u"invoice\u202etxt.exe \u0085 \x7f \u200b"_s}};
    const QString json = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Indented));
    const QString escaped = TerminalText::escaped(json, TerminalText::LineBreaks::Keep);
    QVERIFY(!escaped.contains(u'\u202e'));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(escaped.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), stored);
}

void TerminalTextTest::outputEscapesEveryWrite()
{
    QCOMPARE(writtenThrough({"Name: \x1b[2Jshop\n", "\xe2\x80\xae"
                                                    "fdp.exe\n"}),
             QByteArray("Name: \\u001b[2Jshop\n\\u202efdp.exe\n"));
}

void TerminalTextTest::outputKeepsACharacterSplitAcrossWrites()
{
    // U+202E is E2 80 AE in UTF-8; a QTextStream may flush between its bytes.
    QCOMPARE(writtenThrough({"a\xe2", "\x80",
                             "\xae"
                             "b",
                             "\xc3", "\xa9"}),
             QByteArray("a\\u202eb\xc3\xa9"));
}

/// Plain bytes are copied and only the stretches between them decoded: the result is still the whole text escaped,
/// wherever a QTextStream ends a write, even inside a character or an invalid sequence.
void TerminalTextTest::outputIsTheSameWhereverAWriteEnds()
{
    const QByteArray bytes =
        "Name: \x1b[2Jcaf\xc3\xa9\r\nnext \xe2\x80\xae \xff bad \xe2\x80 cut\rlone\n\xf0\x9f\x98\x80\x7f\n";
    const QByteArray whole = TerminalText::escaped(QString::fromUtf8(bytes), TerminalText::LineBreaks::Keep).toUtf8();
    QVERIFY(whole.contains("caf\xc3\xa9\r\nnext \\u202e \xef\xbf\xbd bad"));
    QVERIFY(whole.contains("cut\\u000dlone\n\xf0\x9f\x98\x80\\u007f\n"));
    QCOMPARE(writtenThrough({bytes}), whole);
    const qsizetype lineBreak = bytes.indexOf("\r\n") + 1; // a carriage return ending a write is escaped
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        if (cut != lineBreak)
            QCOMPARE(writtenThrough({bytes.left(cut), bytes.mid(cut)}), whole);
    }
}

/// Plain text is passed over eight bytes at a time: a byte to escape, or one at the edge of the plain range, is found
/// wherever it falls in those eight, and at the end of a write of any length.
void TerminalTextTest::outputFindsWhatNeedsEscapingAtEveryPlace()
{
    const QList<QByteArray> pieces = {
        QByteArray(1, '\0'), "\x1b[2J",          "\x1f", "\x7f", "\x80", "\xff", "\r", "\t", "\xc3\xa9",
        "\xe2\x80\xae",      "\xf0\x9f\x98\x80", " ",    "~",    "\n"};
    const QByteArray plain = "{\"name\": \"Shop\"}\n    \"uri\": \"https://a.example\"";
    for (const QByteArray& piece : pieces) {
        for (qsizetype place = 0; place <= 24; ++place) {
            for (const qsizetype length : {place + 1, plain.size()}) {
                const QByteArray bytes = (plain.left(place) + piece + plain.mid(place)).left(length + piece.size());
                const QByteArray whole =
                    TerminalText::escaped(QString::fromUtf8(bytes), TerminalText::LineBreaks::Keep).toUtf8();
                QCOMPARE(writtenThrough({bytes}), whole);
            }
        }
    }
    QCOMPARE(writtenThrough({"0123456789abcdef\x1b"}), QByteArray("0123456789abcdef\\u001b"));
    QCOMPARE(writtenThrough({"0123456\x7f"}), QByteArray("0123456\\u007f"));
    QCOMPARE(writtenThrough({" !~}|{ \x1f"}), QByteArray(" !~}|{ \\u001f"));
}

void TerminalTextTest::outputReportsAFullDevice()
{
    const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    QVERIFY(full >= 0);
    TerminalOutput output(full);
    QTextStream stream(&output);
    stream << u"Name  Status\n"_s;
    stream.flush();
    QCOMPARE(output.failure(), u"No space left on device"_s);
    QCOMPARE(stream.status(), QTextStream::WriteFailed);
    ::close(full);
}

void TerminalTextTest::outputReportsAClosedPipe()
{
    int pipeEnds[2];
    QCOMPARE(::pipe2(pipeEnds, O_CLOEXEC), 0);
    ::close(pipeEnds[0]);
    // As when the program runs with SIGPIPE ignored; by default the signal ends it, which is as good an ending.
    const auto previous = ::signal(SIGPIPE, SIG_IGN);
    TerminalOutput output(pipeEnds[1]);
    QCOMPARE(output.write("Name\n"), qint64(-1));
    ::signal(SIGPIPE, previous);
    QCOMPARE(output.failure(), u"Broken pipe"_s);
    ::close(pipeEnds[1]);
}

QTEST_GUILESS_MAIN(TerminalTextTest)
#include "tst_terminal_text.moc"
