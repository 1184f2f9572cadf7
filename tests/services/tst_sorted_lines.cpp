#include "SortedLines.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// SortedLines, which sorts a keychain report's lines in bounded memory: whatever the runs, the lines come out in the
/// order of their bytes, all of them, and a failure says where.
class SortedLinesTest : public QObject
{
    Q_OBJECT

private slots:
    void linesComeOutInTheOrderOfTheirBytes_data();
    void linesComeOutInTheOrderOfTheirBytes();
    void runsLeaveNoFileBehind();
    void aFolderThatIsNotThereIsSaid();
    void aFullDiskIsSaid();

private:
    static QList<QByteArray> written(SortedLines& lines);
};

QList<QByteArray> SortedLinesTest::written(SortedLines& lines)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    if (Status status = lines.writeTo(out); !status)
        qFatal("writeTo failed: %s", qPrintable(status.error().text()));
    QList<QByteArray> split = out.data().split('\n');
    if (split.takeLast() != QByteArray())
        qFatal("the last line has no newline");
    return split;
}

void SortedLinesTest::linesComeOutInTheOrderOfTheirBytes_data()
{
    QTest::addColumn<qsizetype>("runBytes");
    QTest::newRow("in memory") << SortedLines::DefaultRunBytes;
    QTest::newRow("a run per line") << qsizetype(1);
    QTest::newRow("runs of a few lines") << qsizetype(40);
}

void SortedLinesTest::linesComeOutInTheOrderOfTheirBytes()
{
    QFETCH(qsizetype, runBytes);
    QTemporaryDir folder;
    SortedLines lines(folder.path(), runBytes);
    // Bytes below the newline sort before it, and above 0x7F as unsigned; a prefix before what it begins; empty
    // lines, repeats, and a line of 1 MB.
    const QList<QByteArray> added{"b",
                                  "a\x01",
                                  "",
                                  "a",
                                  "\xff",
                                  "a\x7f",
                                  "\xc3\xa9"
                                  "t\xc3\xa9",
                                  "a\t",
                                  "ab",
                                  "",
                                  "zz",
                                  "\x80"
                                  "a",
                                  "a",
                                  QByteArray(1 << 20, 'm'),
                                  "a\"b",
                                  "a,b",
                                  "\x7f",
                                  "a\xe2\x80\xae"};
    for (const QByteArray& line : added)
        QVERIFY(lines.add(line).ok());
    QCOMPARE(lines.count(), added.size());

    const QList<QByteArray> expected{"",
                                     "",
                                     "a",
                                     "a",
                                     "a\x01",
                                     "a\t",
                                     "a\"b",
                                     "a,b",
                                     "ab",
                                     "a\x7f",
                                     "a\xe2\x80\xae",
                                     "b",
                                     QByteArray(1 << 20, 'm'),
                                     "zz",
                                     "\x7f",
                                     "\x80"
                                     "a",
                                     "\xc3\xa9"
                                     "t\xc3\xa9",
                                     "\xff"};
    QCOMPARE(written(lines), expected);
}

void SortedLinesTest::runsLeaveNoFileBehind()
{
    QTemporaryDir folder;
    {
        SortedLines lines(folder.path(), 64);
        for (int i = 999; i >= 0; --i)
            QVERIFY(lines.add(QByteArray::number(i).rightJustified(4, '0')).ok());
        // Nameless while in use: a process killed now would leave nothing in the folder.
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        const QList<QByteArray> sorted = written(lines);
        QCOMPARE(sorted.size(), 1000);
        QCOMPARE(sorted.constFirst(), "0000");
        QCOMPARE(sorted.constLast(), "0999");
        QVERIFY(std::is_sorted(sorted.cbegin(), sorted.cend()));
    }
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void SortedLinesTest::aFolderThatIsNotThereIsSaid()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(u"gone"_s);
    SortedLines lines(folder, 4);
    const Status added = lines.add("12345");
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.startsWith(u"Could not sort the lines in %1: "_s.arg(folder)),
             qPrintable(added.error().message));
    // Kept: later lines are dropped, and the output is refused with the same reason.
    QCOMPARE(lines.add("6").error().message, added.error().message);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QCOMPARE(lines.writeTo(out).error().message, added.error().message);
    QCOMPARE(out.data(), QByteArray());
}

void SortedLinesTest::aFullDiskIsSaid()
{
    QTemporaryDir folder;
    for (const qsizetype runBytes : {SortedLines::DefaultRunBytes, qsizetype(2)}) {
        SortedLines lines(folder.path(), runBytes);
        QVERIFY(lines.add("b").ok());
        QVERIFY(lines.add("a").ok());
        QFile full(u"/dev/full"_s);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const Status status = lines.writeTo(full);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().message, u"Could not sort the lines in %1: No space left on device"_s.arg(
                                             QDir::toNativeSeparators(folder.path())));
    }
}

QTEST_GUILESS_MAIN(SortedLinesTest)
#include "tst_sorted_lines.moc"
