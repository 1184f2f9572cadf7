#pragma once

#include "AppOverview.h"
#include "AuditEntry.h"
#include "Status.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AppKeys {

/// Writes apps or audit entries to a file in the format of `appkeys export` (AppJson / AuditJson records; CSV by
/// CsvWriter, JSON as an indented array), so a file from the window and one from the command line compare equal.
class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::RegistryExport)

public:
    enum class Format
    {
        Csv,
        Json
    };

    static Status writeApps(const QString& filePath, Format format, const QList<AppOverview>& apps);
    static Status writeAudit(const QString& filePath, Format format, const QList<AuditEntry>& entries);

private:
    static Status write(const QString& filePath, Format format, const QStringList& csvColumns,
                        const QJsonArray& records);
};

} // namespace AppKeys
