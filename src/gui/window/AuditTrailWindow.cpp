#include "AuditTrailWindow.h"

#include "AppDetailsValidator.h"
#include "AuditChoices.h"
#include "AuditJson.h"
#include "AuditLog.h"
#include "AuditTableLayout.h"
#include "AuditTableModel.h"
#include "ComboBoxSearch.h"
#include "ExportFileChooser.h"
#include "ExportWriter.h"
#include "FilterChoiceModel.h"
#include "LocalTime.h"
#include "TerminalText.h"
#include "ui_AuditTrailWindow.h"

#include <QLayout>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <limits>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

constexpr int DefaultRangeDays = 30;
/// What can be typed in the app filter: a name, with room for its "(deleted)" in any language.
constexpr int MaxTypedAppName = 2 * AppDetailsValidator::MaxNameLength;

/// Replaces a combo's choices after its "All" item, keeping the current choice when it is still offered. The choices
/// go into a new model in one step (FilterChoiceModel).
void replaceChoices(QComboBox* combo, QList<AuditChoices::Choice> textAndData)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    textAndData.prepend({combo->itemText(0), QString()});
    combo->setModel(new FilterChoiceModel(std::move(textAndData), combo)); // deletes the model it had, which it owned
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QDateTime startOfLocalDay(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace

AuditTrailWindow::AuditTrailWindow(std::shared_ptr<const AuditLog> auditLog,
                                   std::shared_ptr<AuditVerification> verification, const QDate& today, QWidget* parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::AuditTrailWindow>()), m_auditLog(std::move(auditLog)),
      m_verification(std::move(verification)), m_model(new AuditTableModel(this)),
      m_choicesBeingRead(std::make_shared<AuditChoices>()), m_reader(m_auditLog->database(), this)
{
    m_ui->setupUi(this);
    m_ui->actionCombo->addItem(tr("All actions"), QString());
    m_ui->actorCombo->addItem(tr("All actors"), QString());
    m_ui->appCombo->addItem(tr("All apps"), QString());
    fillActionChoices();
    m_appSearch = new ComboBoxSearch(m_ui->appCombo, MaxTypedAppName);
    connect(m_appSearch, &ComboBoxSearch::notFound, this, &AuditTrailWindow::showAppNotFound);
    AuditTableLayout::apply(m_ui->auditTable, m_model);
    // Queued: a page is read while the table paints.
    connect(m_model, &AuditTableModel::readFailed, this, &AuditTrailWindow::showError, Qt::QueuedConnection);
    setUpDateRange(today);

    for (QComboBox* combo : combos())
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditTrailWindow::applyFilter);
    for (QCheckBox* check : {m_ui->fromCheck, m_ui->untilCheck})
        connect(check, &QCheckBox::toggled, this, &AuditTrailWindow::applyFilter);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QDateEdit::setEnabled);
    connect(m_ui->untilCheck, &QCheckBox::toggled, m_ui->untilDate, &QDateEdit::setEnabled);
    for (QDateEdit* date : {m_ui->fromDate, m_ui->untilDate})
        connect(date, &QDateEdit::dateChanged, this, &AuditTrailWindow::applyFilter);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditTrailWindow::verifyChain);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportShown(ExportDocument::Format::Csv); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [this] { exportShown(ExportDocument::Format::Json); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Cancel, this), &QShortcut::activated, this, &QWidget::close);
    reload();
}

AuditTrailWindow::~AuditTrailWindow()
{
    // The reader's thread is joined as its member goes: a read of the choices ends at its next entry instead of
    // holding the close (at 1,000,000 entries, for up to 1.5 s).
    *m_closing = true;
    // The widgets are deleted after this window's members: the app field's focus leaves as it goes, and what was typed
    // there must not reach a window half gone.
    disconnect(m_appSearch, nullptr, this, nullptr);
}

QList<QComboBox*> AuditTrailWindow::combos() const
{
    return {m_ui->actionCombo, m_ui->actorCombo, m_ui->appCombo};
}

void AuditTrailWindow::setUpDateRange(const QDate& today)
{
    const QSignalBlocker blockFrom(m_ui->fromDate);
    const QSignalBlocker blockUntil(m_ui->untilDate);
    m_ui->fromDate->setDate(today.addDays(-DefaultRangeDays));
    m_ui->untilDate->setDate(today);
}

