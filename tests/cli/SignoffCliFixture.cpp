#include "SignoffCliFixture.h"

#include "SetCommand.h"
#include "SignoffFixture.h"
#include "TemplateFixtures.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

SignoffCliFixture::SignoffCliFixture()
    : dir(std::make_unique<QTemporaryDir>())
    , harness(std::make_unique<CliTestHarness>(dir->filePath(u"db.sqlite"_s)))
{
    auto store = harness->context().store(CliContext::StoreAccess::CreateIfMissing);
    if (!store) {
        qWarning("%s", qPrintable(store.errorMessage()));
        return;
    }
    NewAssessment assessment;
    assessment.name = u"Payments 2.4"_s;
    assessment.system = u"payments"_s;
    assessment.release = u"2.4.0"_s;
    assessment.templates = {alphaTemplate(), signoffTemplate()};
    assessmentId = (*store)->createAssessment(assessment, u"alice"_s).value();
}

void SignoffCliFixture::setStatus(const QString &itemKey, const QString &status)
{
    SetCommand set;
    const CliRun run = harness->run(set, {id(), itemKey, status});
    if (run.exitCode != 0)
        qWarning("set failed: %s", qPrintable(run.err));
}

} // namespace greenlight::test
