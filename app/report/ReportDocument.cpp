#include "report/ReportDocument.h"

#include "core/AppInfo.h"
#include "domain/BusinessCalendar.h"
#include "domain/Validators.h"
#include "report/EvidenceDigest.h"
#include "report/ReportFonts.h"
#include "report/ReportHtml.h"
#include "report/ReportTimeline.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <QUrlQuery>
#include <cmath>

namespace bmp::report {

using namespace html;

ReportDocument::ReportDocument(const ReportData& data, const ReportLanguage& language, QString fontFamily)
    : m_data(data)
    , m_lang(language)
    , m_labels(language)
    , m_fontFamily(std::move(fontFamily)) {}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::redactUrl(const QString& url) {
    QUrl u(url);
    if (!u.isValid())
        return url;
    u.setUserInfo(QString());
    u.setFragment(QString());
    if (u.hasQuery()) {
        static const QStringList secretWords{QStringLiteral("token"),         QStringLiteral("assertion"),
                                             QStringLiteral("secret"),        QStringLiteral("password"),
                                             QStringLiteral("passphrase"),    QStringLiteral("signature"),
                                             QStringLiteral("apikey"),        QStringLiteral("api_key"),
                                             QStringLiteral("authorization"), QStringLiteral("code")};
        QUrlQuery query(u);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto& [key, value] : items) {
            const QString k = key.toLower();
            for (const QString& word : secretWords) {
                if (k.contains(word))
                    value = QStringLiteral("[redacted]");
            }
        }
        query.setQueryItems(items);
        u.setQuery(query);
    }
    return u.toString();
}

QString ReportDocument::title() const {
    return m_lang.translate("SignoffReport", "Production signoff report — %1").arg(m_data.partner);
}

QString ReportDocument::footerLeft() const {
    return m_lang.translate("SignoffReport", "Generated on %1 (São Paulo time) by BMP Onboarding %2")
        .arg(m_lang.dateTime(m_data.generatedAt), AppInfo::version());
}

QString ReportDocument::pageNumber(int page, int pages) const {
    return m_lang.translate("SignoffReport", "Page %1 of %2").arg(page).arg(pages);
}

QString ReportDocument::styleSheet() const {
    return QStringLiteral(
        "h1 { font-size: 15pt; font-weight: bold; color: #1a3d6d; margin-top: 0pt; margin-bottom: 6pt; }"
        "h2 { font-size: 12.5pt; font-weight: bold; color: #1a3d6d; margin-top: 14pt; margin-bottom: 5pt; }"
        "h3 { font-size: 10pt; font-weight: bold; margin-top: 8pt; margin-bottom: 3pt; }"
        "p { margin-top: 0pt; margin-bottom: 4pt; }"
        "table.data { border-color: #9aa4b0; border-style: solid; border-collapse: collapse; margin-bottom: 6pt; }"
        "table.data th { background-color: #e4e9f0; font-weight: bold; font-size: 8pt; }"
        "table.data td { font-size: 8.5pt; }"
        "table.evidence td { font-size: 7pt; }"
        "table.evidence th { font-size: 7pt; }"
        "table.facts td { font-size: 9.5pt; }"
        "td.label { font-weight: bold; color: #3a4a5c; }"
        "p.kicker { font-size: 11pt; color: #51606f; }"
        "p.title { font-size: 24pt; font-weight: bold; color: #1a3d6d; }"
        "p.partner { font-size: 17pt; font-weight: bold; }"
        "p.note { font-size: 8.5pt; color: #51606f; margin-top: 14pt; }"
        "p.small { font-size: 8pt; color: #51606f; }"
        "td.missing { background-color: #fff4d6; }"
        "td.comments { font-size: 8pt; color: #3a4a5c; }"
        "span.digest { font-size: 7.5pt; }");
}

QString ReportDocument::notDone(const QString& what) const {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0\"><tr>"
                          "<td class=\"missing\"><b>%1</b> %2</td></tr></table>")
        .arg(esc(m_lang.translate("SignoffReport", "Not done yet:")), esc(what));
}

