#include "RedirectUrlListEditor.h"

#include "AppDetailsValidator.h"
#include "FieldMessageLabel.h"

#include <QBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace AppKeys {

namespace {
constexpr int VisibleListRows = 3;
}

RedirectUrlListEditor::RedirectUrlListEditor(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_entryEdit(new QLineEdit(this)),
      m_addButton(new QPushButton(tr("Add"), this)), m_removeButton(new QPushButton(tr("Remove"), this)),
      m_message(new FieldMessageLabel(this))
{
    m_list->setObjectName(QStringLiteral("urlList"));
    m_entryEdit->setObjectName(QStringLiteral("urlEntry"));
    m_addButton->setObjectName(QStringLiteral("addUrlButton"));
    m_removeButton->setObjectName(QStringLiteral("removeUrlButton"));
    m_message->setObjectName(QStringLiteral("urlMessage"));

    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFixedHeight((fontMetrics().lineSpacing() + 4) * VisibleListRows + 2 * m_list->frameWidth());
    m_entryEdit->setPlaceholderText(tr("https://app.example.com/callback"));
    m_entryEdit->setClearButtonEnabled(true);

    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entryEdit, 1);
    entryRow->addWidget(m_addButton);
    entryRow->addWidget(m_removeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(entryRow);
    layout->addWidget(m_message);
    setFocusProxy(m_entryEdit);
    setTabOrder(m_entryEdit, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_list);

    connect(m_entryEdit, &QLineEdit::textChanged, this, &RedirectUrlListEditor::updateState);
    connect(m_entryEdit, &QLineEdit::returnPressed, this, &RedirectUrlListEditor::addEntry);
    connect(m_addButton, &QPushButton::clicked, this, &RedirectUrlListEditor::addEntry);
    connect(m_removeButton, &QPushButton::clicked, this, &RedirectUrlListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RedirectUrlListEditor::updateState);
    updateState();
}

void RedirectUrlListEditor::setFieldName(const QString& fieldName)
{
    m_entryEdit->setAccessibleName(fieldName);
    m_list->setAccessibleName(tr("%1 list").arg(fieldName));
    m_addButton->setAccessibleName(tr("Add %1").arg(fieldName));
    m_removeButton->setAccessibleName(tr("Remove selected %1").arg(fieldName));
}

QStringList RedirectUrlListEditor::urls() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->text());
    return result;
}

void RedirectUrlListEditor::setUrls(const QStringList& urls)
{
    m_list->clear();
    m_list->addItems(urls);
    updateState();
}

bool RedirectUrlListEditor::isComplete() const
{
    return m_entryEdit->text().trimmed().isEmpty() && AppDetailsValidator::checkRedirectUrlList(urls()).isValid();
}

void RedirectUrlListEditor::addEntry()
{
    const QString url = m_entryEdit->text().trimmed();
    if (url.isEmpty() || !checkPendingEntry().isValid())
        return;
    m_list->addItem(url);
    m_entryEdit->clear();
    updateState();
}

void RedirectUrlListEditor::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateState();
}

FieldCheck RedirectUrlListEditor::checkPendingEntry() const
{
    const QString url = m_entryEdit->text().trimmed();
    if (url.isEmpty())
        return AppDetailsValidator::checkRedirectUrlList(urls());
    const FieldCheck entryCheck = AppDetailsValidator::checkRedirectUrl(url);
    if (!entryCheck.isValid())
        return entryCheck;
    const FieldCheck listCheck = AppDetailsValidator::checkRedirectUrlList(urls() << url);
    if (!listCheck.isValid())
        return listCheck;
    if (entryCheck.isWarning())
        return entryCheck;
    return FieldCheck{FieldCheck::Severity::Ok, tr("Press Add to put this URL on the list.")};
}

void RedirectUrlListEditor::updateState()
{
    const FieldCheck check = checkPendingEntry();
    m_message->showCheck(check);
    m_addButton->setEnabled(!m_entryEdit->text().trimmed().isEmpty() && check.isValid());
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
    emit changed();
}

} // namespace AppKeys
