#pragma once

#include "RegistrySession.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QSortFilterProxyModel;

namespace AppKeys {

class ApplicationTableModel;

/// "Manage Applications": the registry's apps in a sortable table, and Add.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(RegistrySession session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openAddWizard();
    void reloadApps();

private:
    void setUpTable();
    void showClipboardCountdown(int secondsLeft);

    std::unique_ptr<Ui::MainWindow> m_ui;
    RegistrySession m_session;
    ApplicationTableModel* m_model;
    QSortFilterProxyModel* m_sortModel;
    QLabel* m_registryLabel;
};

} // namespace AppKeys
