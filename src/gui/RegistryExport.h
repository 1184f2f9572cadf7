#pragma once

#include "AppOverview.h"
#include "AuditEntry.h"
#include "ExportDocument.h"
#include "Status.h"

#include <QCoreApplication>

namespace AppKeys {

/// Writes apps or audit entries to a file as `appkeys export` does (ExportDocument), so a file from the window and
/// one from the command line compare equal.
class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::RegistryExport)

public:
    using Format = ExportDocument::Format;

    static Status writeApps(const QString& filePath, Format format, const QList<AppOverview>& apps);
    static Status writeAudit(const QString& filePath, Format format, const QList<AuditEntry>& entries);

private:
    static Status write(const QString& filePath, const QString& text);
};

} // namespace AppKeys
