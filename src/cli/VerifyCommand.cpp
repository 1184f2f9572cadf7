#include "VerifyCommand.h"

#include "ArgumentParser.h"
#include "CommandContext.h"
#include "RegistryVerifier.h"
#include "TableTime.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString RequireOption = u"require"_s;

/// The whole of standard input without surrounding white space (a key piped in usually ends with a line break).
QString keyFromStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(input.readAll()).trimmed();
}

} // namespace

QStringList VerifyCommand::words() const
{
    return {u"verify"_s};
}

QString VerifyCommand::synopsis() const
{
    return u"appkeys verify [--require PERMISSION]... < KEY_FILE"_s;
}

QString VerifyCommand::summary() const
{
    return tr("Checks whether the API key on standard input is valid, as 'appkeys serve' would: exit status 0 if "
              "it is, 1 with the reason if not. The key is never taken from an argument.");
}

QList<CommandOption> VerifyCommand::options() const
{
    return {{RequireOption, u"PERMISSION"_s,
             tr("the key's app must also have this permission (repeat for several: all are required)")}};
}

Status VerifyCommand::configure(const ArgumentParser& arguments, const QString&)
{
    m_required = arguments.values(RequireOption);
    if (m_required.contains(QString()))
        return Error{tr("option '--require' needs a permission, for example appointments.read"), {}};
    return {};
}

Status VerifyCommand::execute(const CommandContext& context)
{
    const QString key = keyFromStandardInput();
    if (key.isEmpty())
        return Error{tr("No key on standard input."), tr("Pipe the key in, for example: appkeys verify < key.txt")};
    const Result<KeyVerdict> verdict = RegistryVerifier::verify(context.database(), key, m_required, context.now());
    if (!verdict)
        return verdict.error();
    if (context.json())
        context.writeJson(QJsonDocument(verdict.value().toJson()));
    if (!verdict.value().isValid())
        return Error{KeyVerification::reason(verdict.value().code), {}};
    if (!context.json())
        writeText(verdict.value(), context.out());
    return {};
}

void VerifyCommand::writeText(const KeyVerdict& verdict, QTextStream& out)
{
    out << KeyVerification::reason(verdict.code) << u'\n'
        << tr("App: %1 (%2)").arg(verdict.appName, verdict.applicationId) << u'\n' << tr("Key: %1").arg(verdict.keyHint)
        << u'\n'
        << tr("Permissions: %1").arg(verdict.permissions.isEmpty() ? tr("none") : verdict.permissions.join(u", "_s))
        << u'\n' << tr("Expires: %1").arg(TableTime::minutes(verdict.expiresAt)) << u'\n';
}

} // namespace AppKeys
