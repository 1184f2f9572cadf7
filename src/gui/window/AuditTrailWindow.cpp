#include "AuditTrailWindow.h"

#include "AuditJson.h"
#include "AuditLog.h"
#include "AuditTableLayout.h"
#include "AuditTableModel.h"
#include "ExportFileChooser.h"
#include "ExportWriter.h"
#include "LocalTime.h"
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

/// Replaces a combo's choices after its "All" item, keeping the current choice when it is still offered.
void replaceChoices(QComboBox* combo, const QList<std::pair<QString, QString>>& textAndData)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto& [text, data] : textAndData)
        combo->addItem(text, data);
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
      m_verification(std::move(verification)), m_model(new AuditTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->actionCombo->addItem(tr("All actions"), QString());
    m_ui->actorCombo->addItem(tr("All actors"), QString());
    m_ui->appCombo->addItem(tr("All apps"), QString());
    fillActionChoices();
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

AuditTrailWindow::~AuditTrailWindow() = default;

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

void AuditTrailWindow::showApp(const QString& applicationId)
{
    const int index = m_ui->appCombo->findData(applicationId);
    m_ui->appCombo->setCurrentIndex(std::max(0, index));
}

void AuditTrailWindow::reload()
{
    const Result<AuditLog::Extent> wholeTrail = m_auditLog->extent();
    if (!wholeTrail) {
        showError(wholeTrail.error().text());
        return;
    }
    if (const Status read = readChoices(wholeTrail.value().lastSequence); !read) {
        showError(read.error().text());
        return;
    }
    m_totalCount = wholeTrail.value().count;
    applyFilter();
}

/// The actors and app names of the entries through `lastSequence`: the whole trail's the first time, then only those
/// of the entries appended since. Names are read from the few entries that name apps, and only their details.
Status AuditTrailWindow::readChoices(qint64 lastSequence)
{
    if (lastSequence == m_choicesReadThrough)
        return {};
    AuditFilter appended;
    appended.afterSequence = m_choicesReadThrough;
    appended.beforeSequence = lastSequence + 1;
    const Result<QStringList> actors = m_auditLog->actors(appended);
    if (!actors)
        return actors.error();
    const Status named = m_auditLog->forEachDetailsOf(AuditAppNames::namingActions(), m_choicesReadThrough,
                                                      [this, lastSequence](const AuditEntry& entry) {
                                                          if (entry.sequence <= lastSequence)
                                                              m_appNames.add(entry);
                                                          return Status();
                                                      });
    if (!named)
        return named;
    m_actors.unite(QSet<QString>(actors.value().begin(), actors.value().end()));
    m_choicesReadThrough = lastSequence;
    fillChoices();
    return {};
}

void AuditTrailWindow::fillChoices()
{
    QStringList actors(m_actors.begin(), m_actors.end());
    actors.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QString>> actorChoices;
    for (const QString& actor : actors)
        actorChoices.append({actor, actor});
    replaceChoices(m_ui->actorCombo, actorChoices);

    QList<std::pair<QString, QString>> appChoices;
    for (auto it = m_appNames.names().begin(); it != m_appNames.names().end(); ++it)
        appChoices.append({it.value(), it.key()});
    std::sort(appChoices.begin(), appChoices.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    replaceChoices(m_ui->appCombo, appChoices);
    m_model->setAppNames(m_appNames.names());
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
    if (const Status shown = m_model->show(m_auditLog, filter()); !shown) {
        showError(shown.error().text());
        return;
    }
    m_ui->entryCountLabel->setText(
        tr("%1 of %n entry(s)", nullptr, int(std::min<qint64>(m_totalCount, std::numeric_limits<int>::max())))
            .arg(m_model->entryCount()));
    const bool anyShown = m_model->entryCount() > 0;
    m_ui->exportCsvButton->setEnabled(anyShown);
    m_ui->exportJsonButton->setEnabled(anyShown);
}

void AuditTrailWindow::showError(const QString& message)
{
    m_ui->verifyMessage->showCheck(FieldCheck::invalid(message));
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