std::unique_ptr<QTextDocument> ReportDocument::build(QPaintDevice* device, const QSizeF& pageSize, bool appendixBreak) {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setPageSize(pageSize);
    const QFont font = reportFont(m_fontFamily, 9);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    // Long URLs, GUIDs and digests have no spaces: they may break anywhere rather than overflow the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDefaultStyleSheet(styleSheet());

    QList<ReportTimeline::Row> rows;
    for (const StepRow& s : m_data.steps) {
        rows.append({QStringLiteral("%1. %2").arg(static_cast<int>(s.step)).arg(m_labels.stepTitle(s.step)), s.planned,
                     s.actual, s.status == StepStatus::Done});
    }
    ReportTimeline::Texts texts{
        m_lang.translate("SignoffReport", "No step has a planned date yet."),
        m_lang.translate("SignoffReport",
                         "○ planned date   ■ actual date, step done   □ actual date, step not done   ┆ date of this "
                         "report"),
        m_lang.locale().bcp47Name()};
    const QDate today = m_data.generatedAt.toTimeZone(BusinessCalendar::saoPauloZone()).date();
    m_timeline = std::make_unique<ReportTimeline>(rows, today, texts);

    QTextCursor cursor(doc.get());
    cursor.insertHtml(cover() + checklist());
    // The drawing in a plain block of its own: the sections after it start in their own blocks (a heading sharing
    // the drawing's block would not be kept with what follows it).
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_timeline->insertInto(cursor);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertHtml(channel() + keys() + tokenTests() + proposals() + calculation() + accreditation() + signoff() +
                      evidence());
    softPageBreaks(doc.get(), pageSize.height(), appendixBreak);
    keepHeadingsWithNext(doc.get(), pageSize.height(), 2 * QFontMetricsF(font, device).lineSpacing());
    return doc;
}

QString ReportDocument::softBreakAnchor() {
    return QStringLiteral("bmp-soft-page-break");
}

QString ReportDocument::appendixBreakAnchor() {
    return QStringLiteral("bmp-soft-page-break-appendix");
}

void ReportDocument::softPageBreaks(QTextDocument* doc, qreal pageHeight, bool appendixBreak) {
    // A section that likes a page of its own (the signoff, the appendix) starts one unless the page it would start
    // on is still mostly free: a forced break after a short tail would leave that tail alone on a page.
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextBlock::iterator first = block.begin();
        if (first.atEnd())
            continue;
        const QStringList anchors = first.fragment().charFormat().anchorNames();
        if (!anchors.contains(softBreakAnchor()) && !(appendixBreak && anchors.contains(appendixBreakAnchor())))
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal used = top - std::floor(top / pageHeight) * pageHeight;
        if (used > pageHeight / 3) {
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(breakBefore);
        }
    }
}

void ReportDocument::keepHeadingsWithNext(QTextDocument* doc, qreal pageHeight, qreal minFollowing) {
    // QTextDocument has no keep-with-next: a heading whose following text starts on the next page is moved there.
    // Headings are visited in order, so every move is measured on the layout the previous moves produced.
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const QTextBlock next = block.next();
        if (format.headingLevel() == 0 || !next.isValid() ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        QRectF following = layout->blockBoundingRect(next);
        qreal keep = minFollowing;
        if (QTextTable* table = QTextCursor(next).currentTable()) {
            // A short table (a key's facts, a summary) stays with its heading; a long one only starts with it.
            following = layout->frameBoundingRect(table);
            keep = qMax(minFollowing, pageHeight / 4);
        } else if (next.text() == QString(QChar::ObjectReplacementCharacter)) {
            keep = following.height(); // a drawing (the timeline) cannot be split: it all goes with its heading
        }
        const int page = static_cast<int>(heading.top() / pageHeight);
        const qreal needed = following.top() + qMin(following.height(), keep);
        if (static_cast<int>((needed - 1) / pageHeight) != page) {
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(breakBefore);
        }
    }
}

