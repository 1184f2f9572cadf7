#pragma once

#include "AppRecord.h"
#include "Status.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QPushButton;
class QVBoxLayout;

namespace AppKeys {

class AppRepository;
class FieldMessageLabel;

/// What Edit details and Edit scope share: Save sends the edit with the row version it started from. When someone
/// else changed the app meanwhile (ErrorCode::Conflict) the dialog stays open with everything the user entered,
/// says what changed, and takes the newer version, so that a second Save knowingly replaces their change.
class AppEditDialog : public QDialog
{
    Q_OBJECT
public:
    AppEditDialog(const AppRecord& app, std::shared_ptr<const AppRepository> repository, QWidget* parent = nullptr);

    QPushButton* saveButton() const;
    FieldMessageLabel* messageLabel() const { return m_message; }
    void accept() override;

signals:
    /// The app changed (or vanished) since the dialog opened: the window should show the stored state again.
    void changedElsewhere();

protected:
    /// Puts the form above the message and the buttons.
    void setForm(QWidget* form);
    void setSaveEnabled(bool enabled);
    const QString& applicationId() const { return m_applicationId; }
    virtual Status submit(int expectedRowVersion) = 0;

private:
    void showConflict(const Error& error);
    void takeNewerVersion();

    QString m_applicationId;
    int m_rowVersion;
    std::shared_ptr<const AppRepository> m_repository;
    QVBoxLayout* m_layout;
    FieldMessageLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace AppKeys
