#include "StoreFixture.h"

#include "TemplateFixtures.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

NewAssessment StoreFixture::payments(const QString &name)
{
    return {name, u"payments"_s, u"2.4.0"_s, u"/src/payments"_s, {alphaTemplate(), betaTemplate()}};
}

Result<void> StoreFixture::openFresh()
{
    static int counter = 0;
    close();
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++counter));
    m_clock.set(QDateTime(QDate(2026, 11, 1), QTime(9, 0, 0, 250), Qt::UTC));
    return open(Database::Mode::CreateOrMigrate);
}

Result<void> StoreFixture::reopen()
{
    close();
    return open(Database::Mode::ExistingOnly);
}

void StoreFixture::close()
{
    m_store.reset();
    m_db.reset();
}

Result<void> StoreFixture::open(Database::Mode mode)
{
    auto db = Database::open(m_path, mode);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_store = std::make_unique<AssessmentStore>(*m_db, m_clock);
    return {};
}

qint64 StoreFixture::createPayments(const QString &name)
{
    auto id = m_store->createAssessment(payments(name), u"alice"_s);
    if (!id)
        qWarning("%s", qPrintable(id.errorMessage()));
    return id ? *id : -1;
}

ItemRecord StoreFixture::itemByKey(qint64 assessmentId, const QString &key)
{
    auto item = m_store->findItem(assessmentId, key);
    if (!item)
        qWarning("%s", qPrintable(item.errorMessage()));
    return item ? *item : ItemRecord{};
}

} // namespace greenlight::test
