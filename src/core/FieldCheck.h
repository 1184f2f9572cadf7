#pragma once

#include <QString>

namespace AppKeys {

/// The verdict on one input field: fine, fine with a warning, or invalid, with the message to show inline.
struct FieldCheck
{
    enum class Severity
    {
        Ok,
        Warning,
        Invalid
    };

    Severity severity = Severity::Ok;
    QString message;

    static FieldCheck ok() { return {}; }
    static FieldCheck warning(const QString& text) { return {Severity::Warning, text}; }
    static FieldCheck invalid(const QString& text) { return {Severity::Invalid, text}; }

    bool isValid() const { return severity != Severity::Invalid; }
    bool isWarning() const { return severity == Severity::Warning; }
};

} // namespace AppKeys
