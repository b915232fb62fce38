#include "StoreFixture.h"

#include "TemplateFixtures.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

QDateTime StoreFixture::startTime()
{
    return QDateTime(QDate(2026, 11, 1), QTime(9, 0, 0, 250), QTimeZone::utc());
}

QString StoreFixture::actor()
{
    return u"alice"_s;
}

NewAssessment StoreFixture::payments(const QString &name, bool withBeta)
{
    NewAssessment assessment{name, u"Payments"_s, u"2.4"_s, u"/srv/payments"_s, {alphaTemplate()}};
    if (withBeta)
        assessment.templates.append(betaTemplate());
    return assessment;
}

Result<void> StoreFixture::openFresh()
{
    static int counter = 0;
    close();
    if (!m_dir.isValid())
        return Error::make(Error::Code::Io, u"no temporary directory: "_s + m_dir.errorString());
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++counter));
    m_clock.set(startTime());
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

qint64 StoreFixture::createPayments(const QString &name, bool withBeta)
{
    auto id = m_store->createAssessment(payments(name, withBeta), actor());
    if (!id)
        qWarning("cannot create assessment: %s", qPrintable(id.errorMessage()));
    return id ? *id : -1;
}

ItemRecord StoreFixture::itemByKey(qint64 assessmentId, const QString &key)
{
    auto item = m_store->findItem(assessmentId, key);
    if (!item)
        qWarning("%s", qPrintable(item.errorMessage()));
    return item ? *item : ItemRecord{};
}

qint64 StoreFixture::itemId(qint64 assessmentId, const QString &key)
{
    auto found = m_store->findItem(assessmentId, key);
    return found ? found->id : 0;
}

ItemRecord StoreFixture::edit(qint64 itemId, const ItemEdit &edit)
{
    auto updated = m_store->updateItem(itemId, edit, actor());
    if (!updated)
        qWarning("cannot update item: %s", qPrintable(updated.errorMessage()));
    return updated ? *updated : ItemRecord{};
}

} // namespace greenlight::test
