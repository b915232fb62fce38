#include "DemoCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "core/DemoAssessment.h"
#include "store/AssessmentStore.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString DemoCommand::name() const
{
    return u"demo"_s;
}

QString DemoCommand::summary() const
{
    return tr("Create the demo assessment and print its id.");
}

QString DemoCommand::description() const
{
    return tr("Creates an assessment of the shipped example system (examples/demo-system, a\n"
              "small service with realistic readiness gaps) over all built-in templates, with\n"
              "some progress already recorded, and prints its id. Each run creates a new one.");
}

int DemoCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(context,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    auto store = context.store(CliContext::StoreAccess::CreateIfMissing);
    if (!store) {
        context.printError(store.errorMessage());
        return ExitCode::Usage;
    }
    const auto created = DemoAssessment::create(**store, context.catalog(), context.actor());
    if (!created) {
        context.printError(created.errorMessage());
        return ExitCode::Usage;
    }
    context.out() << *created << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
