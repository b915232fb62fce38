#include "StoreSummaries.h"

#include <QCoreApplication>
#include <QStringList>

#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentStore)
};

// The keys are the domain's fixed lower-case identifiers, never user input, so they are
// inlined as SQL literals; the assessment id is bound.
QString countWhen(const QString &condition)
{
    return u"SUM(CASE WHEN "_s + condition + u" THEN 1 ELSE 0 END)"_s;
}

QString literal(const QString &key)
{
    return u"'"_s + key + u"'"_s;
}

} // namespace

Result<StatusCounts> StoreSummaries::progress(const QSqlDatabase &connection, qint64 assessmentId)
{
    SqlQuery select(connection,
                    u"SELECT status, COUNT(*) FROM item WHERE assessment_id = ? GROUP BY status"_s);
    select.bind(assessmentId);
    auto executed = select.exec(Text::tr("could not compute the progress"));
    if (!executed)
        return executed.error();
    StatusCounts counts;
    while (select.next()) {
        const auto status = itemStatusFromKey(select.text(0));
        if (!status) {
            return Error::make(Error::Code::Corrupt,
                               Text::tr("an item has the unknown status '%1'").arg(select.text(0)));
        }
        const int n = select.value(1).toInt();
        counts.byStatus[std::size_t(*status)] += n;
        counts.total += n;
    }
    return counts;
}

Result<QList<SectionSummary>> StoreSummaries::sections(const QSqlDatabase &connection,
                                                       qint64 assessmentId)
{
    // Indexed like the arrays they fill: by the enums' values.
    QStringList statuses;
    for (int i = 0; i < ItemStatusCount; ++i)
        statuses.append(itemStatusKey(ItemStatus(i)));
    QStringList severities;
    for (int i = 0; i < SeverityCount; ++i)
        severities.append(severityKey(Severity(i)));
    const QString failed = literal(itemStatusKey(ItemStatus::Failed));

    QStringList columns = {u"template_id"_s, u"section_id"_s, u"section_title"_s, u"COUNT(*)"_s};
    for (const QString &status : statuses)
        columns.append(countWhen(u"status = "_s + literal(status)));
    for (const QString &severity : severities)
        columns.append(countWhen(u"severity = "_s + literal(severity)));
    for (const QString &severity : severities)
        columns.append(
                countWhen(u"status = "_s + failed + u" AND severity = "_s + literal(severity)));
    columns.append(u"MIN(position) AS first_position"_s);

    SqlQuery select(connection,
                    u"SELECT "_s + columns.join(u", "_s)
                            + u" FROM item WHERE assessment_id = ?"
                              " GROUP BY template_id, section_id, section_title"
                              " ORDER BY first_position"_s);
    select.bind(assessmentId);
    auto executed = select.exec(Text::tr("could not compute the section summary"));
    if (!executed)
        return executed.error();

    QList<SectionSummary> summaries;
    while (select.next()) {
        SectionSummary summary;
        summary.templateId = select.text(0);
        summary.sectionId = select.text(1);
        summary.sectionTitle = select.text(2);
        summary.status.total = select.value(3).toInt();
        int column = 4;
        for (qsizetype i = 0; i < statuses.size(); ++i)
            summary.status.byStatus[std::size_t(i)] = select.value(column++).toInt();
        for (qsizetype i = 0; i < severities.size(); ++i)
            summary.bySeverity[std::size_t(i)] = select.value(column++).toInt();
        for (qsizetype i = 0; i < severities.size(); ++i)
            summary.failedBySeverity[std::size_t(i)] = select.value(column++).toInt();
        summaries.append(summary);
    }
    return summaries;
}

} // namespace greenlight
