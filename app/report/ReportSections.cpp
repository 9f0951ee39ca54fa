// The later sections of the signoff report: keys, token tests, proposals, calculation, accreditation and delivery,
// signoff and the evidence appendix. (The cover, checklist and channel are in ReportDocument.cpp.)
#include "report/EvidenceDigest.h"
#include "report/ReportDocument.h"
#include "report/ReportHtml.h"

#include "domain/Money.h"

namespace bmp::report {

using namespace html;

QString ReportDocument::keys() const {
    QString out = QStringLiteral("<h2>%1</h2>").arg(esc(m_lang.translate("SignoffReport", "3. Keys and client_ids")));
    if (m_data.keys.isEmpty()) {
        return out + notDone(m_lang.translate("SignoffReport", "no public key fingerprint or client_id has been "
                                                               "recorded (steps 3, 4 and 10)."));
    }
    out += QStringLiteral("<p class=\"small\">%1</p>")
               .arg(esc(m_lang.translate("SignoffReport", "Public key identification only: private keys never leave "
                                                          "the project file, where they are stored encrypted.")));
    // One block per key, values on full-width lines: identifiers must be copied from the PDF whole, so they are
    // never squeezed into a table column where they would break at random places.
    for (const KeyRecord& k : m_data.keys) {
        out += QStringLiteral("<h3>%1</h3>").arg(esc(m_labels.environment(k.environment)));
        out += facts({{esc(m_lang.translate("SignoffReport", "SHA-256 fingerprint")),
                       QStringLiteral("<span class=\"digest\">%1</span>").arg(splitFingerprint(k.fingerprintSha256))},
                      {esc(m_lang.translate("SignoffReport", "JWK thumbprint")),
                       QStringLiteral("<span class=\"digest\">%1</span>").arg(orDash(k.jwkThumbprint))},
                      {esc(QStringLiteral("client_id")), orDash(k.clientId)},
                      {esc(m_lang.translate("SignoffReport", "Registered")), orDash(m_lang.date(k.registeredOn))}});
    }
    return out;
}

QString ReportDocument::splitFingerprint(const QString& fingerprint) {
    // "AB:CD:...": 95 characters do not fit one line; two lines of 16 bytes each break at a colon, not anywhere.
    const QStringList bytes = fingerprint.split(u':');
    if (fingerprint.size() <= 64 || bytes.size() < 4)
        return orDash(fingerprint);
    const int half = static_cast<int>(bytes.size() / 2);
    return esc(bytes.mid(0, half).join(u':') + u':') + QStringLiteral("<br/>") + esc(bytes.mid(half).join(u':'));
}

QString ReportDocument::tokenTests() const {
    QString out = QStringLiteral("<h2>%1</h2>").arg(esc(m_lang.translate("SignoffReport", "4. Token tests")));
    if (m_data.tokenTests.isEmpty()) {
        return out + notDone(m_lang.translate("SignoffReport", "no token request has been recorded (step 5, and the "
                                                               "production smoke test of step 11)."));
    }
    QList<QStringList> rows;
    for (const TokenTestRecord& r : m_data.tokenTests) {
        rows.append({esc(m_labels.environment(r.environment)), orDash(m_lang.dateTime(r.at)),
                     esc(r.succeeded ? m_lang.translate("SignoffReport", "Token received")
                                     : m_lang.translate("SignoffReport", "Refused")),
                     r.httpStatus ? QString::number(*r.httpStatus) : QStringLiteral("—"), orDash(r.detail)});
    }
    return out + table({esc(m_lang.translate("SignoffReport", "Environment")),
                        esc(m_lang.translate("SignoffReport", "When (São Paulo time)")),
                        esc(m_lang.translate("SignoffReport", "Result")), esc(QStringLiteral("HTTP")),
                        esc(m_lang.translate("SignoffReport", "Detail"))},
                       rows, {15, 18, 15, 8, 44});
}

QString ReportDocument::proposals() const {
    QString out = QStringLiteral("<h2>%1</h2>").arg(esc(m_lang.translate("SignoffReport", "5. Test proposals")));
    if (!m_data.proposalsApply()) {
        return out + QStringLiteral("<p>%1</p>")
                         .arg(esc(m_lang.translate("SignoffReport", "Does not apply: the products in scope have no "
                                                                    "test-proposal step.")));
    }
    if (m_data.proposals.isEmpty()) {
        out +=
            notDone(m_lang.translate("SignoffReport", "none of the three required proposals has been sent (step 7)."));
    }
    // The GUID gets a column wide enough for one line; environment and time go under the scenario's name.
    QList<QStringList> rows;
    for (ProposalScenario s : {ProposalScenario::FinalizedIncorrectBank, ProposalScenario::FinalizedCorrectBank,
                               ProposalScenario::ReleasedCorrectBank}) {
        bool found = false;
        for (const ProposalRecord& p : m_data.proposals) {
            if (p.scenario != s)
                continue;
            found = true;
            const QString where =
                QStringLiteral("%1 · %2").arg(m_labels.environment(p.environment), m_lang.dateTime(p.at));
            const QString signature =
                p.signedAt.isValid() ? m_lang.translate("SignoffReport", "signed %1 (IncluirAssinaturaCCBFinalizada)")
                                           .arg(m_lang.dateTime(p.signedAt))
                : p.signatureWaived ? m_lang.translate("SignoffReport", "signature call waived by BMP")
                                    : m_lang.translate("SignoffReport", "signature not recorded");
            rows.append({QStringLiteral("%1<br/><span style=\"color:#51606f\">%2<br/>%3</span>")
                             .arg(esc(m_labels.scenario(s)), esc(where), esc(signature)),
                         orDash(p.codigoProposta), orDash(p.numeroProposta),
                         p.finalStatus ? esc(m_labels.proposalStatus(*p.finalStatus)) : QStringLiteral("—")});
        }
        if (!found) {
            rows.append({esc(m_labels.scenario(s)), esc(m_lang.translate("SignoffReport", "Not done yet")),
                         QStringLiteral("—"), QStringLiteral("—")});
        }
    }
    return out + table({esc(m_lang.translate("SignoffReport", "Scenario, environment, when (São Paulo time)")),
                        esc(QStringLiteral("codigoProposta")), esc(QStringLiteral("numeroProposta")),
                        esc(m_lang.translate("SignoffReport", "Final status"))},
                       rows, {30, 40, 15, 15});
}

QString ReportDocument::calculation() const {
    QString out = QStringLiteral("<h2>%1</h2>").arg(esc(m_lang.translate("SignoffReport", "6. Calculation summary")));
    if (!m_data.partnerComputesLoan) {
        return out + QStringLiteral("<p>%1</p>")
                         .arg(esc(m_lang.translate("SignoffReport", "Not applicable: BMP computes the loan values; the "
                                                                    "partner does not send its own.")));
    }
    if (!m_data.calculation) {
        return out + notDone(m_lang.translate("SignoffReport", "the calculation report (memória de cálculo) of step 7 "
                                                               "has not been produced."));
    }
    const LoanResult& r = m_data.calculation->result;
    const QLocale& loc = m_lang.locale();
    auto money = [&](Cents c) { return esc(QStringLiteral("R$ ") + Money::format(c, loc)); };
    auto rate = [&](double v) { return esc(loc.toString(v, 'f', 4) + QStringLiteral(" %")); };
    out += facts({{QStringLiteral("vlrSolicitado"), money(r.vlrSolicitado)},
                  {QStringLiteral("prazo"), esc(m_lang.number(r.prazo))},
                  {QStringLiteral("percJurosMensal"), rate(r.percJurosMensal)},
                  {QStringLiteral("dtContratacao / dtPrimeiroVencto"),
                   esc(QStringLiteral("%1 / %2").arg(m_lang.date(r.dtContratacao), m_lang.date(r.dtPrimeiroVencto)))},
                  {QStringLiteral("vlrTAC"), money(r.vlrTAC)},
                  {QStringLiteral("vlrIOF"), money(r.vlrIOF)},
                  {QStringLiteral("vlrTotalCredito"), money(r.vlrTotalCredito)},
                  {QStringLiteral("vlrParcela"), money(r.vlrParcela)},
                  {QStringLiteral("vlrTotalDivida"), money(r.vlrTotalDivida)},
                  {QStringLiteral("percCETMensal / percCETAnual"),
                   esc(QStringLiteral("%1 / %2").arg(loc.toString(r.percCETMensal, 'f', 4) + QStringLiteral(" %"),
                                                     loc.toString(r.percCETAnual, 'f', 4) + QStringLiteral(" %")))}});
    const QList<FieldComparison>& cmp = m_data.calculation->comparison;
    if (!cmp.isEmpty()) {
        int differing = 0;
        for (const FieldComparison& f : cmp)
            differing += f.differs ? 1 : 0;
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(differing == 0
                                ? m_lang.translate("SignoffReport", "Cross-check with BMP's simulation: no difference.")
                                : m_lang.translate("SignoffReport",
                                                   "Cross-check with BMP's simulation: %n field(s) differ.", nullptr,
                                                   differing)));
    }
    return out;
}

