#include "SourceApp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

QList<SourceApp> allSourceApps()
{
    return {SourceApp::ExternalCma, SourceApp::ExternalWebstore, SourceApp::ClientApp, SourceApp::Bot};
}

QString toStorageString(SourceApp source)
{
    switch (source) {
    case SourceApp::ExternalCma:
        return u"external_cma"_s;
    case SourceApp::ExternalWebstore:
        return u"external_webstore"_s;
    case SourceApp::ClientApp:
        return u"client_app"_s;
    case SourceApp::Bot:
        return u"bot"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SourceApp> sourceAppFromStorageString(const QString& text)
{
    for (const auto source : allSourceApps()) {
        if (toStorageString(source) == text)
            return source;
    }
    return std::nullopt;
}

QString displayName(SourceApp source)
{
    switch (source) {
    case SourceApp::ExternalCma:
        return QCoreApplication::translate("AppKeys::SourceApp", "External CMA");
    case SourceApp::ExternalWebstore:
        return QCoreApplication::translate("AppKeys::SourceApp", "External Webstore");
    case SourceApp::ClientApp:
        return QCoreApplication::translate("AppKeys::SourceApp", "Client App");
    case SourceApp::Bot:
        return QCoreApplication::translate("AppKeys::SourceApp", "Bot");
    }
    Q_UNREACHABLE();
    return {};
}

QString explanation(SourceApp source)
{
    switch (source) {
    case SourceApp::ExternalCma:
        return QCoreApplication::translate("AppKeys::SourceApp",
                                           "A custom mobile app; its bookings show the Mobile Booking icon.");
    case SourceApp::ExternalWebstore:
        return QCoreApplication::translate("AppKeys::SourceApp",
                                           "An online store or booking site; its bookings show the Web Booking icon.");
    case SourceApp::ClientApp:
        return QCoreApplication::translate("AppKeys::SourceApp", "The business's own client app.");
    case SourceApp::Bot:
        return QCoreApplication::translate("AppKeys::SourceApp",
                                           "A chat or voice bot; its bookings show the Bot Booking icon.");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
