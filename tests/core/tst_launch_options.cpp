// The launch options that the window and every command share (LaunchOptions): the same words are accepted in any
// order and spelling, anything else is refused with the message the user sees, --lang is taken first without taking
// an option for its language, and --database, else the Settings, names the registry.
#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "LaunchOptions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {
const QString Registry = u"/srv/appkeys/registry.sqlite"_s;
}

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void definesTheThreeOptionsOnce();
    void readsTheOptionsInAnyOrderAndSpelling_data();
    void readsTheOptionsInAnyOrderAndSpelling();
    void refusesWhatIsNoLaunchOption_data();
    void refusesWhatIsNoLaunchOption();
    void takesTheLanguageFirst_data();
    void takesTheLanguageFirst();
    void aLanguageOptionWithoutLanguageLeavesReadOnlyInPlace();
    void databaseElseTheSettingsNameTheRegistry();

private:
    QTemporaryDir m_configHome;
};

void TestLaunchOptions::initTestCase()
{
    // Settings of this test's own: a developer's own registry location must not decide registryLocation().
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    applyApplicationIdentity();
    QVERIFY2(AppSettings().fileName().startsWith(m_configHome.path() + u'/'), qPrintable(AppSettings().fileName()));
}

void TestLaunchOptions::definesTheThreeOptionsOnce()
{
    const QList<CommandOption> options = LaunchOptions::definitions();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options.at(0).name, u"database"_s);
    QCOMPARE(options.at(0).valueName, u"LOCATION"_s);
    QCOMPARE(options.at(0).description,
             u"the registry: an SQLite file path, sqlite:///absolute/path or postgresql://role@host:port/database "
             "(default: the one in the Settings)"_s);
    QCOMPARE(options.at(1).name, u"read-only"_s);
    QCOMPARE(options.at(1).valueName, QString());
    QCOMPARE(options.at(1).description,
             u"open the registry read-only (every command but 'alerts --send' does so anyway)"_s);
    QCOMPARE(options.at(2).name, u"lang"_s);
    QCOMPARE(options.at(2).valueName, u"LANGUAGE"_s);
    QCOMPARE(options.at(2).description,
             u"the language of the window and the messages: en, de, es (default: the system's)"_s);
}

void TestLaunchOptions::readsTheOptionsInAnyOrderAndSpelling_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hasDatabase");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("none") << QStringList{} << false << QString() << false;
    QTest::newRow("--database X") << QStringList{u"--database"_s, Registry} << true << Registry << false;
    QTest::newRow("--database=X") << QStringList{u"--database="_s + Registry} << true << Registry << false;
    QTest::newRow("--read-only") << QStringList{u"--read-only"_s} << false << QString() << true;
    QTest::newRow("--lang de --read-only --database X")
        << QStringList{u"--lang"_s, u"de"_s, u"--read-only"_s, u"--database"_s, Registry} << true << Registry << true;
    QTest::newRow("--database=X --lang de --read-only")
        << QStringList{u"--database="_s + Registry, u"--lang"_s, u"de"_s, u"--read-only"_s} << true << Registry << true;
    QTest::newRow("--read-only --database X --lang=es")
        << QStringList{u"--read-only"_s, u"--database"_s, Registry, u"--lang=es"_s} << true << Registry << true;
    QTest::newRow("a PostgreSQL URL") << QStringList{u"--database=postgresql://support@db.example:5432/appkeys"_s}
                                      << true << u"postgresql://support@db.example:5432/appkeys"_s << false;
    QTest::newRow("the last --database counts")
        << QStringList{u"--database"_s, u"/tmp/first.sqlite"_s, u"--database="_s + Registry} << true << Registry
        << false;
    QTest::newRow("an empty --database= is the embedded default")
        << QStringList{u"--database="_s} << true << QString() << false;
}

void TestLaunchOptions::readsTheOptionsInAnyOrderAndSpelling()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, hasDatabase);
    QFETCH(QString, database);
    QFETCH(bool, readOnly);

    const Result<LaunchOptions> options = LaunchOptions::parse(arguments);
    QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().text()));
    QCOMPARE(options.value().database.has_value(), hasDatabase);
    QCOMPARE(options.value().database.value_or(QString()), database);
    QCOMPARE(options.value().readOnly, readOnly);
}

