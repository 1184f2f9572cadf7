#include "AppFilter.h"
#include "SearchLead.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

class AppFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void searchableTextIsFoldedUtf8WithASeparatorBetweenFields();
    void searchNeverMatchesAcrossTwoFields();
    void aLongerSearchTextNarrows();
    void anyOtherChangeDoesNotNarrow();
    void theLikePatternKeepsEveryMatch_data();
    void theLikePatternKeepsEveryMatch();
    void theTrigramsAreThoseOfEveryMatch_data();
    void theTrigramsAreThoseOfEveryMatch();
    void aPasteGivesAtMostMaxTrigrams();
    void aLeadTellsOnlyOfTheBytesItHolds();
};

namespace {

AppOverview overviewNamed(const QString& name)
{
    AppOverview overview;
    overview.app.applicationId = u"0b1c"_s;
    overview.app.details.name = name;
    overview.app.details.uri = u"https://x.example"_s;
    overview.app.details.description = u"Desc"_s;
    overview.app.createdBy = u"ann"_s;
    return overview;
}

AppFilter searching(const QString& text)
{
    AppFilter filter;
    filter.searchText = text;
    return filter;
}

} // namespace

void AppFilterTest::searchableTextIsFoldedUtf8WithASeparatorBetweenFields()
{
    QCOMPARE(AppFilter::searchableText(overviewNamed(u"Café DESK"_s).app),
             QByteArray("caf\xc3\xa9 desk\0"
                        "0b1c\0https://x.example\0desc\0ann",
                        42));
    QCOMPARE(AppFilter::foldForSearch(u"CAFÉ"_s), QByteArray("caf\xc3\xa9"));
}

void AppFilterTest::searchNeverMatchesAcrossTwoFields()
{
    const AppOverview overview = overviewNamed(u"Front desk"_s);
    QVERIFY(searching(u"DESK"_s).matches(overview, {}));
    QVERIFY(searching(u"x.EXAMPLE"_s).matches(overview, {}));
    QVERIFY(!searching(u"desk0b1c"_s).matches(overview, {}));
    QVERIFY(!searching(u"descann"_s).matches(overview, {}));
}

void AppFilterTest::aLongerSearchTextNarrows()
{
    QVERIFY(searching(u"desk"_s).narrows(searching(u"de"_s)));
    QVERIFY(searching(u"front DESK"_s).narrows(searching(u"Desk"_s)));
    QVERIFY(searching(u"de"_s).narrows(searching(QString())));
    QVERIFY(searching(u"de"_s).narrows(searching(u"de"_s)));
    QVERIFY(!searching(u"de"_s).narrows(searching(u"desk"_s)));
    QVERIFY(!searching(u"dx"_s).narrows(searching(u"de"_s)));
}

void AppFilterTest::anyOtherChangeDoesNotNarrow()
{
    AppFilter withStatus = searching(u"desk"_s);
    withStatus.status = u"active"_s;
    QVERIFY(!withStatus.narrows(searching(u"de"_s)));
    AppFilter withDays = searching(u"desk"_s);
    withDays.expiresWithinDays = 30;
    QVERIFY(!withDays.narrows(searching(u"de"_s)));
    QVERIFY(!searching(u"desk"_s).narrows(withStatus));
}

void AppFilterTest::theLikePatternKeepsEveryMatch_data()
{
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<AppFilter::LikeText>("text");
    QTest::addColumn<QString>("pattern");
    const auto lowered = AppFilter::LikeText::LowersAscii;
    const auto folded = AppFilter::LikeText::FoldsOntoAscii;
    QTest::newRow("ASCII, lowered") << u"Harbor Desk"_s << lowered << u"%harbor de__%"_s;
    // KELVIN SIGN and LONG S fold onto k and s; a database may not lower them so.
    QTest::newRow("k and s stand for any one character") << u"KIOSK"_s << lowered << u"%_io__%"_s;
    // Unless the text was folded so (PostgreSQL's searched text).
    QTest::newRow("k and s, folded text") << u"KIOSK"_s << folded << u"%kiosk%"_s;
    QTest::newRow("beyond ASCII, any one character") << u"Café 日本"_s << lowered << u"%caf_ __%"_s;
    QTest::newRow("beyond ASCII, folded text") << u"Café ſ"_s << folded << u"%caf_ _%"_s;
    QTest::newRow("outside the BMP: one character, not two") << u"a🎉b"_s << lowered << u"%a_b%"_s;
    // A pasted megabyte: its prefix, under SQLite's limit of 50,000 bytes on a pattern.
    QTest::newRow("1 MB paste") << QString(1 << 20, u'x') << lowered
                                << u"%"_s + QString(AppFilter::LikePatternPrefix, u'x') + u"%"_s;
    QTest::newRow("LIKE's own characters escaped") << u"100%_\\x"_s << folded << u"%100\\%\\_\\\\x%"_s;
}

