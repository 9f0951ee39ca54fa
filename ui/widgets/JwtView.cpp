#include "widgets/JwtView.h"

#include "core/DateText.h"

#include "crypto/Jwt.h"
#include "domain/BusinessCalendar.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {

// jwt.io's colours: header red, payload purple, signature blue.
const char* kHeaderColor = "#d63aff";
const char* kPayloadColor = "#6a1b9a";
const char* kSignatureColor = "#00829b";

QString jsonBlock(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

QString claimTimes(const QJsonObject& payload) {
    QStringList lines;
    for (const char* name : {"iat", "nbf", "exp"}) {
        const QJsonValue v = payload.value(QLatin1String(name));
        if (v.isDouble())
            lines.append(QStringLiteral("%1: %2").arg(QLatin1String(name), JwtView::describeTime(v.toInteger())));
    }
    return lines.join(u'\n');
}

} // namespace

JwtView::JwtView(QWidget* parent)
    : QWidget(parent)
    , m_encoded(new QTextBrowser(this))
    , m_decoded(new QTextBrowser(this)) {
    m_encoded->setObjectName(QStringLiteral("jwtEncodedView"));
    m_decoded->setObjectName(QStringLiteral("jwtDecodedView"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextBrowser* b : {m_encoded, m_decoded}) {
        b->setFont(mono);
        b->setOpenLinks(false);
        b->setLineWrapMode(QTextEdit::WidgetWidth);
        b->setWordWrapMode(QTextOption::WrapAnywhere);
    }
    m_encoded->setMinimumHeight(m_encoded->fontMetrics().lineSpacing() * 5 + 12);
    m_encoded->setMaximumHeight(m_encoded->fontMetrics().lineSpacing() * 8 + 12);
    m_decoded->setMinimumHeight(m_decoded->fontMetrics().lineSpacing() * 24 + 12);
    m_encoded->setAccessibleName(tr("Signed token, encoded"));
    m_decoded->setAccessibleName(tr("Signed token, decoded"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_encoded);
    layout->addWidget(m_decoded);
    clear();
}

QString JwtView::describeTime(qint64 secs) {
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const QLocale locale;
    const QString format = DateText::dateFormat(locale) + QStringLiteral(" HH:mm:ss"); // a JWT's times are seconds
    const QString local = locale.toString(t.toLocalTime(), format);
    const QString saoPaulo = locale.toString(t.toTimeZone(BusinessCalendar::saoPauloZone()), format);
    return tr("%1 = %2 local time · %3 in São Paulo").arg(secs).arg(local, saoPaulo);
}

void JwtView::clear() {
    m_encoded->setHtml(QString());
    m_decoded->setPlainText(QString());
    m_encoded->setVisible(true);
}

void JwtView::setToken(const QByteArray& token, bool showCompact) {
    const auto jwt = crypto::Jwt::decode(token);
    if (!jwt) {
        m_encoded->setPlainText(QString());
        m_decoded->setPlainText(tr("Not a JWT: %1").arg(jwt.error().message));
        return;
    }
    m_encoded->setVisible(showCompact);
    if (showCompact) {
        m_encoded->setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>.<span style=\"color:%3\">%4</span>."
                                          "<span style=\"color:%5\">%6</span>")
                               .arg(QLatin1String(kHeaderColor), QString::fromLatin1(jwt->headerPart),
                                    QLatin1String(kPayloadColor), QString::fromLatin1(jwt->payloadPart),
                                    QLatin1String(kSignatureColor), QString::fromLatin1(jwt->signaturePart)));
    }
    const QString times = claimTimes(jwt->payload);
    m_decoded->setHtml(QStringLiteral("<p style=\"color:%1\"><b>%2</b></p><pre style=\"color:%1\">%3</pre>"
                                      "<p style=\"color:%4\"><b>%5</b></p><pre style=\"color:%4\">%6</pre>"
                                      "<pre>%7</pre>"
                                      "<p style=\"color:%8\"><b>%9</b></p>")
                           .arg(QLatin1String(kHeaderColor), tr("Header"), jsonBlock(jwt->header).toHtmlEscaped(),
                                QLatin1String(kPayloadColor), tr("Payload"), jsonBlock(jwt->payload).toHtmlEscaped(),
                                times.toHtmlEscaped(), QLatin1String(kSignatureColor),
                                tr("Signature: %1 bytes (RS256)").arg(jwt->signature.size())));
}

QString JwtView::encodedHtml() const {
    return m_encoded->toPlainText();
}

QString JwtView::decodedText() const {
    return m_decoded->toPlainText();
}

} // namespace bmp::ui