void AuditTrailWindow::fillActionChoices()
{
    for (const AuditAction action : allAuditActions())
        m_ui->actionCombo->addItem(displayName(action), toStorageString(action));
}

void AuditTrailWindow::showApp(const QString& applicationId, const QString& name)
{
    int index = m_ui->appCombo->findData(applicationId);
    if (index < 0 && !applicationId.isEmpty()) {
        // The choices are still being read: the app is offered by the name given until they come.
        const QSignalBlocker blocker(m_ui->appCombo);
        m_ui->appCombo->addItem(name.isEmpty() ? applicationId : name, applicationId);
        index = m_ui->appCombo->count() - 1;
    }
    m_ui->appCombo->setCurrentIndex(std::max(0, index));
}

void AuditTrailWindow::reload()
{
    if (!showEntries())
        return;
    // Unfiltered, the rows are the whole trail, already counted (at 1,000,000 entries a count takes 0.1 s).
    if (filter().matchesEverything()) {
        m_totalCount = m_model->entryCount();
    } else {
        const Result<AuditLog::Extent> wholeTrail = m_auditLog->extent();
        if (!wholeTrail) {
            showError(wholeTrail.error().text());
            return;
        }
        m_totalCount = wholeTrail.value().count;
    }
    showEntryCount();
    readChoices();
}

/// Reads the actors and app names of the entries appended since the last read (of the whole trail the first time) on
/// the reader's thread, and sorts them there, then shows them: only when they changed, as putting back 100,000 apps
/// holds the window 47 ms.
void AuditTrailWindow::readChoices()
{
    m_reader.request(
        [this, choices = m_choicesBeingRead, closing = m_closing](const std::shared_ptr<Database>& reader) {
            const Result<bool> changed = choices->readAppended(AuditLog(reader), *closing);
            if (!changed)
                return ReaderThread::Answer([this, error = changed.error().text()] { showError(error); });
            if (!changed.value())
                return ReaderThread::Answer([] {});
            return ReaderThread::Answer([this, actors = choices->actorChoices(), apps = choices->appChoices(),
                                         names = choices->appNames().names()] { fillChoices(actors, apps, names); });
        });
}

void AuditTrailWindow::fillChoices(const QList<AuditChoices::Choice>& actors, const QList<AuditChoices::Choice>& apps,
                                   const QHash<QString, QString>& appNames)
{
    replaceChoices(m_ui->actorCombo, actors);
    replaceChoices(m_ui->appCombo, apps);
    m_model->setAppNames(appNames);
}

AuditFilter AuditTrailWindow::filter() const
{
    AuditFilter filter;
    filter.action = auditActionFromStorageString(m_ui->actionCombo->currentData().toString());
    filter.actor = m_ui->actorCombo->currentData().toString();
    filter.applicationId = m_ui->appCombo->currentData().toString();
    if (m_ui->fromCheck->isChecked())
        filter.from = startOfLocalDay(m_ui->fromDate->date());
    if (m_ui->untilCheck->isChecked())
        filter.until = startOfLocalDay(m_ui->untilDate->date().addDays(1));
    return filter;
}

void AuditTrailWindow::applyFilter()
{
    if (m_ui->verifyMessage->text() == m_appNotFound)
        m_ui->verifyMessage->clearMessage();
    if (showEntries())
        showEntryCount();
}

bool AuditTrailWindow::showEntries()
{
    if (const Status shown = m_model->show(m_auditLog, filter()); !shown) {
        showError(shown.error().text());
        return false;
    }
    const bool anyShown = m_model->entryCount() > 0;
    m_ui->exportCsvButton->setEnabled(anyShown);
    m_ui->exportJsonButton->setEnabled(anyShown);
    return true;
}

void AuditTrailWindow::showEntryCount()
{
    m_ui->entryCountLabel->setText(
        tr("%1 of %n entry(s)", nullptr, int(std::min<qint64>(m_totalCount, std::numeric_limits<int>::max())))
            .arg(m_model->entryCount()));
}

void AuditTrailWindow::showError(const QString& message)
{
    m_ui->verifyMessage->showCheck(FieldCheck::invalid(message));
}

/// Until the next filter is applied. What was typed is shown with the characters that would hide or reorder the
/// sentence escaped.
void AuditTrailWindow::showAppNotFound(const QString& typed)
{
    m_appNotFound =
        tr("No app in the audit trail is named “%1”: type a part of its name, then choose it from the list.")
            .arg(TerminalText::escaped(typed, TerminalText::LineBreaks::Escape));
    showError(m_appNotFound);
}

