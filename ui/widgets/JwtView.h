#pragma once

#include <QJsonObject>
#include <QWidget>

class QTextBrowser;

namespace bmp::ui {

// A JWT as people read it: the compact form with header, payload and signature in three colours (when it may be
// shown), then the decoded header and payload, every time claim followed by its local and São Paulo time.
class JwtView : public QWidget {
    Q_OBJECT
public:
    explicit JwtView(QWidget* parent = nullptr);

    // showCompact = false for secrets the user did not ask to see (an access token): decoded parts only.
    void setToken(const QByteArray& token, bool showCompact = true);
    void clear();
    QString encodedHtml() const;
    QString decodedText() const;

    // "1767225600 = 2026-01-01 09:00:00 local time · 2026-01-01 06:00:00 in São Paulo"
    static QString describeTime(qint64 secondsSinceEpoch);

private:
    QTextBrowser* m_encoded;
    QTextBrowser* m_decoded;
};

} // namespace bmp::ui
