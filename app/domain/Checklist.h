#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bmp {

// The 11 steps of BMP's production checklist, numbered as BMP numbers them.
enum class StepId : int {
    Channel = 1,
    Scope,
    KeyRegistration,
    Credentials,
    JwtToken,
    Development,
    Proposals,
    BmpApproval,
    Signoff,
    Accreditation,
    Delivery,
};
constexpr int kStepCount = 11;

enum class StepStatus { NotStarted, InProgress, Blocked, Done };

enum class Product { Caas, Fgts, Bureau, EConsignado };

class Checklist {
    Q_DECLARE_TR_FUNCTIONS(Checklist)
public:
    static QList<StepId> allSteps();
    // Bureau has no proposals step: step 7 applies only when some product needs it.
    static QList<StepId> applicableSteps(const QList<Product>& products);
    static bool isApplicable(StepId step, const QList<Product>& products);

    static QString title(StepId step);
    static QString meaning(StepId step);
    static QString needs(StepId step);

    static QString statusKey(StepStatus status); // stable, used in files and the CLI
    static std::optional<StepStatus> statusFromKey(const QString& key);
    static QString statusLabel(StepStatus status);

    static QString productKey(Product product);
    static std::optional<Product> productFromKey(const QString& key);
    static QString productLabel(Product product);
    static QList<Product> allProducts();

    static QStringList planningRules();
};

} // namespace bmp
