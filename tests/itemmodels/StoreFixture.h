#pragma once

#include <memory>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone> // MockClock.h uses QTimeZone without including it

#include "MockClock.h"
#include "TemplateFixtures.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"

namespace greenlight::test {

// A fresh store in a temporary directory, on a MockClock, for the item model tests.
struct StoreFixture
{
    QTemporaryDir dir;
    MockClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<AssessmentStore> store;

    bool open()
    {
        if (!dir.isValid())
            return false;
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        if (!opened) {
            qWarning("cannot open store: %s", qPrintable(opened.errorMessage()));
            return false;
        }
        database = std::move(opened).value();
        store = std::make_unique<AssessmentStore>(*database, clock);
        return true;
    }

    // Creates an assessment over alpha (+ beta) and moves the clock on, so creation times
    // differ and "newest first" is well defined.
    qint64 create(const QString &name, bool withBeta = true)
    {
        NewAssessment a;
        a.name = name;
        a.system = QStringLiteral("Payments");
        a.release = QStringLiteral("2.4");
        a.repositoryPath = QStringLiteral("/srv/payments");
        a.templates = {alphaTemplate()};
        if (withBeta)
            a.templates.append(betaTemplate());
        auto created = store->createAssessment(a, QStringLiteral("tester"));
        clock.advanceSeconds(60);
        if (!created) {
            qWarning("cannot create assessment: %s", qPrintable(created.errorMessage()));
            return 0;
        }
        return created.value();
    }

    qint64 itemId(qint64 assessmentId, const QString &key) const
    {
        auto found = store->findItem(assessmentId, key);
        return found ? found->id : 0;
    }

    ItemRecord edit(qint64 itemId, const ItemEdit &edit)
    {
        auto updated = store->updateItem(itemId, edit, QStringLiteral("tester"));
        if (!updated)
            qWarning("cannot update item: %s", qPrintable(updated.errorMessage()));
        return updated ? updated.value() : ItemRecord{};
    }
};

} // namespace greenlight::test
