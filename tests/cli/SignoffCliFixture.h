#pragma once

#include <memory>

#include <QTemporaryDir>

#include "CliTestHarness.h"

namespace greenlight::test {

// A harness over a fresh database holding "Payments 2.4": the alpha fixture template plus
// the sign-off fixture template (roles security-review, operations-review, optional
// business-review, deployment-approval). Shared by the issue #4 command tests.
struct SignoffCliFixture
{
    SignoffCliFixture();

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<CliTestHarness> harness;
    qint64 assessmentId = 0;

    QString id() const { return QString::number(assessmentId); }
    // Sets an item's status through the store, as `set` would.
    void setStatus(const QString &itemKey, const QString &status);
};

} // namespace greenlight::test