QString ReportDocument::cover() const {
    const ReportData& d = m_data;
    QStringList products;
    for (Product p : d.products)
        products.append(m_labels.product(p));
    int done = 0;
    for (const StepRow& s : d.steps)
        done += s.status == StepStatus::Done ? 1 : 0;
    int approved = 0;
    for (const SignoffArea& a : d.areas)
        approved += Decisions::isApproval(a.decision) ? 1 : 0;
    const QString notSet = m_lang.translate("SignoffReport", "Not set yet");

    QList<QPair<QString, QString>> rows{
        {esc(m_lang.translate("SignoffReport", "Products")),
         products.isEmpty() ? esc(notSet) : esc(products.join(QStringLiteral(", ")))},
        {esc(m_lang.translate("SignoffReport", "Project started")),
         d.createdAt.isValid() ? esc(m_lang.date(d.createdAt.toTimeZone(BusinessCalendar::saoPauloZone()).date()))
                               : esc(m_lang.translate("SignoffReport", "Unknown"))},
        {esc(m_lang.translate("SignoffReport", "Report generated")),
         esc(m_lang.translate("SignoffReport", "%1 (São Paulo time)").arg(m_lang.dateTime(d.generatedAt)))},
        {esc(m_lang.translate("SignoffReport", "Checklist")),
         esc(m_lang.translate("SignoffReport", "%1 of %2 steps done").arg(done).arg(d.steps.size()))},
        {esc(m_lang.translate("SignoffReport", "BackOffice signoff")),
         d.areas.isEmpty()
             ? esc(m_lang.translate("SignoffReport", "No BackOffice area recorded"))
             : esc(m_lang.translate("SignoffReport", "%1 of %2 areas approved").arg(approved).arg(d.areas.size()))},
        {esc(m_lang.translate("SignoffReport", "Production credentials released on")),
         d.releaseDate.isValid() ? esc(m_lang.date(d.releaseDate)) : esc(notSet)},
        {esc(m_lang.translate("SignoffReport", "Go-live")),
         d.goLive.isValid() ? esc(m_lang.date(d.goLive)) : esc(notSet)},
        {esc(m_lang.translate("SignoffReport", "Evidence log")),
         esc(m_lang.translate("SignoffReport", "%1 recorded exchanges").arg(m_lang.number(d.evidence.size()))) +
             QStringLiteral("<br/><span class=\"digest\">SHA-256 %1</span>")
                 .arg(QString::fromLatin1(EvidenceDigest::sha256Hex(d.evidence)))},
    };
    // Inline margins: QTextDocument applies a class rule's font but not its margins to the first blocks.
    QString out = QStringLiteral("<p class=\"kicker\" style=\"margin-top:12pt\">%1</p>"
                                 "<p class=\"title\" style=\"margin-bottom:4pt\">%2</p>"
                                 "<p class=\"partner\" style=\"margin-bottom:20pt\">%3</p>")
                      .arg(esc(m_lang.translate("SignoffReport", "BMP onboarding checklist")),
                           esc(m_lang.translate("SignoffReport", "Production signoff report")), esc(d.partner));
    out += facts(rows);
    out += QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(m_lang.translate("SignoffReport",
                                         "This report never contains private keys, passphrases, access tokens or "
                                         "client assertions. The exchanges listed in the evidence appendix were "
                                         "redacted before they were recorded; the report prints their digest, not "
                                         "their bodies.")));
    // The application shows the user's local time; BMP works on São Paulo's; the evidence log records UTC.
    out += QStringLiteral("<p class=\"note\" style=\"margin-top:4pt\">%1</p>")
               .arg(esc(m_lang.translate("SignoffReport",
                                         "Times in this report are São Paulo times (America/Sao_Paulo, BMP's "
                                         "business hours), except in the evidence appendix, which lists the UTC "
                                         "times the log recorded. Each table's header says which one it uses.")));
    return out;
}

