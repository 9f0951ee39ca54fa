#include "widgets/InlineMessage.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace bmp::ui {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    setFrameShape(QFrame::StyledPanel);
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void InlineMessage::setReservesSpace(bool reserve) {
    m_reserve = reserve;
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(reserve);
    setSizePolicy(policy);
    updateGeometry();
}

int InlineMessage::reservedHeight() const {
    if (!m_reserve)
        return 0;
    // The height of a one-line message: margins, frame, and the taller of the icon and a line of text.
    const QMargins m = layout()->contentsMargins();
    return m.top() + m.bottom() + 2 * frameWidth() + qMax(20, m_text->fontMetrics().height());
}

QSize InlineMessage::sizeHint() const {
    QSize size = QFrame::sizeHint();
    size.setHeight(qMax(size.height(), reservedHeight()));
    return size;
}

QSize InlineMessage::minimumSizeHint() const {
    QSize size = QFrame::minimumSizeHint();
    size.setHeight(qMax(size.height(), reservedHeight()));
    return size;
}

int InlineMessage::heightForWidth(int width) const {
    return qMax(QFrame::heightForWidth(width), reservedHeight());
}

void InlineMessage::showMessage(Kind kind, const QString& text) {
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colors = QStringLiteral("background:#e8f1fb;border:1px solid #7aa7d9;");
    // The kind is said in words too (for screen readers), not only by the colour and the icon.
    QString kindName = tr("Information");
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colors = QStringLiteral("background:#fff6e0;border:1px solid #d9a400;");
        kindName = tr("Warning");
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        colors = QStringLiteral("background:#fde8e8;border:1px solid #d04444;");
        kindName = tr("Error");
        break;
    case Kind::Positive:
        icon = QStyle::SP_DialogApplyButton;
        colors = QStringLiteral("background:#e6f5e6;border:1px solid #4c9a4c;");
        kindName = tr("Done");
        break;
    }
    setStyleSheet(
        QStringLiteral(
            "bmp--ui--InlineMessage{%1 border-radius:4px;} QLabel{background:transparent;border:none;color:#202020;}")
            .arg(colors));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_icon->setAccessibleName(kindName);
    m_text->setText(text);
    updateGeometry();
    setAccessibleName(kindName);
    setAccessibleDescription(text);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void InlineMessage::clearMessage() {
    m_text->clear();
    hide();
    updateGeometry();
}

QString InlineMessage::text() const {
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace bmp::ui
