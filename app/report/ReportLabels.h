#pragma once

#include "domain/Checklist.h"
#include "domain/Signoff.h"
#include "report/ReportData.h"
#include "report/ReportLanguage.h"

namespace bmp::report {

// Labels printed in the report, translated into the report's language (not the application's). Step titles,
// statuses and products share their sources and context ("Checklist") with Checklist, so one translation serves
// both; TestSignoffReport checks that the English texts stay equal to Checklist's.
class ReportLabels {
public:
    explicit ReportLabels(const ReportLanguage& language)
        : m_lang(language) {}

    QString stepTitle(StepId step) const;
    QString status(StepStatus status) const;
    QString product(Product product) const;
    QString decision(Decision decision) const;
    QString environment(const QString& key) const; // known keys translated, custom names as they are
    QString scenario(ProposalScenario scenario) const;
    QString proposalStatus(int situacao) const; // "6 — finalized"
    // A row the application seeded, in the report's language; typed text as it is.
    QString seeded(SeededText::Kind kind, const QString& key, const QString& stored) const;
    QString area(const SignoffArea& area) const { return seeded(SeededText::Kind::Area, area.seed, area.name); }
    QString procedure(const Procedure& p) const { return seeded(SeededText::Kind::Procedure, p.seed, p.text); }

private:
    const ReportLanguage& m_lang;
};

} // namespace bmp::report
