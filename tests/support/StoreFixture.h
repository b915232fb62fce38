#pragma once

#include <memory>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone> // MockClock.h uses QTimeZone without including it

#include "MockClock.h"
#include "domain/Result.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"

namespace greenlight::test {

// A real store in a temporary file on a MockClock, for every test that needs assessments:
// store, item model and widget tests alike. openFresh() gives each test function a new file
// and resets the clock, so a fixture can live as a member across test functions or be made
// anew in init().
class StoreFixture
{
public:
    // Where the clock stands after openFresh(). The 250 ms make every stored timestamp
    // prove that milliseconds survive the round trip.
    static QDateTime startTime();
    // Who the fixture's own changes are made by.
    static QString actor();

    // "Payments" release "2.4" at /srv/payments over the alpha and beta fixture templates
    // (7 items), or alpha alone (5 items).
    static NewAssessment payments(const QString &name = QStringLiteral("Payments 2.4"),
                                  bool withBeta = true);

    Result<void> openFresh();
    // Closes and opens the same file again, as a restarted application would.
    Result<void> reopen();
    void close();

    // Helpers for test bodies: they warn and return -1 / 0 / an empty record on failure,
    // which the following assertions then catch.
    qint64 createPayments(const QString &name = QStringLiteral("Payments 2.4"),
                          bool withBeta = true);
    ItemRecord itemByKey(qint64 assessmentId, const QString &key);
    qint64 itemId(qint64 assessmentId, const QString &key); // 0 when not found
    ItemRecord edit(qint64 itemId, const ItemEdit &edit);

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
