#include "AssessmentArgument.h"

#include "CliContext.h"
#include "store/AssessmentStore.h"

namespace greenlight {

std::optional<AssessmentArgument> AssessmentArgument::resolve(CliContext &context,
                                                              const QString &idOrName)
{
    auto store = context.store(CliContext::StoreAccess::ExistingOnly);
    if (!store) {
        context.printError(store.errorMessage());
        return std::nullopt;
    }
    auto info = (*store)->findAssessment(idOrName);
    if (!info) {
        context.printError(info.errorMessage());
        return std::nullopt;
    }
    return AssessmentArgument{*store, context.database(), *info};
}

} // namespace greenlight
