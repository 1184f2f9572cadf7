// Warning and problem text on light and dark themes: the colours come from the palette and keep WCAG's 4.5:1
// contrast on the window (and table) background, in the labels, the table cells and the expiry banner, also after
// the palette changes while the window is open.
#include "ExpiryBanner.h"
#include "FieldMessageLabel.h"
#include "FixedClock.h"
#include "KeyStatusStyle.h"
#include "KeyTableModel.h"
#include "SampleApps.h"
#include "TextColors.h"
#include "ToneLabel.h"

#include <QApplication>
#include <QBrush>
#include <QLabel>
#include <QStyle>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace AppKeys;

Q_DECLARE_METATYPE(AppKeys::TextColors::Tone)

namespace {

const QDateTime Now = FixedClock::defaultNow();

QPalette paletteOf(const QColor& window, const QColor& text, const QColor& base, const QColor& alternateBase)
{
    QPalette palette(window);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, text);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    return palette;
}

/// Fusion's own light palette.
QPalette lightPalette()
{
    return paletteOf(QColor(0xef, 0xef, 0xef), Qt::black, Qt::white, QColor(0xf7, 0xf7, 0xf7));
}

/// KDE's Breeze Dark.
QPalette darkPalette()
{
    return paletteOf(QColor(0x31, 0x36, 0x3b), QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29),
                     QColor(0x31, 0x36, 0x3b));
}

/// A grey on which neither variant reaches 4.5:1, so the colour is moved towards black.
QPalette midGreyPalette()
{
    return paletteOf(QColor(0x80, 0x80, 0x80), Qt::black, QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80));
}

double roundedRatio(const QColor& text, const QColor& background)
{
    return std::round(TextColors::contrastRatio(text, background) * 100) / 100;
}

QColor textColorOf(const QWidget* widget)
{
    return widget->palette().color(widget->foregroundRole());
}

} // namespace

class TextColorsTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void contrastRatioIsWcags();
    void toneContrastsWithTheWindow_data();
    void toneContrastsWithTheWindow();
    void statusCellsContrastWithBothRowColours_data();
    void statusCellsContrastWithBothRowColours();
    void fieldMessageUsesTheToneForItsWindow();
    void labelFollowsAnApplicationPaletteChange();
    void statusCellUsesTheApplicationPalette();
    void bannerFollowsTheTheme();
};