void AppFilterTest::theLikePatternKeepsEveryMatch()
{
    QFETCH(QString, searchText);
    QFETCH(AppFilter::LikeText, text);
    QFETCH(QString, pattern);
    QCOMPARE(AppFilter::likePatternFor(searchText, text), pattern);
}

void AppFilterTest::theTrigramsAreThoseOfEveryMatch_data()
{
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<QStringList>("trigrams");
    QTest::newRow("ASCII, lowered, k and s too")
        << u"Harbor Spa"_s
        << QStringList{u"har"_s, u"arb"_s, u"rbo"_s, u"bor"_s, u"or "_s, u"r s"_s, u" sp"_s, u"spa"_s};
    QTest::newRow("beyond ASCII ends a piece")
        << u"Café 日本 desk"_s << QStringList{u"caf"_s, u" de"_s, u"des"_s, u"esk"_s};
    QTest::newRow("a control character ends a piece") << u"ab\ncd\0efg"_s << QStringList{u"efg"_s};
    QTest::newRow("each once") << u"aaaaa"_s << QStringList{u"aaa"_s};
    QTest::newRow("too short") << u"ab"_s << QStringList{};
    QTest::newRow("quotes and wildcards are text") << u"\"%_*"_s << QStringList{u"\"%_"_s, u"%_*"_s};
}

void AppFilterTest::theTrigramsAreThoseOfEveryMatch()
{
    QFETCH(QString, searchText);
    QFETCH(QStringList, trigrams);
    QCOMPARE(AppFilter::trigramsOfEveryMatch(searchText), trigrams);
}

void AppFilterTest::aPasteGivesAtMostMaxTrigrams()
{
    QString paste;
    for (int i = 0; i < (1 << 20); ++i)
        paste += QChar(u'a' + i % 26);
    const QStringList trigrams = AppFilter::trigramsOfEveryMatch(paste);
    QCOMPARE(trigrams.size(), 26); // "abc" … "zab", then each again
    QCOMPARE(trigrams.constLast(), u"zab"_s);
    QString distinct;
    for (int i = 0; i < 200; ++i)
        distinct += QChar(0x21 + (i * 7) % 94);
    QCOMPARE(AppFilter::trigramsOfEveryMatch(distinct).size(), AppFilter::MaxTrigrams);
}

void AppFilterTest::aLeadTellsOnlyOfTheBytesItHolds()
{
    // The first 15 bytes from the match: a longer search text is told to occur there only when all of it is held.
    const QByteArray text("wellness studio\0berlin", 22);
    const SearchLead lead = SearchLead::of(text);
    QCOMPARE(int(lead.size), SearchLead::Capacity);
    QCOMPARE(QByteArrayView(lead.bytes.data(), lead.size), QByteArrayView("wellness studio"));
    QVERIFY(lead.startsWith("welln"));
    QVERIFY(lead.startsWith("wellness studio"));
    QVERIFY(!lead.startsWith(QByteArrayView("wellness studio\0", 16))); // true of the text, but not held
    QVERIFY(!lead.startsWith("wellnesx"));

    // A text shorter than a lead: the bytes after it are not the text's, whatever they hold.
    const SearchLead shortLead = SearchLead::of("spa");
    QCOMPARE(int(shortLead.size), 3);
    QVERIFY(shortLead.startsWith("sp"));
    QVERIFY(shortLead.startsWith("spa"));
    QVERIFY(!shortLead.startsWith(QByteArrayView("spa\0", 4)));
    QVERIFY(SearchLead::of({}).startsWith({}));
}

QTEST_MAIN(AppFilterTest)
#include "tst_app_filter.moc"
