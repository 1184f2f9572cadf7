#include "IsoTime.h"

#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites();
    void readsWhatQtReads();
};

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

void TestIsoTime::writesWhatQtWrites()
{
    // Written digit by digit where the form is fixed, and by Qt elsewhere: either way what Qt writes.
    const QList<QDateTime> times{utc(2026, 3, 1, 9, 30, 0, 123),
                                 utc(1, 1, 1, 0, 0),
                                 utc(9999, 12, 31, 23, 59, 59, 999),
                                 utc(10000, 1, 1, 0, 0),
                                 utc(-1, 6, 1, 12, 0),
                                 QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600),
                                 QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 5), Qt::LocalTime)};
    for (const QDateTime& time : times)
        QCOMPARE(IsoTime::text(time), time.toUTC().toString(Qt::ISODateWithMs));
    QCOMPARE(IsoTime::text(utc(2026, 3, 1, 9, 30, 0, 7)), u"2026-03-01T09:30:00.007Z"_s);
    QCOMPARE(IsoTime::text(QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600)),
             u"2025-12-31T23:30:00.000Z"_s);
    QCOMPARE(IsoTime::text(QDateTime()), QString());
}

void TestIsoTime::readsWhatQtReads()
{
    // Read field by field in its own form, and by Qt otherwise: either way what Qt's ISO parser reads, for valid
    // dates and times, invalid ones, other forms and other digits.
    const QStringList texts{u"2025-01-31T09:30:00.000Z"_s,
                            u"2024-02-29T23:59:59.999Z"_s,
                            u"0001-01-01T00:00:00.000Z"_s,
                            u"9999-12-31T23:59:59.999Z"_s,
                            u"2025-02-29T09:30:00.000Z"_s,
                            u"2025-13-01T09:30:00.000Z"_s,
                            u"2025-01-31T24:00:00.000Z"_s,
                            u"2025-01-31T23:59:60.000Z"_s,
                            u"0000-01-01T00:00:00.000Z"_s,
                            u"abcd-01-31T09:30:00.000Z"_s,
                            u"-001-01-31T09:30:00.000Z"_s,
                            u"2025-01-31T09:30:00Z"_s,
                            u"2025-01-31T09:30:00.000+01:00"_s,
                            u"2025-01-31 09:30:00.000Z"_s,
                            u"\uff12\uff10\uff12\uff15-01-31T09:30:00.000Z"_s,
                            QString()};
    for (const QString& text : texts)
        QCOMPARE(IsoTime::parse(text), QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
    QCOMPARE(IsoTime::parse(u"2025-01-31T09:30:00.007Z"), utc(2025, 1, 31, 9, 30, 0, 7));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(IsoTime::parse(IsoTime::text(now)), now);
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_iso_time.moc"
