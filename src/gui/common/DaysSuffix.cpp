#include "DaysSuffix.h"

#include <QCoreApplication>
#include <QSpinBox>

namespace AppKeys::DaysSuffix {

namespace {
void show(QSpinBox* spinBox, int days)
{
    spinBox->setSuffix(QCoreApplication::translate("AppKeys::DaysSuffix", " day(s)", nullptr, days));
}
} // namespace

void follow(QSpinBox* spinBox)
{
    QObject::connect(spinBox, &QSpinBox::valueChanged, spinBox, [spinBox](int days) { show(spinBox, days); });
    show(spinBox, spinBox->value());
}

} // namespace AppKeys::DaysSuffix