QString ReportDocument::accreditation() const {
    const ReportData& d = m_data;
    QString out = QStringLiteral("<h2>%1</h2>")
                      .arg(esc(m_lang.translate("SignoffReport", "7. Production accreditation and delivery")));
    const QString notSet = m_lang.translate("SignoffReport", "Not set yet");
    int done = 0;
    for (const Procedure& p : d.procedures)
        done += p.done ? 1 : 0;
    out += facts({{esc(m_lang.translate("SignoffReport", "Production credentials released on")),
                   d.releaseDate.isValid() ? esc(m_lang.locale().toString(d.releaseDate, QStringLiteral("dddd")) +
                                                 QStringLiteral(", ") + m_lang.date(d.releaseDate))
                                           : esc(notSet)},
                  {esc(m_lang.translate("SignoffReport", "Go-live")),
                   d.goLive.isValid() ? esc(m_lang.date(d.goLive)) : esc(notSet)},
                  {esc(m_lang.translate("SignoffReport", "Procedures")),
                   esc(m_lang.translate("SignoffReport", "%1 of %2 done").arg(done).arg(d.procedures.size()))}});
    if (!d.procedures.isEmpty()) {
        QString list;
        for (const Procedure& p : d.procedures) {
            // The box is a glyph (☑/☐) and a word, so the state reads without colour and survives pdftotext.
            list += QStringLiteral("<p>%1 %2 <span style=\"color:#51606f\">(%3)</span></p>")
                        .arg(p.done ? QStringLiteral("☑") : QStringLiteral("☐"), esc(m_labels.procedure(p)),
                             esc(p.done ? m_lang.translate("SignoffReport", "done")
                                        : m_lang.translate("SignoffReport", "open")));
        }
        out += list;
    }
    out += QStringLiteral("<h3>%1</h3>").arg(esc(m_lang.translate("SignoffReport", "Final status of the project")));
    out += d.finalSummary.trimmed().isEmpty()
               ? notDone(m_lang.translate("SignoffReport", "no final summary has been written (step 11)."))
               : QStringLiteral("<p>%1</p>").arg(escLines(d.finalSummary.trimmed()));
    return out;
}

