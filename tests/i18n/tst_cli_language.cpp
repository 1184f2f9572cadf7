// The real `appkeys` program in the user's language: the system locale decides, --lang overrides it for the command
// line and the window alike, and a language AppKeys does not speak is a clear usage error.
#include "SampleApps.h"
#include "TemporaryRegistry.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

constexpr int BadUsage = 2;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const { return u"exit code %1\n--- stdout:\n%2--- stderr:\n%3"_s.arg(exitCode).arg(out, err); }
};

/// The environment of a user whose only language setting is LANG (LANGUAGE and LC_* would take precedence).
QProcessEnvironment environmentWithLang(const QString& lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, lang);
    // A window started by mistake must not wait for a display.
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

Run runAppKeys(const QStringList& arguments, const QString& lang = u"C.UTF-8"_s)
{
    QProcess process;
    process.setProcessEnvironment(environmentWithLang(lang));
    process.start(QStringLiteral(APPKEYS_EXECUTABLE), arguments);
    Run run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    else
        process.kill();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class CliLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpFollowsLangOption_data();
    void helpFollowsLangOption();
    void systemLocaleChoosesTheLanguage_data();
    void systemLocaleChoosesTheLanguage();
    void listOnAnEmptyRegistrySpeaksGerman();
    void pluralFormsFollowTheCount_data();
    void pluralFormsFollowTheCount();
    void unknownLanguageIsAUsageError();
    void languageOptionWithoutLanguageIsAUsageError();
    void windowRefusesAnUnknownOptionInItsLanguage();
    void anUnknownOptionWithAnUnknownLanguageIsAUsageError();

private:
    QString m_emptyRegistry;
    std::unique_ptr<TemporaryRegistry> m_registry;
};

void CliLanguageTest::initTestCase()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_emptyRegistry = m_registry->filePath();
    m_registry->close();
}

void CliLanguageTest::helpFollowsLangOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedUsage");
    QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s}
                               << u"Aufruf: appkeys [BEFEHL] [OPTIONEN]"_s;
    QTest::newRow("--lang=es after the command")
        << QStringList{u"--help"_s, u"--lang=es"_s} << u"Uso: appkeys [ORDEN] [OPCIONES]"_s;
    QTest::newRow("--lang de_AT") << QStringList{u"--lang"_s, u"de_AT"_s, u"--help"_s}
                                  << u"Aufruf: appkeys [BEFEHL] [OPTIONEN]"_s;
    QTest::newRow("--lang en") << QStringList{u"--lang"_s, u"en"_s, u"--help"_s}
                               << u"Usage: appkeys [COMMAND] [OPTIONS]"_s;
}

void CliLanguageTest::helpFollowsLangOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedUsage);

    const Run run = runAppKeys(arguments, u"de_DE.UTF-8"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(expectedUsage), qPrintable(run.describe()));
}

void CliLanguageTest::systemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expectedUsage");
    QTest::addColumn<QString>("expectedCommandsHeading");
    QTest::newRow("German") << u"de_DE.UTF-8"_s << u"Aufruf: appkeys"_s << u"Befehle:"_s;
    QTest::newRow("Spanish") << u"es_ES.UTF-8"_s << u"Uso: appkeys"_s << u"Órdenes:"_s;
    QTest::newRow("English") << u"en_GB.UTF-8"_s << u"Usage: appkeys"_s << u"Commands:"_s;
    QTest::newRow("French, not spoken: English") << u"fr_FR.UTF-8"_s << u"Usage: appkeys"_s << u"Commands:"_s;
}

void CliLanguageTest::systemLocaleChoosesTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, expectedUsage);
    QFETCH(QString, expectedCommandsHeading);

    const Run run = runAppKeys({u"--help"_s}, lang);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(expectedUsage), qPrintable(run.describe()));
    QVERIFY2(run.out.contains(expectedCommandsHeading), qPrintable(run.describe()));
}