void AuditTrailWindow::verifyChain()
{
    m_ui->verifyButton->setEnabled(false);
    QPointer<AuditTrailWindow> self(this);
    // The keychain answers asynchronously: it holds the key of this machine's checkpoints.
    m_verification->run(
        std::nullopt,
        [self](Result<AuditVerification::Report> verified) {
            if (!self)
                return;
            self->m_ui->verifyButton->setEnabled(true);
            if (!verified) {
                self->m_ui->verifyMessage->showCheck(FieldCheck::invalid(verified.error().text()));
                return;
            }
            self->reload();
            self->showVerified(verified.value());
        },
        [self](AuditVerification::Stage stage, qint64 checked, qint64 total) {
            if (self)
                self->showVerifyProgress(stage, checked, total);
        });
}

/// Reported every AuditVerification::ProgressInterval entries of the chain (so only a long trail shows that line), and
/// after the walk as slices of AuditTableComparison::AppsPerSlice apps of the tables are compared. The verification
/// reports on this thread, between two events (a second thread only helps compare the tables): the line is laid out
/// and painted at once (activate, repaint), without running the event loop under the verification.
void AuditTrailWindow::showVerifyProgress(AuditVerification::Stage stage, qint64 checked, qint64 total)
{
    const QString text = stage == AuditVerification::Stage::Chain
                             ? tr("Checking the audit trail: %1 of %2 entries…")
                             : tr("Comparing the tables with the audit trail: %1 of %2 apps…");
    m_ui->verifyMessage->showCheck(
        FieldCheck{FieldCheck::Severity::Ok, text.arg(locale().toString(checked), locale().toString(total))});
    for (QWidget* widget = m_ui->verifyMessage->parentWidget(); widget; widget = widget->parentWidget()) {
        if (QLayout* widgetLayout = widget->layout())
            widgetLayout->activate();
    }
    repaint();
}

void AuditTrailWindow::showVerified(const AuditVerification::Report& report)
{
    QStringList sentences{tr("Verified: all %n entry(s) of the audit trail are intact, each linked to the one before.",
                             nullptr, int(report.entryCount))};
    if (const std::optional<AuditCheckpoint>& seen = report.confirmedCheckpoint)
        sentences.append(tr("It still holds entry %1 as this machine saw it on %2.")
                             .arg(seen->sequence)
                             .arg(LocalTime::minutes(seen->seenAt)));
    else
        sentences.append(tr("This machine had no checkpoint of this trail yet, and keeps one from now on."));
    sentences.append(report.tables.comparedHashes()
                         ? tr("Every app, secret and key in the registry was issued by an entry.")
                         : tr("Every app, secret and key in the registry was issued by an entry (compared by their "
                              "hints: your database role may not read the credential hashes)."));
    m_ui->verifyMessage->showCheck(FieldCheck{FieldCheck::Severity::Ok, sentences.join(u' ')});
}

void AuditTrailWindow::exportShown(ExportDocument::Format format)
{
    ExportFileChooser::choose(
        this, tr("Export audit trail"), u"appkeys-audit"_s, format,
        [this](const QString& filePath, ExportDocument::Format chosen) { writeExport(filePath, chosen); });
}

/// Streams the entries shown, read again from the trail (the table holds only the pages in view), oldest first as
/// `appkeys export --what audit` writes them.
void AuditTrailWindow::writeExport(const QString& filePath, ExportDocument::Format format)
{
    qint64 exported = 0;
    const Status written =
        ExportWriter::writeFile(filePath, format, AuditJson::fieldNames(), [&](ExportWriter& writer) {
            return m_auditLog->forEachEntry(m_model->shownFilter(), [&](const AuditEntry& entry) {
                writer.add(AuditJson::entry(entry));
                ++exported;
                return Status();
            });
        });
    if (written) {
        m_ui->verifyMessage->showCheck(
            FieldCheck{FieldCheck::Severity::Ok, tr("%n entry(s) exported to %1.", nullptr,
                                                    int(std::min<qint64>(exported, std::numeric_limits<int>::max())))
                                                     .arg(filePath)});
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), tr("The audit trail was not exported."),
                                QMessageBox::Ok, this);
    box->setInformativeText(written.error().text());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace AppKeys
