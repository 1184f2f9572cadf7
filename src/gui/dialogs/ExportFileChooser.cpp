#include "ExportFileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

ExportDocument::Format formatOf(const QString& filePath, bool jsonFilterChosen)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"csv"_s)
        return ExportDocument::Format::Csv;
    if (suffix == u"json"_s)
        return ExportDocument::Format::Json;
    return jsonFilterChosen ? ExportDocument::Format::Json : ExportDocument::Format::Csv;
}

} // namespace

void ExportFileChooser::choose(QWidget* parent, const QString& title, const QString& baseName,
                               ExportDocument::Format preferred, Chosen chosen)
{
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    auto* dialog = new QFileDialog(parent, title, QDir::home().filePath(baseName));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({csvFilter, jsonFilter});
    const bool json = preferred == ExportDocument::Format::Json;
    dialog->selectNameFilter(json ? jsonFilter : csvFilter);
    dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonFilter](const QString& filter) {
        dialog->setDefaultSuffix(filter == jsonFilter ? u"json"_s : u"csv"_s);
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, jsonFilter, chosen = std::move(chosen)](const QString& filePath) {
                         chosen(filePath, formatOf(filePath, dialog->selectedNameFilter() == jsonFilter));
                     });
    dialog->open();
}

} // namespace AppKeys