void CliLanguageTest::listOnAnEmptyRegistrySpeaksGerman()
{
    const Run run = runAppKeys({u"--lang"_s, u"de"_s, u"list"_s, u"--database"_s, m_emptyRegistry});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString header = run.out.section(u'\n', 0, 0);
    for (const QString& column : {u"Name"_s, u"Quell-App"_s, u"Anmeldebenutzertyp"_s, u"Läuft ab"_s, u"Erstellt am"_s})
        QVERIFY2(header.contains(column), qPrintable(run.describe()));
    QVERIFY2(!header.contains(u"Source App"_s), qPrintable(run.describe()));
}

void CliLanguageTest::pluralFormsFollowTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("appCount");
    QTest::addColumn<QString>("expectedOutput");
    QTest::newRow("English, one") << u"en"_s << 1 << u"Audit trail verified: 1 entry.\n"_s;
    QTest::newRow("English, two") << u"en"_s << 2 << u"Audit trail verified: 2 entries.\n"_s;
    QTest::newRow("German, one") << u"de"_s << 1 << u"Prüfprotokoll geprüft: 1 Eintrag.\n"_s;
    QTest::newRow("German, two") << u"de"_s << 2 << u"Prüfprotokoll geprüft: 2 Einträge.\n"_s;
    QTest::newRow("Spanish, one") << u"es"_s << 1 << u"Historial de auditoría verificado: 1 entrada.\n"_s;
    QTest::newRow("Spanish, two") << u"es"_s << 2 << u"Historial de auditoría verificado: 2 entradas.\n"_s;
}

void CliLanguageTest::pluralFormsFollowTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, appCount);
    QFETCH(QString, expectedOutput);

    // Each app created is one audit entry.
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    for (int number = 1; number <= appCount; ++number) {
        const AppRecord app = SampleApps::record(u"App %1"_s.arg(number), QDateTime::currentDateTimeUtc());
        QVERIFY(registry.repository()->insertApp(app).ok());
    }
    registry.close();

    const Run run = runAppKeys({u"--lang"_s, language, u"audit"_s, u"verify"_s, u"--database"_s, registry.filePath()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.section(u'\n', 0, 0) + u'\n', expectedOutput);
}

void CliLanguageTest::unknownLanguageIsAUsageError()
{
    const Run run = runAppKeys({u"--lang"_s, u"fr"_s, u"list"_s, u"--database"_s, m_emptyRegistry});
    QVERIFY2(run.exitCode == BadUsage, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(u"appkeys: AppKeys does not speak the language “fr”."_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"de (Deutsch)"_s) && run.err.contains(u"es (español)"_s), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
}

void CliLanguageTest::languageOptionWithoutLanguageIsAUsageError()
{
    const Run run = runAppKeys({u"list"_s, u"--lang"_s}, u"de_DE.UTF-8"_s);
    QVERIFY2(run.exitCode == BadUsage, qPrintable(run.describe()));
    // The message itself is in the system's language.
    QVERIFY2(run.err.startsWith(u"appkeys: --lang braucht eine Sprache."_s), qPrintable(run.describe()));
}

void CliLanguageTest::windowRefusesAnUnknownOptionInItsLanguage()
{
    // An option the window does not know ends its start-up with a usage error, as for a command, in the language
    // --lang chose; --lang itself is no unknown option.
    const Run run = runAppKeys({u"--lang"_s, u"de"_s, u"--read-only"_s, u"--no-such-option"_s});
    QVERIFY2(run.exitCode == BadUsage, qPrintable(run.describe()));
    QCOMPARE(run.err, u"appkeys: unbekannte Option '--no-such-option'\nVersuchen Sie 'appkeys --help'.\n"_s);
}

void CliLanguageTest::anUnknownOptionWithAnUnknownLanguageIsAUsageError()
{
    // An option the window does not take goes to the command line, which refuses a language it does not speak.
    const Run run = runAppKeys({u"--lang"_s, u"xx"_s, u"--no-such-option"_s}, u"es_ES.UTF-8"_s);
    QVERIFY2(run.exitCode == BadUsage, qPrintable(run.describe()));
    QCOMPARE(run.err, u"appkeys: AppKeys no habla el idioma «xx».\nElija uno de: en (English), de (Deutsch), es "
                      u"(español).\n"_s);
}

QTEST_GUILESS_MAIN(CliLanguageTest)
#include "tst_cli_language.moc"
