#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace AppKeys {

/// The one text form of a time that AppKeys stores, hashes into the audit trail and exports: UTC with milliseconds,
/// "2025-03-01T10:00:00.000Z", which is what Qt writes with Qt::ISODateWithMs. Written and read digit by digit:
/// `list --json` writes three times an app and reads as many, and Qt's writer and parser each took 5–6 % of its
/// instructions. Whatever that form does not cover is left to Qt, so the text and the time are always Qt's
/// (tst_iso_time compares the two).
class IsoTime
{
public:
    /// The time's text in UTC; empty for a null time. Years Qt's ISO form writes otherwise (before 1, after 9999) are
    /// Qt's.
    static QString text(const QDateTime& time);
    /// The time `text` holds, in UTC, as Qt's ISO parser reads it: a null time for what is not one.
    static QDateTime parse(QStringView text);
};

} // namespace AppKeys
