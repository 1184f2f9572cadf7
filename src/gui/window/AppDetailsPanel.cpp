#include "AppDetailsPanel.h"

#include "AuditLog.h"
#include "AuditTableLayout.h"
#include "AuditTableModel.h"
#include "KeyStatusStyle.h"
#include "KeyTableModel.h"
#include "LastUsedText.h"
#include "LocalTime.h"
#include "PermissionCatalogue.h"
#include "SecureClipboard.h"
#include "SourceAppIcon.h"
#include "ui_AppDetailsPanel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QToolButton>

namespace AppKeys {

namespace {

constexpr int SourceAppIconSize = 20;

QString urlList(const QStringList& urls)
{
    return urls.isEmpty() ? AppDetailsPanel::tr("None") : urls.join(QLatin1Char('\n'));
}

QToolButton* actionButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

AppDetailsPanel::AppDetailsPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AppDetailsPanel>()), m_keys(new KeyTableModel(this)),
      m_history(new AuditTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->scopeTree->setReadOnly(true);
    m_ui->applicationIdEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->secretHintValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUpTables();

    connect(m_ui->copyApplicationIdButton, &QPushButton::clicked, this, [this] {
        if (m_clipboard)
            m_clipboard->copyPublic(m_applicationId);
    });
    connect(m_ui->openAuditTrailButton, &QPushButton::clicked, this,
            [this] { emit auditTrailRequested(m_applicationId, m_ui->nameLabel->text()); });
    showNothing();
}

AppDetailsPanel::~AppDetailsPanel() = default;

void AppDetailsPanel::setUpTables()
{
    m_ui->keysTable->setModel(m_keys);
    m_ui->keysTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->keysTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppDetailsPanel::keySelectionChanged);

    AuditTableLayout::apply(m_ui->historyTable, m_history);
    m_ui->historyTable->setColumnHidden(AuditTableModel::AppColumn, true);
    connect(
        m_history, &AuditTableModel::readFailed, this,
        [this](const QString& message) { m_ui->historyMessage->showCheck(FieldCheck::invalid(message)); },
        Qt::QueuedConnection);
}

void AppDetailsPanel::setRegistry(std::shared_ptr<const AuditLog> auditLog, const PermissionCatalogue& catalogue,
                                  SecureClipboard* clipboard)
{
    m_auditLog = std::move(auditLog);
    m_clipboard = clipboard;
    m_ui->scopeTree->setCatalogue(catalogue);
}

void AppDetailsPanel::showApp(const AppOverview& overview, const QDateTime& now, const KeychainReport& keychain)
{
    const bool sameApp = overview.app.applicationId == m_applicationId;
    m_applicationId = overview.app.applicationId;
    m_ui->nameLabel->setText(overview.app.details.name);
    showStatus(overview.status);
    const QList<KeychainReport::Finding> findings = keychain.findingsFor(overview, now);
    showKeychainFindings(findings, keychain.checkedBy());
    showFields(overview.app);
    showLastUsed(overview);
    showScope(overview.app.scope);
    m_keys->setKeychainFindings(findings, keychain.checkedBy());
    showKeys(overview, now, sameApp);
    showHistory(overview.app.applicationId);
    m_ui->panelStack->setCurrentWidget(m_ui->appPage);
}

void AppDetailsPanel::showNothing()
{
    m_applicationId.clear();
    m_keys->setKeys({}, true, {});
    m_history->clear();
    m_ui->panelStack->setCurrentWidget(m_ui->emptyPage);
    emit keySelectionChanged();
}

void AppDetailsPanel::showStatus(const KeyStatus& status)
{
    m_ui->appStatusLabel->setText(status.text());
    m_ui->appStatusLabel->setTone(KeyStatusStyle::tone(status.state));
}

