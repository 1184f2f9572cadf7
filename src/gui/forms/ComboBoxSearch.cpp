#include "ComboBoxSearch.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>

namespace AppKeys {

ComboBoxSearch::ComboBoxSearch(QComboBox* combo, int maxLength) : QObject(combo), m_combo(combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setMaxLength(maxLength);
    // A screen reader names the field typed in as it names the combo.
    combo->lineEdit()->setAccessibleName(combo->accessibleName());
    // The combo's own completer follows its model, whenever that is replaced.
    QCompleter* completer = combo->completer();
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Both lists lay out only the rows in view, their rows being one line each: otherwise a list of 100,000 apps is
    // measured row by row as it opens (0.3 s for the first letter typed).
    for (QAbstractItemView* list : {combo->view(), completer->popup()}) {
        if (auto* listView = qobject_cast<QListView*>(list))
            listView->setUniformItemSizes(true);
    }
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &ComboBoxSearch::settle);
}

void ComboBoxSearch::settle()
{
    const QString typed = m_combo->lineEdit()->text().trimmed();
    const int current = m_combo->currentIndex();
    if (typed == m_combo->itemText(current))
        return;
    const int named = typed.isEmpty() ? 0 : m_combo->findText(typed, Qt::MatchFixedString);
    m_combo->setCurrentIndex(named >= 0 ? named : current);
    m_combo->lineEdit()->setText(m_combo->itemText(m_combo->currentIndex()));
    if (named < 0)
        emit notFound(typed);
}

} // namespace AppKeys
