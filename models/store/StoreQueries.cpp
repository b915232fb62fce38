#include "StoreQueries.h"

#include <QCoreApplication>

#include "SqlQuery.h"
#include "StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentStore)
};

} // namespace

Result<void> StoreQueries::requireAssessment(const QSqlDatabase &connection,
                                             qint64 assessmentId,
                                             bool allowDeleted)
{
    SqlQuery select(connection, u"SELECT deleted_at FROM assessment WHERE id = ?"_s);
    select.bind(assessmentId);
    auto executed = select.exec(Text::tr("could not load assessment %1").arg(assessmentId));
    if (!executed)
        return executed;
    if (!select.next()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no assessment with id %1").arg(assessmentId));
    }
    if (!allowDeleted && !select.value(0).isNull()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("assessment %1 has been deleted").arg(assessmentId));
    }
    return {};
}

Result<QHash<qint64, QList<TemplateRef>>> StoreQueries::templateRefs(const QSqlDatabase &connection,
                                                                     std::optional<qint64> id)
{
    SqlQuery select(connection,
                    u"SELECT t.assessment_id, t.template_id, t.template_version, t.title"
                    " FROM assessment_template t JOIN assessment a ON a.id = t.assessment_id"
                    " WHERE a.deleted_at IS NULL"_s
                            + (id ? u" AND a.id = ?"_s : QString())
                            + u" ORDER BY t.assessment_id, t.position"_s);
    if (id)
        select.bind(*id);
    auto executed = select.exec(Text::tr("could not load the templates of the assessments"));
    if (!executed)
        return executed.error();
    QHash<qint64, QList<TemplateRef>> refs;
    while (select.next())
        refs[select.int64(0)].append({select.text(1), select.text(2), select.text(3)});
    return refs;
}

Result<ItemRecord> StoreQueries::item(const QSqlDatabase &connection, qint64 itemId)
{
    SqlQuery select(connection,
                    u"SELECT "_s + StoreCodec::itemColumns() + u" FROM item WHERE id = ?"_s);
    select.bind(itemId);
    auto found = items(select, Text::tr("could not load item %1").arg(itemId));
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no item with id %1").arg(itemId));
    }
    return found->first();
}

Result<QList<ItemRecord>> StoreQueries::items(SqlQuery &select, const QString &operation)
{
    auto executed = select.exec(operation);
    if (!executed)
        return executed.error();
    QList<ItemRecord> items;
    while (select.next()) {
        auto item = StoreCodec::itemFromRow(select);
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

Result<QHash<qint64, QString>> StoreQueries::itemKeys(const QSqlDatabase &connection,
                                                      qint64 assessmentId)
{
    SqlQuery select(connection, u"SELECT id, item_key FROM item WHERE assessment_id = ?"_s);
    select.bind(assessmentId);
    auto executed
            = select.exec(Text::tr("could not load the items of assessment %1").arg(assessmentId));
    if (!executed)
        return executed.error();
    QHash<qint64, QString> keys;
    while (select.next())
        keys.insert(select.int64(0), select.text(1));
    return keys;
}

} // namespace greenlight