void TextColorsTest::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TextColorsTest::contrastRatioIsWcags()
{
    QCOMPARE(TextColors::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(TextColors::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(TextColors::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // WCAG's own example: #777777 on white just misses 4.5:1.
    QCOMPARE(roundedRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48);
    QVERIFY(!TextColors::isDark(QColor(0xef, 0xef, 0xef)));
    QVERIFY(!TextColors::isDark(QColor(0x80, 0x80, 0x80)));
    QVERIFY(TextColors::isDark(QColor(0x31, 0x36, 0x3b)));
    QVERIFY(TextColors::isDark(QColor(0x5a, 0x5a, 0x5a)));
}

void TextColorsTest::toneContrastsWithTheWindow_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<TextColors::Tone>("tone");
    QTest::addColumn<QColor>("expected");
    QTest::addColumn<double>("ratio");
    QTest::newRow("light, problem") << lightPalette() << TextColors::Tone::Problem << QColor(0xb0, 0x1c, 0x1c) << 6.03;
    QTest::newRow("light, warning") << lightPalette() << TextColors::Tone::Warning << QColor(0x8a, 0x5a, 0x00) << 5.15;
    QTest::newRow("light, muted") << lightPalette() << TextColors::Tone::Muted << QColor(0x6b, 0x6b, 0x6b) << 4.63;
    QTest::newRow("dark, problem") << darkPalette() << TextColors::Tone::Problem << QColor(0xff, 0x8a, 0x80) << 5.34;
    QTest::newRow("dark, warning") << darkPalette() << TextColors::Tone::Warning << QColor(0xff, 0xc8, 0x57) << 7.93;
    QTest::newRow("dark, muted") << darkPalette() << TextColors::Tone::Muted << QColor(0xaa, 0xaa, 0xaa) << 5.25;
    QTest::newRow("mid grey, problem") << midGreyPalette() << TextColors::Tone::Problem << QColor(0x2c, 0x07, 0x07)
                                       << 4.66;
    QTest::newRow("mid grey, warning") << midGreyPalette() << TextColors::Tone::Warning << QColor(0x1c, 0x12, 0x00)
                                       << 4.68;
}

void TextColorsTest::toneContrastsWithTheWindow()
{
    QFETCH(QPalette, palette);
    QFETCH(TextColors::Tone, tone);
    QFETCH(QColor, expected);
    QFETCH(double, ratio);
    const QColor window = palette.color(QPalette::Window);
    const QColor chosen = TextColors::forBackground(tone, window);
    QCOMPARE(chosen, expected);
    QCOMPARE(roundedRatio(chosen, window), ratio);
    QVERIFY(TextColors::contrastRatio(chosen, window) >= TextColors::MinimumContrast);
}

void TextColorsTest::statusCellsContrastWithBothRowColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QColor>("expired");
    QTest::addColumn<QColor>("expiring");
    QTest::addColumn<QColor>("inactive");
    QTest::newRow("light") << lightPalette() << QColor(0xb0, 0x1c, 0x1c) << QColor(0x8a, 0x5a, 0x00)
                           << QColor(0x6b, 0x6b, 0x6b);
    QTest::newRow("dark") << darkPalette() << QColor(0xff, 0x8a, 0x80) << QColor(0xff, 0xc8, 0x57)
                          << QColor(0xaa, 0xaa, 0xaa);
}

void TextColorsTest::statusCellsContrastWithBothRowColours()
{
    QFETCH(QPalette, palette);
    QFETCH(QColor, expired);
    QFETCH(QColor, expiring);
    QFETCH(QColor, inactive);
    const auto cell = [&](KeyStatus::State state) {
        return KeyStatusStyle::cellForeground(state, palette).value_or(QColor());
    };
    QCOMPARE(cell(KeyStatus::State::Expired), expired);
    QCOMPARE(cell(KeyStatus::State::Revoked), expired);
    QCOMPARE(cell(KeyStatus::State::ExpiresSoon), expiring);
    QCOMPARE(cell(KeyStatus::State::Inactive), inactive);
    QVERIFY(!KeyStatusStyle::cellForeground(KeyStatus::State::Active, palette));
    for (const QColor& color : {expired, expiring, inactive}) {
        QVERIFY(TextColors::contrastRatio(color, palette.color(QPalette::Base)) >= TextColors::MinimumContrast);
        QVERIFY(TextColors::contrastRatio(color, palette.color(QPalette::AlternateBase)) >=
                TextColors::MinimumContrast);
    }
}

void TextColorsTest::fieldMessageUsesTheToneForItsWindow()
{
    QWidget window;
    window.setPalette(darkPalette());
    auto* message = new FieldMessageLabel(&window);

    message->showCheck(FieldCheck::invalid(u"Enter a name for the app."_s));
    QCOMPARE(textColorOf(message), QColor(0xff, 0x8a, 0x80));
    message->showCheck(FieldCheck::warning(u"http is not encrypted."_s));
    QCOMPARE(textColorOf(message), QColor(0xff, 0xc8, 0x57));
    message->showCheck(FieldCheck{FieldCheck::Severity::Ok, u"Checked."_s});
    QCOMPARE(textColorOf(message), QColor(0xef, 0xf0, 0xf1));

    message->showCheck(FieldCheck::invalid(u"Enter a name for the app."_s));
    window.setPalette(lightPalette());
    QCOMPARE(textColorOf(message), QColor(0xb0, 0x1c, 0x1c));
    message->showCheck(FieldCheck{FieldCheck::Severity::Ok, u"Checked."_s});
    QCOMPARE(textColorOf(message), QColor(Qt::black));
}

void TextColorsTest::labelFollowsAnApplicationPaletteChange()
{
    QApplication::setPalette(lightPalette());
    QWidget window;
    auto* status = new ToneLabel(&window);
    status->setTone(TextColors::Tone::Warning);
    QCOMPARE(textColorOf(status), QColor(0x8a, 0x5a, 0x00));

    // The widgets learn of the application's new palette from a posted event.
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(status->palette().color(QPalette::Window), QColor(0x31, 0x36, 0x3b));
    QCOMPARE(textColorOf(status), QColor(0xff, 0xc8, 0x57));

    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(textColorOf(status), QColor(0x8a, 0x5a, 0x00));
}

void TextColorsTest::statusCellUsesTheApplicationPalette()
{
    KeyRecord expired = SampleApps::key(u"app-1"_s, Now.addDays(-400), 365);
    KeyRecord expiring = SampleApps::key(u"app-1"_s, Now.addDays(-360), 365);
    KeyTableModel model;
    model.setKeys({expiring, expired}, true, Now);
    const auto statusColor = [&](int row) {
        return model.index(row, KeyTableModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    QCOMPARE(model.status(0).state, KeyStatus::State::ExpiresSoon);
    QCOMPARE(model.status(1).state, KeyStatus::State::Expired);

    QApplication::setPalette(darkPalette());
    QCOMPARE(statusColor(0), QColor(0xff, 0xc8, 0x57));
    QCOMPARE(statusColor(1), QColor(0xff, 0x8a, 0x80));
    QApplication::setPalette(lightPalette());
    QCOMPARE(statusColor(0), QColor(0x8a, 0x5a, 0x00));
    QCOMPARE(statusColor(1), QColor(0xb0, 0x1c, 0x1c));
}

void TextColorsTest::bannerFollowsTheTheme()
{
    QWidget window;
    window.setPalette(darkPalette());
    auto* banner = new ExpiryBanner(&window);
    banner->showProblems({u"1 webhook alert is pending."_s});
    auto* problem = banner->findChild<QLabel*>(u"alertProblemLabel"_s);
    auto* moreKeys = banner->findChild<QLabel*>(u"moreKeysLabel"_s);

    const QColor deepAmber(0x46, 0x37, 0x14);
    QCOMPARE(banner->palette().color(QPalette::Window), deepAmber);
    QCOMPARE(textColorOf(moreKeys), QColor(0xef, 0xf0, 0xf1));
    QCOMPARE(textColorOf(problem), QColor(0xff, 0x8a, 0x80));
    QCOMPARE(roundedRatio(textColorOf(moreKeys), deepAmber), 10.13);
    QCOMPARE(roundedRatio(textColorOf(problem), deepAmber), 5.06);

    window.setPalette(lightPalette());
    const QColor paleAmber(0xff, 0xf4, 0xd6);
    QCOMPARE(banner->palette().color(QPalette::Window), paleAmber);
    QCOMPARE(textColorOf(moreKeys), QColor(Qt::black));
    QCOMPARE(textColorOf(problem), QColor(0xb0, 0x1c, 0x1c));
    QCOMPARE(roundedRatio(textColorOf(moreKeys), paleAmber), 19.16);
    QCOMPARE(roundedRatio(textColorOf(problem), paleAmber), 6.33);
}

QTEST_MAIN(TextColorsTest)
#include "tst_text_colors.moc"