QString ReportDocument::signoff() const {
    QString out = QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
                      .arg(softBreakAnchor(), esc(m_lang.translate("SignoffReport", "8. BackOffice signoff")));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(m_lang.translate("SignoffReport",
                                         "Every BackOffice area involved records its decision. The signoff is "
                                         "complete when every area approved, with or without remarks.")));
    if (m_data.areas.isEmpty())
        return out + notDone(m_lang.translate("SignoffReport", "no BackOffice area has been recorded (step 9)."));
    // One block per area: name, approver, decision and date on a line, the comments under them, and a tall
    // signature cell beside both.
    QString table = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "border=\"1\"><thead><tr>");
    const QList<QPair<QString, int>> headers{{m_lang.translate("SignoffReport", "Area"), 17},
                                             {m_lang.translate("SignoffReport", "Approver"), 20},
                                             {m_lang.translate("SignoffReport", "Decision"), 24},
                                             {m_lang.translate("SignoffReport", "Date"), 13},
                                             {m_lang.translate("SignoffReport", "Signature"), 26}};
    for (const auto& [text, width] : headers)
        table += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(width).arg(esc(text));
    table += QStringLiteral("</tr></thead><tbody>");
    for (const SignoffArea& a : m_data.areas) {
        table += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td>"
                                "<td rowspan=\"2\">&nbsp;</td></tr>")
                     .arg(esc(m_labels.area(a)), orDash(a.approver), esc(m_labels.decision(a.decision)),
                          orDash(m_lang.date(a.decidedOn)));
        // Who recorded the decision (in a team project, each approver's own database role) and when.
        const QDateTime recorded = QDateTime::fromString(a.updatedAt, Qt::ISODateWithMs);
        const QString audit =
            a.decision == Decision::Pending || a.updatedBy.isEmpty() || !recorded.isValid()
                ? QString()
                : QStringLiteral("<br/>") + esc(m_lang.translate("SignoffReport", "Recorded by %1 on %2.")
                                                    .arg(a.updatedBy, m_lang.date(recorded.toLocalTime().date())));
        table += QStringLiteral("<tr><td colspan=\"4\" class=\"comments\">%1 %2%3<br/><br/></td></tr>")
                     .arg(esc(m_lang.translate("SignoffReport", "Comments:")),
                          a.comments.isEmpty() ? QStringLiteral("—") : escLines(a.comments), audit);
    }
    out += table + QStringLiteral("</tbody></table>");
    for (const SignoffArea& a : m_data.areas) {
        if (a.decision == Decision::Rejected) {
            out += QStringLiteral("<p><b>%1</b></p>")
                       .arg(esc(m_lang.translate("SignoffReport", "%1 rejected the signoff: %2")
                                    .arg(m_labels.area(a), a.comments)));
        }
    }
    return out;
}