void TestLaunchOptions::refusesWhatIsNoLaunchOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"--read-only"_s, u"--no-such-option"_s}
                                    << u"unknown option '--no-such-option'"_s;
    QTest::newRow("a short option") << QStringList{u"-h"_s} << u"unknown option '-h'"_s;
    QTest::newRow("a command's option") << QStringList{u"--json"_s} << u"unknown option '--json'"_s;
    QTest::newRow("a word") << QStringList{u"--read-only"_s, u"--"_s, u"list"_s} << u"unexpected argument 'list'"_s;
    QTest::newRow("--database without a location")
        << QStringList{u"--database"_s} << u"option '--database' needs a value: --database LOCATION"_s;
    QTest::newRow("--database followed by an option") << QStringList{u"--database"_s, u"--read-only"_s}
                                                      << u"option '--database' needs a value: --database LOCATION"_s;
    QTest::newRow("--read-only with a value")
        << QStringList{u"--read-only=yes"_s} << u"option '--read-only' takes no value"_s;
}

void TestLaunchOptions::refusesWhatIsNoLaunchOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Result<LaunchOptions> options = LaunchOptions::parse(arguments);
    QVERIFY(!options.ok());
    QCOMPARE(options.error().message, message);
    QCOMPARE(options.error().hint, QString());
}

void TestLaunchOptions::takesTheLanguageFirst_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hasLanguage");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("remaining");
    QTest::newRow("none") << QStringList{u"--read-only"_s} << false << QString() << QStringList{u"--read-only"_s};
    QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s, u"list"_s} << true << u"de"_s
                               << QStringList{u"list"_s};
    QTest::newRow("--lang=es after the rest") << QStringList{u"--database"_s, Registry, u"--lang=es"_s} << true
                                              << u"es"_s << QStringList{u"--database"_s, Registry};
    QTest::newRow("--lang followed by an option")
        << QStringList{u"--lang"_s, u"--read-only"_s} << true << QString() << QStringList{u"--read-only"_s};
    QTest::newRow("--lang last") << QStringList{u"list"_s, u"--lang"_s} << true << QString() << QStringList{u"list"_s};
}

void TestLaunchOptions::takesTheLanguageFirst()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, hasLanguage);
    QFETCH(QString, language);
    QFETCH(QStringList, remaining);

    const std::optional<QString> taken = LaunchOptions::takeLanguage(arguments);
    QCOMPARE(taken.has_value(), hasLanguage);
    QCOMPARE(taken.value_or(QString()), language);
    QCOMPARE(arguments, remaining);
}

void TestLaunchOptions::aLanguageOptionWithoutLanguageLeavesReadOnlyInPlace()
{
    // `appkeys --lang --read-only`: the window warns that --lang names no language, and must still open read-only.
    QStringList arguments{u"--lang"_s, u"--read-only"_s};
    QCOMPARE(LaunchOptions::takeLanguage(arguments), std::optional<QString>(QString()));
    const Result<LaunchOptions> options = LaunchOptions::parse(arguments);
    QVERIFY(options.ok());
    QVERIFY(options.value().readOnly);
}

void TestLaunchOptions::databaseElseTheSettingsNameTheRegistry()
{
    LaunchOptions withoutDatabase;
    QCOMPARE(withoutDatabase.registryLocation(), QString());

    AppSettings settings;
    QVERIFY(settings.setRegistryLocation(Registry).isValid());
    QVERIFY(settings.save().ok());
    QCOMPARE(withoutDatabase.registryLocation(), Registry);

    LaunchOptions withDatabase;
    withDatabase.database = u"/tmp/other.sqlite"_s;
    QCOMPARE(withDatabase.registryLocation(), u"/tmp/other.sqlite"_s);

    QVERIFY(settings.setRegistryLocation({}).isValid());
    QVERIFY(settings.save().ok());
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launch_options.moc"
