#include "MainWindow.h"

#include "AddAppWizard.h"
#include "ApplicationTableModel.h"
#include "Database.h"
#include "SecureClipboard.h"
#include "ui_MainWindow.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSortFilterProxyModel>

namespace AppKeys {

namespace {
constexpr int SourceAppIconSize = 20;
constexpr int EmptyStateIconSize = 64;
} // namespace

MainWindow::MainWindow(RegistrySession session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(std::move(session)),
      m_model(new ApplicationTableModel(m_session.repository, this)), m_sortModel(new QSortFilterProxyModel(this)),
      m_registryLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->addAction->setIcon(
        QIcon::fromTheme(QStringLiteral("list-add"), QIcon(QStringLiteral(":/appkeys/icons/add.svg"))));
    m_ui->emptyStateIcon->setPixmap(
        QIcon(QStringLiteral(":/appkeys/icons/appkeys.svg")).pixmap(EmptyStateIconSize, EmptyStateIconSize));
    m_registryLabel->setText(tr("Registry: %1").arg(m_session.database->location()));
    m_registryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->statusBar->addPermanentWidget(m_registryLabel);
    setUpTable();

    connect(m_ui->addAction, &QAction::triggered, this, &MainWindow::openAddWizard);
    connect(m_session.clipboard.get(), &SecureClipboard::countdownChanged, this, &MainWindow::showClipboardCountdown);
    reloadApps();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTable()
{
    m_sortModel->setSourceModel(m_model);
    m_sortModel->setSortRole(ApplicationTableModel::SortRole);
    m_sortModel->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->appTable->setModel(m_sortModel);
    m_ui->appTable->setIconSize(QSize(SourceAppIconSize, SourceAppIconSize));
    m_ui->appTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->appTable->horizontalHeader()->setSectionResizeMode(ApplicationTableModel::NameColumn, QHeaderView::Stretch);
    m_ui->appTable->sortByColumn(ApplicationTableModel::CreatedAtColumn, Qt::DescendingOrder);
}

void MainWindow::openAddWizard()
{
    auto* wizard = new AddAppWizard(m_session.registration, m_session.repository, m_session.catalogue,
                                    m_session.clipboard.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Finished or closed early: an app may exist now either way.
    connect(wizard, &QDialog::finished, this, &MainWindow::reloadApps);
    wizard->open();
}

void MainWindow::reloadApps()
{
    const Status status = m_model->reload();
    if (!status)
        m_ui->statusBar->showMessage(tr("The apps could not be read: %1").arg(status.error().text()));
    m_ui->contentStack->setCurrentWidget(m_model->rowCount() == 0 ? m_ui->emptyStatePage : m_ui->tablePage);
}

void MainWindow::showClipboardCountdown(int secondsLeft)
{
    if (secondsLeft > 0)
        m_ui->statusBar->showMessage(tr("Clipboard clears in %1 s").arg(secondsLeft));
    else
        m_ui->statusBar->clearMessage();
}

} // namespace AppKeys
