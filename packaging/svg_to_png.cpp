// Build-time tool: renders an SVG icon to a square PNG so the hicolor theme gets pixel-exact 1x/2x
// bitmaps without a new build dependency (Qt Svg is already required).
//   appkeys_svg_to_png INPUT.svg SIZE OUTPUT.png

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << u"appkeys_svg_to_png: "_s << message << Qt::endl;
    return 1;
}

std::optional<int> parseSize(const QString& text)
{
    bool isNumber = false;
    const int size = text.toInt(&isNumber);
    if (!isNumber || size <= 0)
        return std::nullopt;
    return size;
}

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication (on the offscreen platform, set by the build) keeps fonts and painting
    // working should an icon ever contain text.
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return fail(u"usage: appkeys_svg_to_png INPUT.svg SIZE OUTPUT.png"_s);

    const QString& inputPath = arguments.at(1);
    const QString& outputPath = arguments.at(3);
    const std::optional<int> size = parseSize(arguments.at(2));
    if (!size)
        return fail(u"SIZE must be a positive whole number, got \"%1\""_s.arg(arguments.at(2)));

    QSvgRenderer renderer(inputPath);
    if (!renderer.isValid())
        return fail(u"%1 is not a readable SVG file"_s.arg(inputPath));

    if (!render(renderer, *size).save(outputPath, "PNG"))
        return fail(u"cannot write %1"_s.arg(outputPath));
    return 0;
}
