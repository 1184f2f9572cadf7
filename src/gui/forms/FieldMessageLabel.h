#pragma once

#include "FieldCheck.h"
#include "ToneLabel.h"

namespace AppKeys {

/// The inline message under an input: hidden while there is nothing to say, red for an invalid value,
/// amber for a warning, the normal text colour for a neutral hint.
class FieldMessageLabel : public ToneLabel
{
    Q_OBJECT
public:
    explicit FieldMessageLabel(QWidget* parent = nullptr);

    void showCheck(const FieldCheck& check);
    void clearMessage();
    FieldCheck::Severity severity() const { return m_severity; }

private:
    FieldCheck::Severity m_severity = FieldCheck::Severity::Ok;
};

} // namespace AppKeys
