#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace AppKeys {

/// Delete: says what deleting an app does, and enables Delete only once the app's name has been typed.
class DeleteAppDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteAppDialog(const QString& appName, QWidget* parent = nullptr);

    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QPushButton* deleteButton() const { return m_deleteButton; }

private:
    QString m_appName;
    QLineEdit* m_confirmation;
    QPushButton* m_deleteButton;
};

} // namespace AppKeys