QString ReportDocument::checklist() const {
    // Right after the cover, on its page: a cover alone would leave most of page 1 blank.
    QString out = QStringLiteral("<h1 style=\"margin-top:18pt\">%1</h1>")
                      .arg(esc(m_lang.translate("SignoffReport", "1. Checklist")));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(m_lang
                            .translate("SignoffReport",
                                       "The %1 steps of BMP's production checklist that apply to the products in "
                                       "scope, with their owner and their planned and actual dates.")
                            .arg(m_data.steps.size())));
    if (!m_data.proposalsApply()) {
        out += QStringLiteral("<p class=\"small\">%1</p>")
                   .arg(esc(m_lang.translate("SignoffReport",
                                             "Step 7 (Test proposals) does not apply: the Bureau product has no "
                                             "proposals step.")));
    }
    QList<QStringList> rows;
    for (const StepRow& s : m_data.steps) {
        rows.append({QString::number(static_cast<int>(s.step)), esc(m_labels.stepTitle(s.step)),
                     esc(m_labels.status(s.status)), orDash(s.owner), orDash(m_lang.date(s.planned)),
                     orDash(m_lang.date(s.actual))});
    }
    out += table({esc(m_lang.translate("SignoffReport", "No.")), esc(m_lang.translate("SignoffReport", "Step")),
                  esc(m_lang.translate("SignoffReport", "Status")), esc(m_lang.translate("SignoffReport", "Owner")),
                  esc(m_lang.translate("SignoffReport", "Planned")), esc(m_lang.translate("SignoffReport", "Actual"))},
                 rows, {6, 32, 14, 22, 13, 13});
    // Steps closed by hand before their rule held: the reason, who and when, never a plain "Done".
    QString overrides;
    for (const StepRow& s : m_data.steps) {
        if (s.overrideReason.isEmpty())
            continue;
        overrides += QStringLiteral("<li>%1</li>")
                         .arg(esc(m_lang
                                      .translate("SignoffReport", "Step %1 (%2): marked done before its rule held, "
                                                                  "by %3 on %4. Reason: %5")
                                      .arg(static_cast<int>(s.step))
                                      .arg(m_labels.stepTitle(s.step),
                                           s.overrideBy.isEmpty() ? QStringLiteral("—") : s.overrideBy,
                                           m_lang.dateTime(s.overrideAt), s.overrideReason)));
    }
    if (!overrides.isEmpty())
        out += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                   .arg(esc(m_lang.translate("SignoffReport", "Done by override")), overrides);
    out += QStringLiteral("<h3>%1</h3>").arg(esc(m_lang.translate("SignoffReport", "Timeline")));
    return out;
}

QString ReportDocument::channel() const {
    QString out = QStringLiteral("<h2>%1</h2>")
                      .arg(esc(m_lang.translate("SignoffReport", "2. Communication channel and contacts")));
    if (m_data.groupName.isEmpty()) {
        out += notDone(m_lang.translate("SignoffReport", "no project group has been recorded (step 1)."));
    } else {
        out += facts({{esc(m_lang.translate("SignoffReport", "Project group")), esc(m_data.groupName)},
                      {esc(m_lang.translate("SignoffReport", "Invite link")),
                       esc(m_data.inviteLinkRecorded
                               ? m_lang.translate("SignoffReport",
                                                  "Recorded in the project, not printed: anyone who has it can join.")
                               : m_lang.translate("SignoffReport", "Not recorded"))}});
    }
    if (m_data.contacts.isEmpty()) {
        out += notDone(m_lang.translate("SignoffReport", "no participant has been recorded (step 1)."));
        return out;
    }
    QList<QStringList> rows;
    for (const Contact& c : m_data.contacts) {
        rows.append(
            {esc(c.name), orDash(c.role),
             esc(c.side == Side::Bmp ? QStringLiteral("BMP") : m_lang.translate("SignoffReport", "Partner")),
             orDash(c.email), orDash(Validators::displayPhone(c.phone)).replace(u' ', QChar::Nbsp), // whole
             esc(c.joined ? m_lang.translate("SignoffReport", "Yes") : m_lang.translate("SignoffReport", "Not yet"))});
    }
    out +=
        table({esc(m_lang.translate("SignoffReport", "Name")), esc(m_lang.translate("SignoffReport", "Role")),
               esc(m_lang.translate("SignoffReport", "Side")), esc(m_lang.translate("SignoffReport", "E-mail")),
               esc(m_lang.translate("SignoffReport", "Phone")), esc(m_lang.translate("SignoffReport", "In the group"))},
              rows, {17, 13, 10, 29, 20, 11});
    return out;
}

} // namespace bmp::report
