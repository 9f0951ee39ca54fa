#include "report/ReportFonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>

#include <mutex>

namespace bmp::report {

QFont reportFont(const QString& family, qreal pointSize) {
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

Result<QString> reportFontFamily() {
    static std::once_flag once;
    static Result<QString> family = makeError(QString());
    std::call_once(once, [] {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            family = makeError(QCoreApplication::translate("SignoffReport", "The report needs a graphical "
                                                                            "application to lay out its pages."),
                               QStringLiteral("no QGuiApplication"));
            return;
        }
        QString name;
        for (const char* file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
            if (families.isEmpty()) {
                family = makeError(QCoreApplication::translate("SignoffReport", "The report's fonts are missing."),
                                   QString::fromLatin1(file));
                return;
            }
            name = families.first();
        }
        family = name;
    });
    return family;
}

} // namespace bmp::report