void AppDetailsPanel::showKeychainFindings(const QList<KeychainReport::Finding>& findings, const QString& checkedBy)
{
    QStringList lines;
    for (const KeychainReport::Finding& finding : findings)
        lines.append(tr("%1 (%2). %3")
                         .arg(KeychainReport::text(finding, checkedBy), finding.hint, KeychainReport::cure(finding)));
    m_ui->keychainLabel->setText(lines.join(u'\n'));
    m_ui->keychainLabel->setTone(TextColors::Tone::Problem);
    m_ui->keychainLabel->setVisible(!lines.isEmpty());
}

void AppDetailsPanel::showFields(const AppRecord& app)
{
    const AppDetails& details = app.details;
    m_ui->applicationIdEdit->setText(app.applicationId);
    m_ui->applicationIdEdit->setCursorPosition(0);
    m_ui->uriValue->setText(details.uri);
    m_ui->descriptionValue->setText(details.description.isEmpty() ? tr("None") : details.description);
    m_ui->loginUserTypeValue->setText(displayName(details.loginUserType));
    m_ui->sourceAppIcon->setPixmap(sourceAppIcon(details.sourceApp).pixmap(SourceAppIconSize, SourceAppIconSize));
    m_ui->sourceAppValue->setText(displayName(details.sourceApp));
    m_ui->sourceAppValue->setToolTip(explanation(details.sourceApp));
    m_ui->activityValue->setText(app.active ? tr("Active")
                                            : tr("Deactivated: its keys cannot be used until it is reactivated."));
    m_ui->secretHintValue->setText(app.secretHint);
    m_ui->createdValue->setText(tr("%1 by %2").arg(LocalTime::minutes(app.createdAt), app.createdBy));
    m_ui->postLogoutValue->setText(urlList(details.postLogoutRedirectUrls));
    m_ui->postLoginValue->setText(urlList(details.postLoginRedirectUrls));
}

void AppDetailsPanel::showLastUsed(const AppOverview& overview)
{
    m_ui->lastUsedValue->setText(LastUsedText::withRequests(overview.lastUsedAt, overview.useCount));
}

void AppDetailsPanel::showScope(const AppScope& scope)
{
    m_ui->authMethodValue->setText(tr("Authentication method: %1").arg(displayName(scope.authMethod)));
    m_ui->scopeTree->setSelectedPermissionIds(scope.permissionIds);
    m_ui->permissionCountLabel->setText(
        tr("%1 of %2 permissions granted").arg(scope.permissionIds.size()).arg(m_ui->scopeTree->permissionCount()));
}

void AppDetailsPanel::showKeys(const AppOverview& overview, const QDateTime& now, bool sameApp)
{
    const std::optional<KeyRecord> previouslySelected = selectedKey();
    m_keys->setKeys(overview.keys, overview.app.active, now);
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->keysTab),
                                  tr("&Keys (%1)").arg(overview.keys.size()));
    if (sameApp && previouslySelected) {
        if (const int row = m_keys->rowOf(previouslySelected->keyId); row >= 0)
            m_ui->keysTable->selectRow(row);
    }
    emit keySelectionChanged();
}

void AppDetailsPanel::showHistory(const QString& applicationId)
{
    if (!m_auditLog)
        return;
    AuditFilter filter;
    filter.applicationId = applicationId;
    if (const Status shown = m_history->show(m_auditLog, filter); !shown) {
        m_ui->historyMessage->showCheck(FieldCheck::invalid(shown.error().text()));
        return;
    }
    m_ui->historyMessage->clearMessage();
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->historyTab),
                                  tr("&History (%1)").arg(m_history->entryCount()));
}

std::optional<KeyRecord> AppDetailsPanel::selectedKey() const
{
    const QModelIndexList rows = m_ui->keysTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_keys->key(rows.first().row());
}

void AppDetailsPanel::addSecretAction(QAction* action)
{
    m_ui->secretActionsLayout->addWidget(actionButton(action, this));
}

void AppDetailsPanel::addKeyAction(QAction* action)
{
    m_ui->keyActionsLayout->addWidget(actionButton(action, this));
    m_ui->keysTable->addAction(action);
}

} // namespace AppKeys