QString ReportDocument::evidence() const {
    QString out = QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
                      .arg(appendixBreakAnchor(), esc(m_lang.translate("SignoffReport", "Appendix — evidence log")));
    out += facts({{esc(m_lang.translate("SignoffReport", "Entries")), esc(m_lang.number(m_data.evidence.size()))},
                  {esc(m_lang.translate("SignoffReport", "SHA-256 of the log")),
                   QStringLiteral("<span class=\"digest\">%1</span>")
                       .arg(QString::fromLatin1(EvidenceDigest::sha256Hex(m_data.evidence)))}});
    out += QStringLiteral("<p class=\"small\">%1</p>")
               .arg(esc(m_lang.translate(
                   "SignoffReport",
                   "How to check it: export the evidence log (bmpctl evidence export --project FILE --out "
                   "evidence.jsonl) and compute the SHA-256 of that file (sha256sum evidence.jsonl); it equals this "
                   "digest as long as the log is the one reported here. The file holds the entries oldest first, one "
                   "JSON object per line. The request and response bodies are part of it but are not printed here; "
                   "they were redacted before they were recorded.")));
    if (m_data.evidence.isEmpty()) {
        return out + notDone(m_lang.translate("SignoffReport", "no exchange with BMP has been recorded yet (key "
                                                               "registration, tokens and proposals add entries)."));
    }
    return out; // the rows follow, painted by EvidenceTable
}

QStringList ReportDocument::evidenceHeaders() const {
    return {QStringLiteral("#"),
            m_lang.translate("SignoffReport", "Time (UTC)"),
            m_lang.translate("SignoffReport", "Environment"),
            m_lang.translate("SignoffReport", "Kind"),
            m_lang.translate("SignoffReport", "Method"),
            QStringLiteral("HTTP"),
            QStringLiteral("URL")};
}

QList<QStringList> ReportDocument::evidenceRows() const {
    QList<QStringList> rows;
    rows.reserve(m_data.evidence.size());
    for (const EvidenceEntry& e : m_data.evidence) {
        // "2026-02-03T14:00:07.250Z" -> "2026-02-03 14:00:07.250": the column says UTC.
        QString at = e.at;
        at.replace(QLatin1Char('T'), QLatin1Char(' '));
        if (at.endsWith(QLatin1Char('Z')))
            at.chop(1);
        rows.append({QString::number(e.id), at, m_labels.environment(e.environment), e.kind, e.method,
                     e.status ? QString::number(*e.status) : QStringLiteral("—"), redactUrl(e.url)});
    }
    return rows;
}

QList<qreal> ReportDocument::evidenceWidths() {
    return {0.05, 0.19, 0.13, 0.08, 0.08, 0.07, 0.40};
}

} // namespace bmp::report
