#pragma once

#include <optional>

#include <QString>

#include "store/StoreRecords.h"

namespace greenlight {

class AssessmentStore;
class CliContext;
class Database;

// The common first step of the evidence, waiver and sign-off commands: open the existing
// store and resolve ASSESSMENT (id or exact name). Prints the error and returns nothing on
// failure; the caller then exits with ExitCode::Usage.
struct AssessmentArgument
{
    AssessmentStore *store = nullptr;
    Database *database = nullptr;
    AssessmentInfo info;

    static std::optional<AssessmentArgument> resolve(CliContext &context, const QString &idOrName);
};

} // namespace greenlight
