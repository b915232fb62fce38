#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "report/AssessmentSnapshot.h"

namespace greenlight {

class CliContext;

// What `report` and `gate` share: resolve ASSESSMENT, read its snapshot (with the audit
// chain verified and the templates' custom rules for impact and fix) and parse --fail-on.
// Errors are printed; the caller exits with ExitCode::Usage on nothing.
class AssessmentSnapshotLoader
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentSnapshotLoader)

public:
    static std::optional<AssessmentSnapshot> load(CliContext &context,
                                                  const QString &idOrName,
                                                  const VerdictPolicy &policy);
    // "critical", "high", ... as the blocking threshold; an error message otherwise.
    static std::optional<VerdictPolicy> policyFrom(const QString &failOn, QString *error);
};

} // namespace greenlight
