#pragma once

#include <memory>

#include <QTemporaryDir>

#include "MockClock.h"
#include "domain/Result.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"

namespace greenlight::test {

// A store in a temporary file with a MockClock, shared by the AssessmentStore and AuditLog
// tests: each test function gets a fresh file (openFresh() in init()).
class StoreFixture
{
public:
    // Payments 2.4 over the alpha and beta fixture templates (7 items).
    static NewAssessment payments(const QString &name = QStringLiteral("Payments 2.4"));

    Result<void> openFresh();
    // Closes and opens the same file again, as a restarted application would.
    Result<void> reopen();
    void close();

    // Helpers for test bodies: they warn and return -1 / an empty record on failure, which
    // the following assertions then catch.
    qint64 createPayments(const QString &name = QStringLiteral("Payments 2.4"));
    ItemRecord itemByKey(qint64 assessmentId, const QString &key);

    AssessmentStore &store() { return *m_store; }
    Database &db() { return *m_db; }
    MockClock &clock() { return m_clock; }
    QString path() const { return m_path; }

private:
    Result<void> open(Database::Mode mode);

    QTemporaryDir m_dir;
    QString m_path;
    MockClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AssessmentStore> m_store;
};

} // namespace greenlight::test
