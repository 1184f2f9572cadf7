// The audit view on a real SQLite registry: global and per app, its filters, the chain check and the export.
// Nothing here reads the keychain, so an in-memory double stands in for it.
#include "AppRepository.h"
#include "AuditChoices.h"
#include "AuditJson.h"
#include "AuditLog.h"
#include "AuditTableModel.h"
#include "AuditTrailWindow.h"
#include "FieldMessageLabel.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "KeyRepository.h"
#include "LocalTime.h"
#include "MainWindow.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "TemporarySession.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"
#include "WizardDriver.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Start = FixedClock::defaultNow();
const QString OtherActor = u"admin2@office"_s;

/// The texts a label had each time it was painted: what the user saw, even of a line shown only for a moment.
class PaintedTexts : public QObject
{
public:
    explicit PaintedTexts(QLabel* label) { label->installEventFilter(this); }
    QStringList texts;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            texts.append(static_cast<QLabel*>(watched)->text());
        return false;
    }
};

} // namespace

class AuditViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void viewMenuOpensTheWholeTrail();
    void filtersNarrowByActionActorAppAndDates();
    void verifyReportsAnIntactChainThenTheBrokenEntry();
    void aLongVerificationShowsItsProgress();
    void exportWritesWhatIsShownAsCsvAndJson();
    void detailsPanelOpensTheTrailOfItsApp();
    void anOpenViewShowsTheNextActionAtOnce();
    void theChoicesAreReadThenOnlyWhatWasAppended();
    void theAppFilterFindsAnAppByAnyPartOfItsName();

private:
    /// Alpha and Beta created on day 0, Beta deactivated on day 5, a key for Alpha on day 10, Beta reactivated by
    /// another admin on day 12, Gamma created and deleted on day 20.
    void seedTrail();
    void at(int day) { m_clock->setNowUtc(Start.addDays(day)); }
    AuditTrailWindow* openFromViewMenu();
    QStringList column(int column) const;
    void setDate(const QString& checkName, const QString& dateName, const QDate& date);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporarySession> m_registry;
    std::unique_ptr<MainWindow> m_window;
    QPointer<AuditTrailWindow> m_auditWindow;
    AppRecord m_alpha;
    AppRecord m_beta;
    AppRecord m_gamma;
};

void AuditViewTest::initTestCase()
{
    // The texts as the program shows them in English, with its plural forms ("1 day", "15 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void AuditViewTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporarySession>(std::make_shared<InMemorySecretStore>(), m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    seedTrail();
    m_window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(m_window);
}

void AuditViewTest::cleanup()
{
    m_window.reset();
    m_registry.reset();
}

void AuditViewTest::seedTrail()
{
    const auto& repository = m_registry->session().repository;
    m_alpha = SampleApps::record(u"Alpha"_s, Start);
    m_beta = SampleApps::record(u"Beta"_s, Start);
    m_gamma = SampleApps::record(u"Gamma"_s, Start);
    QVERIFY(repository->insertApp(m_alpha).ok());
    QVERIFY(repository->insertApp(m_beta).ok());
    at(5);
    QVERIFY(repository->setActive(m_beta.applicationId, false).ok());
    at(10);
    QVERIFY(m_registry->session().keys->insertKey(SampleApps::key(m_alpha.applicationId, Start.addDays(10))).ok());
    // A second admin, on the same trail: the entry goes through the same hash chain, and the table shows its effect.
    QSqlDatabase db = m_registry->session().database->connection();
    QVERIFY(db.transaction());
    QSqlQuery reactivate(db);
    QVERIFY(
        reactivate.exec(u"UPDATE apps SET status = 'active' WHERE application_id = '%1'"_s.arg(m_beta.applicationId)));
    QVERIFY(AuditLog::appendInTransaction(db, OtherActor, Start.addDays(12), AuditAction::AppReactivated,
                                          m_beta.applicationId, {}, {})
                .ok());
    QVERIFY(db.commit());
    at(20);
    QVERIFY(repository->insertApp(m_gamma).ok());
    QVERIFY(repository->markDeleted(m_gamma.applicationId).ok());
    at(21);
}

AuditTrailWindow* AuditViewTest::openFromViewMenu()
{
    WindowDriver::trigger(*m_window, u"auditTrailAction"_s);
    m_auditWindow = m_window->findChild<AuditTrailWindow*>();
    if (!m_auditWindow || !QTest::qWaitForWindowExposed(m_auditWindow))
        return nullptr;
    // The choices of the filters, with the apps' names, come from the window's reader.
    const auto* apps = m_auditWindow->findChild<QComboBox*>(u"appCombo"_s);
    if (!QTest::qWaitFor([apps] { return apps->count() > 1; }))
        return nullptr;
    return m_auditWindow;
}

