// Runs lupdate over today's sources into copies of translations/*.ts, as `update_translations` would, and fails
// while a text is untranslated (new or changed in the sources) or a text that is gone from the sources is still in a
// .ts file: a new string without its German and Spanish translation breaks the tests.
#include "PermissionCatalogueNames.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;             ///< "unfinished", "vanished", "obsolete" or empty for a finished translation
    QStringList translations; ///< one per plural form, else one
};

QString sourceDir()
{
    return QStringLiteral(APPKEYS_SOURCE_DIR);
}

/// Every file lupdate reads, as translations/CMakeLists.txt globs them, with -I for each folder under src/.
QStringList lupdateInputs()
{
    QStringList inputs;
    QDirIterator folders(sourceDir() + u"/src"_s, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (folders.hasNext())
        inputs.append(u"-I"_s + folders.next());
    QDirIterator sources(sourceDir() + u"/src"_s, {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
    while (sources.hasNext())
        inputs.append(sources.next());
    return inputs;
}

QStringList readTranslation(QXmlStreamReader& xml)
{
    QStringList forms;
    QString text;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == u"translation"_s)
            break;
        if (xml.isStartElement() && xml.name() == u"numerusform"_s)
            forms.append(xml.readElementText());
        else if (xml.isCharacters())
            text += xml.text();
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}

Message readMessage(QXmlStreamReader& xml, const QString& context)
{
    Message message{context, {}, {}, {}};
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            message.translations = readTranslation(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

QList<Message> readMessages(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    xml.readNextStartElement(); // <TS>
    while (xml.readNextStartElement()) {
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"message"_s)
                messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    return messages;
}

QString describe(const QList<Message>& messages)
{
    QStringList lines;
    for (const Message& message : messages)
        lines.append(u"  [%1] %2"_s.arg(message.context, message.source));
    return lines.join(u'\n');
}

/// %1…%99, %n and %L1 as a sorted list: a translation must use exactly the source's placeholders.
QStringList placeholdersIn(const QString& text)
{
    static const QRegularExpression placeholder(u"%(n|L?\\d+)"_s);
    QStringList found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TranslationCoverageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void everyNameOfTheShippedCatalogueIsListedForTranslation();

private:
    /// The .ts file as lupdate leaves it after reading today's sources; empty when lupdate failed.
    QString updatedCopyOf(const QString& tsFileName, const QStringList& extraOptions);

    QTemporaryDir m_workDir;
    QString m_inputList;
};

void TranslationCoverageTest::initTestCase()
{
    QVERIFY(m_workDir.isValid());
    m_inputList = m_workDir.filePath(u"inputs.lst"_s);
    QFile list(m_inputList);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(lupdateInputs().join(u'\n').toUtf8());
}

QString TranslationCoverageTest::updatedCopyOf(const QString& tsFileName, const QStringList& extraOptions)
{
    const QString copy = m_workDir.filePath(tsFileName);
    QFile::remove(copy);
    if (!QFile::copy(sourceDir() + u"/translations/"_s + tsFileName, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    // Unlike update_translations, no -no-obsolete: a text gone from the sources must show up as vanished.
    lupdate.start(QStringLiteral(APPKEYS_LUPDATE),
                  extraOptions + QStringList{u"-locations"_s, u"none"_s, u"@"_s + m_inputList, u"-ts"_s, copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        qWarning("lupdate failed: %s %s", qPrintable(lupdate.errorString()), lupdate.readAllStandardError().data());
        return {};
    }
    return copy;
}

void TranslationCoverageTest::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("tsFileName");
    QTest::addColumn<QStringList>("lupdateOptions");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("German") << u"appkeys_de.ts"_s << QStringList{} << 2;
    QTest::newRow("Spanish") << u"appkeys_es.ts"_s << QStringList{} << 2;
    // English is the source language: only its plural forms ("1 alert", "2 alerts") need translating.
    QTest::newRow("English plural forms") << u"appkeys_en.ts"_s << QStringList{u"-pluralonly"_s} << 2;
}

void TranslationCoverageTest::everyTextIsTranslated()
{
    QFETCH(QString, tsFileName);
    QFETCH(QStringList, lupdateOptions);
    QFETCH(int, pluralForms);

    const QString updated = updatedCopyOf(tsFileName, lupdateOptions);
    QVERIFY2(!updated.isEmpty(), "lupdate did not update a copy of the .ts file");
    const QList<Message> messages = readMessages(updated);
    QVERIFY2(!messages.isEmpty(), "the updated .ts file holds no messages");

    QList<Message> untranslated;
    QList<Message> vanished;
    QList<Message> badPlaceholders;
    for (const Message& message : messages) {
        if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
            vanished.append(message);
        else if (message.type == u"unfinished"_s ||
                 std::any_of(message.translations.begin(), message.translations.end(),
                             [](const QString& text) { return text.isEmpty(); }) ||
                 (message.translations.size() > 1 && message.translations.size() != pluralForms))
            untranslated.append(message);
        else if (message.translations.size() == 1 &&
                 placeholdersIn(message.translations.first()) != placeholdersIn(message.source))
            badPlaceholders.append(message);
    }
    QStringList problems;
    if (!untranslated.isEmpty())
        problems.append(
            u"%1 text(s) without a translation:\n%2"_s.arg(untranslated.size()).arg(describe(untranslated)));
    if (!vanished.isEmpty())
        problems.append(u"%1 text(s) no longer in the sources:\n%2"_s.arg(vanished.size()).arg(describe(vanished)));
    if (!badPlaceholders.isEmpty())
        problems.append(
            u"%1 translation(s) with other placeholders than their source text:\n%2"_s.arg(badPlaceholders.size())
                .arg(describe(badPlaceholders)));
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"translations/%1:\n%2\nRun `cmake --build BUILD --target update_translations` and "
                        u"translate the file with Qt Linguist."_s.arg(tsFileName, problems.join(u'\n'))));
}

void TranslationCoverageTest::everyNameOfTheShippedCatalogueIsListedForTranslation()
{
    QFile file(sourceDir() + u"/resources/permissions.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray groups = QJsonDocument::fromJson(file.readAll()).object().value(u"groups"_s).toArray();
    QVERIFY(!groups.isEmpty());
    QSet<QString> listed;
    for (const char* name : AppKeys::PermissionCatalogueNames)
        listed.insert(QString::fromUtf8(name));

    QStringList unlisted;
    const auto check = [&](const QJsonValue& entry) {
        const QString name = entry.toObject().value(u"name"_s).toString();
        if (!listed.contains(name) && !unlisted.contains(name))
            unlisted.append(name);
    };
    for (const QJsonValue& group : groups) {
        check(group);
        for (const QJsonValue& permission : group.toObject().value(u"permissions"_s).toArray())
            check(permission);
    }
    QVERIFY2(unlisted.isEmpty(), qPrintable(u"Names in resources/permissions.json missing from "
                                            u"src/core/PermissionCatalogueNames.h: "_s +
                                            unlisted.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TranslationCoverageTest)
#include "tst_translation_coverage.moc"
