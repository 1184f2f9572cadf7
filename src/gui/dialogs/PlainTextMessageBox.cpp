#include "PlainTextMessageBox.h"

#include <QLabel>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AppKeys::PlainTextMessageBox {

void apply(QMessageBox& box)
{
    box.setTextFormat(Qt::PlainText);
    // setTextFormat() reaches only the main text; the informative text has a label of its own, which Qt names.
    if (auto* informative = box.findChild<QLabel*>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
}

} // namespace AppKeys::PlainTextMessageBox
