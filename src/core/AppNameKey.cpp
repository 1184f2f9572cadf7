#include "AppNameKey.h"

namespace AppKeys {

QString AppNameKey::of(const QString& name)
{
    // Case folding can leave a text that is no longer in NFKC, hence NFKC once more after it: close to Unicode's
    // NFKC_Casefold, which also drops default-ignorable characters (names cannot hold those any more). Qt folds
    // simply, one character to one: "ß" stays "ß" rather than "ss".
    return name.trimmed()
        .normalized(QString::NormalizationForm_KC)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

} // namespace AppKeys
