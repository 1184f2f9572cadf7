#pragma once

#include <QLabel>

namespace AppKeys {

/// Shows a secret or an API key so that AppKeys' own Copy button (SecureClipboard: tagged for clipboard managers,
/// cleared after a countdown) is the only way to copy it (PRODUCT.md section 9): its text cannot be selected, so
/// neither Ctrl+C, nor a context menu, nor the X11 primary selection can take it behind the clipboard's rules; and it
/// takes no focus, so that the keyboard goes to the Copy button beside it (its label's buddy). Monospace, wide
/// enough for a whole value.
class SecretField : public QLabel
{
    Q_OBJECT
public:
    explicit SecretField(QWidget* parent = nullptr);
};

} // namespace AppKeys
