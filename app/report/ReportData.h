#pragma once

#include "core/Result.h"
#include "domain/Checklist.h"
#include "domain/LoanCalculator.h"
#include "domain/ProjectData.h"
#include "domain/Signoff.h"
#include "report/CalculationReport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bmp {
class Project;
}

namespace bmp::report {

// Everything the signoff report prints, copied out of the project on the thread that owns it so that rendering can
// run on a worker. Sections that later steps fill are empty lists or empty optionals until then; the report prints
// them as "Not done yet" with what is missing. fromProject() fills keys, client_ids, token tests and the proposals
// from what steps 3-7 record, and the calculation summary when the partner computes the loan.
// Nothing secret belongs here: no private key, passphrase, access token or client assertion.

struct StepRow {
    StepId step = StepId::Channel;
    StepStatus status = StepStatus::NotStarted;
    QString owner;
    QDate planned;
    QDate actual;
    // Done before the step's own rule held: the reason given, who and when (UTC).
    QString overrideReason;
    QString overrideBy;
    QDateTime overrideAt;
};

// A registered public key: identification only (never private material).
struct KeyRecord {
    QString environment; // "homologation", "production", "practice" or a custom name
    QString fingerprintSha256;
    QString jwkThumbprint;
    QString clientId;
    QDate registeredOn;
};

struct TokenTestRecord {
    QString environment;
    QDateTime at; // UTC
    bool succeeded = false;
    std::optional<int> httpStatus;
    QString detail; // e.g. "expires_in 300 s, scope bmp.digital.api.full.access" or the OAuth error; no token
};

// The three proposals of step 7 (BMP-DOMAIN.md).
enum class ProposalScenario { FinalizedIncorrectBank, FinalizedCorrectBank, ReleasedCorrectBank };

struct ProposalRecord {
    ProposalScenario scenario = ProposalScenario::FinalizedIncorrectBank;
    QString environment;
    QString codigoProposta; // GUID
    QString numeroProposta;
    std::optional<int> finalStatus; // BMP's situacao id
    QDateTime at;                   // UTC, when the final status was seen
    QDateTime signedAt;             // UTC, when BMP accepted the signature (IncluirAssinaturaCCBFinalizada)
    bool signatureWaived = false;   // the environment finalizes without the signature call (BMP's setup)
};

struct CalculationSummary {
    LoanResult result;
    QList<FieldComparison> comparison; // against BMP's simulation, when it was run
};

// One row of the evidence table (schema v2). Bodies were redacted before they were stored; they are digested,
// never printed.
struct EvidenceEntry {
    qint64 id = 0;
    QString at; // as stored (ISO 8601, UTC)
    QString environment;
    QString kind;
    QString method;
    QString url;
    std::optional<int> status;
    QString request;
    QString response;
    std::optional<qint64> durationMs;
};

struct ReportData {
    QString partner;
    QList<Product> products;
    QDateTime createdAt;   // UTC; invalid when unknown
    QDateTime generatedAt; // UTC
    QList<StepRow> steps;  // the applicable steps, in checklist order
    bool partnerComputesLoan = false;

    QString groupName;
    bool inviteLinkRecorded = false; // the link itself lets anyone join the group: never printed
    QList<Contact> contacts;

    QList<KeyRecord> keys;
    QList<TokenTestRecord> tokenTests;
    QList<ProposalRecord> proposals;
    std::optional<CalculationSummary> calculation;

    QList<SignoffArea> areas;
    QDate releaseDate;
    QList<Procedure> procedures;
    QDate goLive;
    QString finalSummary;

    QList<EvidenceEntry> evidence; // in id order

    bool proposalsApply() const;
    std::optional<StepRow> stepRow(StepId id) const;

    // Reads the project (on its thread). `now` is the generation time printed in the report.
    static Result<ReportData> fromProject(Project& project, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace bmp::report
