#include "ChainVerifier.h"

#include <QCoreApplication>

#include "AuditChain.h"
#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ChainVerifier)
};

} // namespace

Result<ChainReport> ChainVerifier::verify(const QSqlDatabase &connection)
{
    SqlQuery select(connection,
                    u"SELECT "_s + AuditChain::columns() + u" FROM audit_event ORDER BY id"_s);
    auto executed = select.exec(Text::tr("could not read the audit trail"));
    if (!executed)
        return executed.error();

    ChainReport report;
    QString previousHash = AuditChain::genesisHash();
    qint64 previousId = 0;
    while (select.next()) {
        const AuditChain::Row row = AuditChain::rowFromQuery(select);
        ++report.eventsChecked;

        if (row.prevHash != previousHash) {
            report.intact = false;
            report.firstBrokenId = row.id;
            report.problem = previousId == 0
                                     ? Text::tr("audit event %1 does not start the chain (a row "
                                                "before it was removed or its link altered)")
                                               .arg(row.id)
                                     : Text::tr("audit event %1 does not link to event %2 (a row "
                                                "between them was removed or a link altered)")
                                               .arg(row.id)
                                               .arg(previousId);
            break;
        }
        if (AuditChain::computeHash(row) != row.entryHash) {
            report.intact = false;
            report.firstBrokenId = row.id;
            report.problem = Text::tr("audit event %1 was altered after it was written (its "
                                      "content no longer matches its hash)")
                                     .arg(row.id);
            break;
        }
        previousHash = row.entryHash;
        previousId = row.id;
    }
    select.finish();
    auto headHash = head(connection);
    if (!headHash)
        return headHash.error();
    report.headHash = *headHash;
    return report;
}

Result<QString> ChainVerifier::head(const QSqlDatabase &connection)
{
    SqlQuery select(connection, u"SELECT entry_hash FROM audit_event ORDER BY id DESC LIMIT 1"_s);
    auto executed = select.exec(Text::tr("could not read the audit chain head"));
    if (!executed)
        return executed.error();
    const QString hash = select.next() ? select.text(0) : AuditChain::genesisHash();
    select.finish();
    return hash;
}

} // namespace greenlight
