#pragma once

class QTableView;

namespace AppKeys {

class AuditTableModel;

/// How the audit trail window and the History tab show their AuditTableModel: columns sized to their contents, the
/// details stretched, the rows fixed in height (a million rows are laid out without measuring each), newest first,
/// and a click on # or Time reversing the order while the other headers, which do not sort, keep the indicator where
/// it is.
class AuditTableLayout
{
public:
    static void apply(QTableView* view, AuditTableModel* model);
};

} // namespace AppKeys
