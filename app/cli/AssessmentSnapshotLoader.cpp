#include "AssessmentSnapshotLoader.h"

#include "AssessmentArgument.h"
#include "CliContext.h"
#include "report/SnapshotBuilder.h"
#include "templates/TemplateCatalog.h"

namespace greenlight {

std::optional<AssessmentSnapshot> AssessmentSnapshotLoader::load(CliContext &context,
                                                                 const QString &idOrName,
                                                                 const VerdictPolicy &policy)
{
    auto assessment = AssessmentArgument::resolve(context, idOrName);
    if (!assessment)
        return std::nullopt;
    SnapshotOptions options;
    options.preparedBy = context.actor();
    options.policy = policy;
    options.customRules = context.catalog().customRules(assessment->info.templateIds());
    auto snapshot = SnapshotBuilder::build(
            *assessment->database, context.clock(), assessment->info.id, options);
    if (!snapshot) {
        context.printError(snapshot.errorMessage());
        return std::nullopt;
    }
    return std::move(snapshot).value();
}

std::optional<VerdictPolicy> AssessmentSnapshotLoader::policyFrom(const QString &failOn,
                                                                  QString *error)
{
    const auto severity = severityFromKey(failOn.trimmed().toLower());
    if (!severity) {
        *error = tr("unknown severity '%1' for --fail-on (use %2)")
                         .arg(failOn, severityKeys().join(QLatin1String(", ")));
        return std::nullopt;
    }
    return VerdictPolicy{*severity};
}

} // namespace greenlight