QStringList AuditViewTest::column(int column) const
{
    const QAbstractItemModel* model = m_auditWindow->findChild<QTableView*>(u"auditTable"_s)->model();
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

void AuditViewTest::setDate(const QString& checkName, const QString& dateName, const QDate& date)
{
    auto* check = m_auditWindow->findChild<QCheckBox*>(checkName);
    auto* edit = m_auditWindow->findChild<QDateEdit*>(dateName);
    QVERIFY(check && edit);
    if (!check->isChecked())
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(check->isChecked());
    QVERIFY(edit->isEnabled());
    edit->setDate(date);
}

void AuditViewTest::viewMenuOpensTheWholeTrail()
{
    QVERIFY(openFromViewMenu());
    QCOMPARE(m_auditWindow->windowTitle(), u"Audit trail — AppKeys"_s);
    const int total = int(m_registry->session().auditLog->entries().value().size());
    QCOMPARE(total, 7);
    QCOMPARE(m_auditWindow->findChild<QLabel*>(u"entryCountLabel"_s)->text(), u"7 of 7 entries"_s);
    // Newest first; actions by name, apps by name, a deleted app marked as such.
    QCOMPARE(column(AuditTableModel::SequenceColumn),
             (QStringList{u"7"_s, u"6"_s, u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"1"_s}));
    QCOMPARE(column(AuditTableModel::ActionColumn),
             (QStringList{u"App deleted"_s, u"App created"_s, u"App reactivated"_s, u"Key generated"_s,
                          u"App deactivated"_s, u"App created"_s, u"App created"_s}));
    QCOMPARE(column(AuditTableModel::AppColumn).first(), u"Gamma (deleted)"_s);
    QCOMPARE(column(AuditTableModel::ActorColumn).at(2), OtherActor);
    QCOMPARE(column(AuditTableModel::TimeColumn).last(), LocalTime::seconds(Start));
    QAbstractItemModelTester tester(m_auditWindow->findChild<QTableView*>(u"auditTable"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_auditWindow->reload();
}

void AuditViewTest::filtersNarrowByActionActorAppAndDates()
{
    QVERIFY(openFromViewMenu());

    WindowDriver::choose(*m_auditWindow, u"actionCombo"_s, u"key.generated"_s);
    QCOMPARE(column(AuditTableModel::AppColumn), QStringList{u"Alpha"_s});
    QCOMPARE(m_auditWindow->findChild<QLabel*>(u"entryCountLabel"_s)->text(), u"1 of 7 entries"_s);
    WindowDriver::choose(*m_auditWindow, u"actionCombo"_s, QString());

    auto* actors = m_auditWindow->findChild<QComboBox*>(u"actorCombo"_s);
    QCOMPARE(actors->count(), 3);
    WindowDriver::choose(*m_auditWindow, u"actorCombo"_s, OtherActor);
    QCOMPARE(column(AuditTableModel::ActionColumn), QStringList{u"App reactivated"_s});
    WindowDriver::choose(*m_auditWindow, u"actorCombo"_s, QString());

    auto* apps = m_auditWindow->findChild<QComboBox*>(u"appCombo"_s);
    QVERIFY(apps->findText(u"Gamma (deleted)"_s) >= 0);
    WindowDriver::choose(*m_auditWindow, u"appCombo"_s, m_beta.applicationId);
    QCOMPARE(column(AuditTableModel::ActionColumn),
             (QStringList{u"App reactivated"_s, u"App deactivated"_s, u"App created"_s}));
    WindowDriver::choose(*m_auditWindow, u"appCombo"_s, QString());

    // From day 5 to day 12, both days included, in the user's own calendar.
    setDate(u"fromCheck"_s, u"fromDate"_s, Start.addDays(5).toLocalTime().date());
    setDate(u"untilCheck"_s, u"untilDate"_s, Start.addDays(12).toLocalTime().date());
    QCOMPARE(column(AuditTableModel::ActionColumn),
             (QStringList{u"App reactivated"_s, u"Key generated"_s, u"App deactivated"_s}));
    const AuditFilter filter = m_auditWindow->filter();
    QVERIFY(filter.from <= Start.addDays(5) && filter.until > Start.addDays(12));

    // Filters combine.
    WindowDriver::choose(*m_auditWindow, u"appCombo"_s, m_alpha.applicationId);
    QCOMPARE(column(AuditTableModel::ActionColumn), QStringList{u"Key generated"_s});
}

void AuditViewTest::verifyReportsAnIntactChainThenTheBrokenEntry()
{
    QVERIFY(openFromViewMenu());
    auto* message = m_auditWindow->findChild<FieldMessageLabel*>(u"verifyMessage"_s);
    auto* verify = m_auditWindow->findChild<QPushButton*>(u"verifyButton"_s);

    WizardDriver::click(verify);
    // The keychain, which holds the key of this machine's checkpoints, answers asynchronously.
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->severity() == FieldCheck::Severity::Ok, qPrintable(message->text()));
    QCOMPARE(message->text(),
             u"Verified: all 7 entries of the audit trail are intact, each linked to the one before. This machine "
             "had no checkpoint of this trail yet, and keeps one from now on. Every app, secret and key in the "
             "registry was issued by an entry."_s);

    // Someone edits entry 4 in the file, past AppKeys.
    QVERIFY(RawSql::executeOutsideAppKeys(m_registry->registryPath(),
                                          u"UPDATE audit_log SET actor = 'mallory@nowhere' WHERE sequence = 4"_s));
    WizardDriver::click(verify);

    QTRY_COMPARE(message->severity(), FieldCheck::Severity::Invalid);
    QVERIFY2(message->text().startsWith(u"Audit trail broken at entry 4: "_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"cannot be trusted"_s));
}

void AuditViewTest::aLongVerificationShowsItsProgress()
{
    // Reads, which change no table: with them the trail is long enough for one progress report, at entry 10,000.
    QSqlDatabase db = m_registry->session().database->connection();
    QVERIFY(db.transaction());
    for (qint64 read = 0; read < AuditVerification::ProgressInterval; ++read) {
        QVERIFY(AuditLog::appendInTransaction(db, OtherActor, Start.addDays(21), AuditAction::SecretRevealed,
                                              m_alpha.applicationId, {}, {})
                    .ok());
    }
    QVERIFY(db.commit());
    QVERIFY(openFromViewMenu());
    auto* message = m_auditWindow->findChild<FieldMessageLabel*>(u"verifyMessage"_s);
    const PaintedTexts painted(message);

    WizardDriver::click(m_auditWindow->findChild<QPushButton*>(u"verifyButton"_s));
    QTRY_VERIFY2(message->text().startsWith(u"Verified: all 10007 entries"_s), qPrintable(message->text()));
    const QString progress = u"Checking the audit trail: %1 of %2 entries…"_s.arg(
        m_auditWindow->locale().toString(qint64(10000)), m_auditWindow->locale().toString(qint64(10007)));
    QVERIFY2(painted.texts.contains(progress), qPrintable(painted.texts.join(u" | "_s)));
    // Then the tables, compared AuditTableComparison::AppsPerSlice apps at a time: one slice holds the registry's three
    // (one deleted).
    QVERIFY2(painted.texts.contains(u"Comparing the tables with the audit trail: 3 of 3 apps…"_s),
             qPrintable(painted.texts.join(u" | "_s)));
}

void AuditViewTest::exportWritesWhatIsShownAsCsvAndJson()
{
    QVERIFY(openFromViewMenu());
    WindowDriver::choose(*m_auditWindow, u"appCombo"_s, m_beta.applicationId);
    AuditFilter beta;
    beta.applicationId = m_beta.applicationId;
    const QList<AuditEntry> shown = m_registry->session().auditLog->entries(beta).value();
    QCOMPARE(shown.size(), 3);
    QCOMPARE(m_auditWindow->findChild<QLabel*>(u"entryCountLabel"_s)->text(), u"3 of 7 entries"_s);

    WizardDriver::click(m_auditWindow->findChild<QPushButton*>(u"exportCsvButton"_s));
    const QString csvPath = m_registry->filePath(u"beta-audit.csv"_s);
    QVERIFY(WindowDriver::saveAs(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), AuditJson::fieldNames().join(u','));
    QCOMPARE(lines.first(), u"sequence,timestamp,actor,action,application_id,key_hint,details,previous_hash,hash"_s);
    // Oldest first, as the command line writes them.
    QCOMPARE(lines.at(1).section(u',', 0, 0), QString::number(shown.first().sequence));
    QVERIFY(lines.at(3).contains(OtherActor));
    QVERIFY(lines.at(3).endsWith(shown.last().hash));

    WizardDriver::click(m_auditWindow->findChild<QPushButton*>(u"exportJsonButton"_s));
    const QString jsonPath = m_registry->filePath(u"beta-audit.json"_s);
    QVERIFY(WindowDriver::saveAs(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(records.size(), 3);
    for (int index = 0; index < records.size(); ++index)
        QCOMPARE(records.at(index).toObject(), AuditJson::entry(shown.at(index)));
    QCOMPARE(records.at(0).toObject().value(u"action"_s).toString(), u"app.created"_s);
    QCOMPARE(records.at(0).toObject().value(u"application_id"_s).toString(), m_beta.applicationId);
    QVERIFY(
        m_auditWindow->findChild<FieldMessageLabel*>(u"verifyMessage"_s)->text().startsWith(u"3 entries exported"_s));
}

void AuditViewTest::detailsPanelOpensTheTrailOfItsApp()
{
    QVERIFY(WindowDriver::selectApp(*m_window, u"Beta"_s));
    WizardDriver::click(m_window->findChild<QPushButton*>(u"openAuditTrailButton"_s));
    m_auditWindow = m_window->findChild<AuditTrailWindow*>();
    QVERIFY(m_auditWindow);
    QVERIFY(QTest::qWaitForWindowExposed(m_auditWindow));

    // Named at once, before the choices are read; then among them, still chosen.
    auto* apps = m_auditWindow->findChild<QComboBox*>(u"appCombo"_s);
    QCOMPARE(apps->currentData().toString(), m_beta.applicationId);
    QCOMPARE(apps->currentText(), u"Beta"_s);
    QCOMPARE(column(AuditTableModel::ActionColumn).size(), 3);
    QTRY_COMPARE(apps->count(), 4);
    QCOMPARE(apps->currentData().toString(), m_beta.applicationId);
    QCOMPARE(apps->currentText(), u"Beta"_s);
    QCOMPARE(column(AuditTableModel::AppColumn), (QStringList{u"Beta"_s, u"Beta"_s, u"Beta"_s}));

    // The global view from the menu shows every app again.
    WindowDriver::trigger(*m_window, u"auditTrailAction"_s);
    QCOMPARE(m_window->findChildren<AuditTrailWindow*>().size(), 1);
    QCOMPARE(column(AuditTableModel::AppColumn).size(), 7);

    // An app created since the choices were read is offered by its name too.
    const AppRecord delta = SampleApps::record(u"Delta"_s, Start.addDays(21));
    QVERIFY(m_registry->session().repository->insertApp(delta).ok());
    m_window->openAuditTrail(delta.applicationId, u"Delta"_s);
    QCOMPARE(apps->currentData().toString(), delta.applicationId);
    QCOMPARE(apps->currentText(), u"Delta"_s);
    QCOMPARE(column(AuditTableModel::ActionColumn), QStringList{u"App created"_s});
}

void AuditViewTest::anOpenViewShowsTheNextActionAtOnce()
{
    QVERIFY(openFromViewMenu());
    QVERIFY(WindowDriver::selectApp(*m_window, u"Alpha"_s));

    WindowDriver::trigger(*m_window, u"deactivateAction"_s);
    auto* question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    WindowDriver::clickButton(question, u"confirmButton"_s);

    QTRY_COMPARE(column(AuditTableModel::ActionColumn).first(), u"App deactivated"_s);
    QCOMPARE(column(AuditTableModel::AppColumn).first(), u"Alpha"_s);
    QCOMPARE(m_auditWindow->findChild<QLabel*>(u"entryCountLabel"_s)->text(), u"8 of 8 entries"_s);
}

/// What the window's reader reads for the actor and app filters: the whole trail, then the entries appended since,
/// saying whether they changed the choices; a window that goes stops the read.
void AuditViewTest::theChoicesAreReadThenOnlyWhatWasAppended()
{
    const AuditLog& auditLog = *m_registry->session().auditLog;
    AuditChoices choices;
    const std::atomic<bool> goOn = false;
    QCOMPARE(choices.readAppended(auditLog, goOn).value(), true);
    QCOMPARE(choices.readAppended(auditLog, goOn).value(), false); // nothing appended
    using Choices = QList<AuditChoices::Choice>;
    // The session's own actor (user@host) and the other admin, in alphabetical order.
    const QString me = auditLog.entries().value().first().actor;
    Choices actors{{OtherActor, OtherActor}, {me, me}};
    if (me.compare(OtherActor, Qt::CaseInsensitive) < 0)
        std::swap(actors[0], actors[1]);
    QCOMPARE(choices.actorChoices(), actors);
    QCOMPARE(choices.appChoices(), (Choices{{u"Alpha"_s, m_alpha.applicationId},
                                            {u"Beta"_s, m_beta.applicationId},
                                            {u"Gamma (deleted)"_s, m_gamma.applicationId}}));

    // Its description edited by an actor the trail knows: neither a new name nor a new actor.
    QSqlDatabase db = m_registry->session().database->connection();
    QVERIFY(db.transaction());
    const QJsonObject described{
        {u"changes"_s, QJsonObject{{u"description"_s, QJsonObject{{u"from"_s, u""_s}, {u"to"_s, u"Ledger"_s}}}}}};
    QVERIFY(AuditLog::appendInTransaction(db, OtherActor, Start.addDays(20), AuditAction::DetailsEdited,
                                          m_alpha.applicationId, {}, described)
                .ok());
    QVERIFY(db.commit());
    QCOMPARE(choices.readAppended(auditLog, goOn).value(), false);

    // Renamed by a third admin: the name it has now, the new actor beside the others.
    QVERIFY(db.transaction());
    const QJsonObject renamed{
        {u"changes"_s, QJsonObject{{u"name"_s, QJsonObject{{u"from"_s, u"Alpha"_s}, {u"to"_s, u"Aardvark"_s}}}}}};
    QVERIFY(AuditLog::appendInTransaction(db, u"zed@office"_s, Start.addDays(21), AuditAction::DetailsEdited,
                                          m_alpha.applicationId, {}, renamed)
                .ok());
    QVERIFY(db.commit());
    QCOMPARE(choices.readAppended(auditLog, goOn).value(), true);
    QCOMPARE(choices.actorChoices().size(), 3);
    QVERIFY(choices.actorChoices().contains(AuditChoices::Choice{u"zed@office"_s, u"zed@office"_s}));
    QCOMPARE(choices.appChoices().first(), (AuditChoices::Choice{u"Aardvark"_s, m_alpha.applicationId}));
    QCOMPARE(choices.appChoices().size(), 3);

    AuditChoices stopped;
    const std::atomic<bool> stop = true;
    const Result<bool> read = stopped.readAppended(auditLog, stop);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, u"Reading the filters' choices was stopped."_s);
    QVERIFY(stopped.appChoices().isEmpty());
}

/// A registry of 100,000 apps offers them all: the app filter finds one by any part of its name, typed.
void AuditViewTest::theAppFilterFindsAnAppByAnyPartOfItsName()
{
    QVERIFY(openFromViewMenu());
    auto* apps = m_auditWindow->findChild<QComboBox*>(u"appCombo"_s);
    auto* message = m_auditWindow->findChild<FieldMessageLabel*>(u"verifyMessage"_s);
    QCOMPARE(apps->count(), 4);
    QLineEdit* typed = apps->lineEdit();
    QVERIFY(typed);
    // Typed whole, or pasted, then Enter.
    const auto enter = [typed](const QString& text) {
        typed->setFocus();
        typed->selectAll();
        typed->insert(text);
        QTest::keyClick(typed, Qt::Key_Return);
    };

    // Any part, in any case, typed: the list offers the apps whose names hold it.
    typed->setFocus();
    typed->selectAll();
    QTest::keyClick(typed, Qt::Key_Backspace);
    QTest::keyClicks(typed, u"ETA"_s);
    QCompleter* completer = apps->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"Beta"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(apps->currentData().toString(), m_beta.applicationId);
    QCOMPARE(column(AuditTableModel::ActionColumn),
             (QStringList{u"App reactivated"_s, u"App deactivated"_s, u"App created"_s}));

    // A whole name, in any case, then Enter.
    enter(u"gamma (DELETED)"_s);
    QCOMPARE(apps->currentData().toString(), m_gamma.applicationId);
    QCOMPARE(typed->text(), u"Gamma (deleted)"_s);
    QCOMPARE(column(AuditTableModel::ActionColumn), (QStringList{u"App deleted"_s, u"App created"_s}));

    // No such app: the choice stays, and the message says what was typed, its bidi control escaped.
    enter(u"Nope\u202E!"_s);
    QCOMPARE(apps->currentData().toString(), m_gamma.applicationId);
    QCOMPARE(typed->text(), u"Gamma (deleted)"_s);
    QCOMPARE(message->severity(), FieldCheck::Severity::Invalid);
    QCOMPARE(message->text(), u"No app in the audit trail is named “Nope\\u202e!”: type a part of its name, then "
                              "choose it from the list."_s);

    // Emptied: every app again; the message goes with it.
    enter(QString());
    QCOMPARE(apps->currentIndex(), 0);
    QCOMPARE(typed->text(), u"All apps"_s);
    QCOMPARE(column(AuditTableModel::ActionColumn).size(), 7);
    QVERIFY(message->isHidden());

    // A megabyte pasted is cut to what a name can be.
    typed->selectAll();
    typed->insert(QString(1 << 20, u'x'));
    QCOMPARE(typed->text().size(), 200);
}

QTEST_MAIN(AuditViewTest)
#include "tst_audit_view.moc"
