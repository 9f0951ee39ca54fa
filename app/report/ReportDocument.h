#pragma once

#include "report/ReportData.h"
#include "report/ReportLabels.h"
#include "report/ReportLanguage.h"

#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace bmp::report {

class ReportTimeline;

// The signoff report's content as one QTextDocument: the cover, the checklist with its timeline, channel and
// contacts, keys, token tests, proposals, calculation, accreditation and delivery, the signoff table and the
// evidence appendix. Every text coming from the project is escaped; nothing secret is read from ReportData
// because nothing secret is in it, and URLs lose credentials and secret-looking query values on the way in.
class ReportDocument {
public:
    ReportDocument(const ReportData& data, const ReportLanguage& language, QString fontFamily);
    ~ReportDocument();

    // Laid out for `device` (fonts measured there) on pages of `pageSize` device pixels. The evidence appendix
    // starts a page of its own (a soft break) unless `appendixBreak` is false: SignoffReport lays the report out
    // both ways when the break leaves the appendix's last page holding a few rows, and keeps the shorter.
    std::unique_ptr<QTextDocument> build(QPaintDevice* device, const QSizeF& pageSize, bool appendixBreak = true);

    // The evidence appendix's rows (plain text, URLs redacted), for EvidenceTable.
    QStringList evidenceHeaders() const;
    QList<QStringList> evidenceRows() const;
    static QList<qreal> evidenceWidths();

    QString title() const;      // header of every page
    QString footerLeft() const; // generation time
    QString pageNumber(int page, int pages) const;

    static QString redactUrl(const QString& url);
    static QString splitFingerprint(const QString& fingerprint); // HTML

private:
    static void keepHeadingsWithNext(QTextDocument* doc, qreal pageHeight, qreal minFollowing);
    static void softPageBreaks(QTextDocument* doc, qreal pageHeight, bool appendixBreak);
    static QString softBreakAnchor(); // a heading holding <a name="…"> with it starts a page unless one is mostly free
    static QString appendixBreakAnchor(); // the same, for the evidence appendix, which may be told not to
    QString styleSheet() const;
    QString notDone(const QString& what) const;
    QString cover() const;
    QString checklist() const;
    QString channel() const;
    QString keys() const;
    QString tokenTests() const;
    QString proposals() const;
    QString calculation() const;
    QString accreditation() const;
    QString signoff() const;
    QString evidence() const;

    const ReportData& m_data;
    const ReportLanguage& m_lang;
    ReportLabels m_labels;
    QString m_fontFamily;
    std::unique_ptr<ReportTimeline> m_timeline;
};

} // namespace bmp::report
