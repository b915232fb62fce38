#pragma once

#include <memory>

#include <QAbstractItemModel>
#include <QStringList>

#include "StoreFixture.h"

namespace greenlight::test {

// The Payments assessment (tests/support's StoreFixture) in a state every dashboard test
// reads, made ten minutes ago by the system clock: alpha:A-001 passed, alpha:A-002 failed (high),
// alpha:A-003 failed and waived for 5 days, alpha:A-004 not applicable, beta:B-002 passed, the rest
// not started; and one scan with a HIGH finding on A-004 and a MEDIUM one on A-001 (a bare key:
// alpha's and beta's).
class DashboardFixture
{
public:
    Result<qint64> create(StoreFixture &store,
                          const QString &name = QStringLiteral("Payments 2.4"));

    // "template:KEY" of every item a ChecklistFilterProxyModel-like model shows.
    static QStringList visibleItems(const QAbstractItemModel &model);
};

} // namespace greenlight::test
