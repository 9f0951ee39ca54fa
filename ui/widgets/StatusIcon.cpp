#include "widgets/StatusIcon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace bmp::ui {

QIcon statusIcon(StepStatus status, int size) {
    static QHash<QPair<int, int>, QIcon> cache;
    const QPair<int, int> key(static_cast<int>(status), size);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int scale : {1, 2}) {
        const int s = size * scale;
        QPixmap pm(s, s);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1.5 * scale, 1.5 * scale, s - 3.0 * scale, s - 3.0 * scale);
        QPen pen(Qt::black, 1.6 * scale);
        // A white disc under every shape keeps it visible on a selected (dark or coloured) row.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(r.adjusted(-0.5 * scale, -0.5 * scale, 0.5 * scale, 0.5 * scale));
        p.setBrush(Qt::NoBrush);
        switch (status) {
        case StepStatus::NotStarted:
            pen.setColor(QColor(0x80, 0x80, 0x80));
            p.setPen(pen);
            p.drawEllipse(r);
            break;
        case StepStatus::InProgress: {
            pen.setColor(QColor(0x1f, 0x6f, 0xc5));
            p.setPen(pen);
            p.drawEllipse(r);
            QPainterPath half;
            half.moveTo(r.center());
            half.arcTo(r, 90, 180);
            half.closeSubpath();
            p.fillPath(half, QColor(0x1f, 0x6f, 0xc5));
            break;
        }
        case StepStatus::Blocked: {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc6, 0x28, 0x28));
            p.drawEllipse(r);
            QPen white(Qt::white, 2.0 * scale, Qt::SolidLine, Qt::RoundCap);
            p.setPen(white);
            const qreal m = s * 0.32;
            p.drawLine(QPointF(m, m), QPointF(s - m, s - m));
            p.drawLine(QPointF(s - m, m), QPointF(m, s - m));
            break;
        }
        case StepStatus::Done: {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2e, 0x7d, 0x32));
            p.drawEllipse(r);
            QPen white(Qt::white, 2.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(white);
            QPainterPath check;
            check.moveTo(s * 0.28, s * 0.52);
            check.lineTo(s * 0.44, s * 0.68);
            check.lineTo(s * 0.72, s * 0.36);
            p.setBrush(Qt::NoBrush);
            p.drawPath(check);
            break;
        }
        }
        p.end();
        pm.setDevicePixelRatio(scale);
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace bmp::ui
