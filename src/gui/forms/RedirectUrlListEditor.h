#pragma once

#include "FieldCheck.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace AppKeys {

class FieldMessageLabel;

/// A list of redirect URLs with an entry field and Add / Remove buttons. An entry is added only if it
/// passes AppDetailsValidator; text typed but not added keeps the editor incomplete, so it is never lost.
class RedirectUrlListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RedirectUrlListEditor(QWidget* parent = nullptr);

    /// The field's name as its label shows it, for the accessible names of the parts.
    void setFieldName(const QString& fieldName);

    QStringList urls() const;
    /// Replaces the list, as for editing an app's stored URLs.
    void setUrls(const QStringList& urls);
    /// The list is valid and no entry waits to be added.
    bool isComplete() const;

    QLineEdit* entryEdit() const { return m_entryEdit; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }
    QListWidget* listWidget() const { return m_list; }
    FieldMessageLabel* messageLabel() const { return m_message; }

signals:
    void changed();

private:
    void addEntry();
    void removeSelected();
    void updateState();
    /// The verdict on the list as it would be with the typed entry added.
    FieldCheck checkPendingEntry() const;

    QListWidget* m_list;
    QLineEdit* m_entryEdit;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    FieldMessageLabel* m_message;
};

} // namespace AppKeys
