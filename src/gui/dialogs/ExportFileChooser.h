#pragma once

#include "ExportDocument.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace AppKeys {

/// Asks where to export and in which format (CSV or JSON), without blocking: a file dialog opened as a window-modal
/// sheet. The format follows the file's suffix when it is .csv or .json, else the chosen filter.
class ExportFileChooser
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ExportFileChooser)

public:
    using Chosen = std::function<void(const QString& filePath, ExportDocument::Format format)>;

    /// `preferred` is the filter chosen at first.
    static void choose(QWidget* parent, const QString& title, const QString& baseName, ExportDocument::Format preferred,
                       Chosen chosen);
};

} // namespace AppKeys
