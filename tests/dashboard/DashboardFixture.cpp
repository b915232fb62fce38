#include "DashboardFixture.h"

#include <QAbstractItemModel>

#include "domain/Finding.h"
#include "domain/ScanMetadata.h"
#include "itemmodels/ChecklistModel.h"
#include "store/ScanStore.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {
namespace {

void collect(const QAbstractItemModel &model, const QModelIndex &parent, QStringList &into)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto kind
                = ChecklistModel::NodeKind(index.data(ChecklistModel::NodeKindRole).toInt());
        if (kind == ChecklistModel::NodeKind::Item)
            into.append(index.data(ChecklistModel::TemplateIdRole).toString() + u':'
                        + index.data(ChecklistModel::ItemKeyRole).toString());
        else
            collect(model, index, into);
    }
}

Finding finding(const QString &rule, Severity severity, const QString &key, const QString &print)
{
    Finding f;
    f.ruleId = rule;
    f.severity = severity;
    f.title = u"Rule "_s + rule;
    f.message = u"found by "_s + rule;
    f.location = {u"Dockerfile"_s, 3, 1, 3, 10};
    f.itemKeys = {key};
    f.fingerprint = print;
    return f;
}

} // namespace

QStringList DashboardFixture::visibleItems(const QAbstractItemModel &model)
{
    QStringList items;
    collect(model, {}, items);
    items.sort();
    return items;
}

Result<qint64> DashboardFixture::create(StoreFixture &store, const QString &name)
{
    // On today's date: the main window's dashboard judges waivers by the system clock.
    store.clock().set(QDateTime::currentDateTimeUtc().addSecs(-600));
    const qint64 id = store.createPayments(name);
    if (id <= 0)
        return Error::make(Error::Code::Generic, u"could not create the assessment"_s);
    store.clock().advanceSeconds(1);
    const auto set = [&](const QString &key, ItemStatus status) {
        ItemEdit edit;
        edit.status = status;
        store.edit(store.itemId(id, key), edit);
    };
    set(u"alpha:A-001"_s, ItemStatus::Passed);
    set(u"alpha:A-002"_s, ItemStatus::Failed);
    set(u"alpha:A-003"_s, ItemStatus::Failed);
    set(u"alpha:A-004"_s, ItemStatus::NotApplicable);
    set(u"beta:B-002"_s, ItemStatus::Passed);

    WaiverStore waivers(store.db(), store.clock());
    auto waived = waivers.waive(
            store.itemId(id, u"alpha:A-003"_s),
            {u"Rotation lands in 2.5"_s, u"CISO"_s, store.clock().now().date().addDays(5), {}},
            StoreFixture::actor());
    if (!waived)
        return waived.error();

    ScanStore scans(store.db(), store.clock());
    ScanMetadata metadata;
    metadata.root = u"/srv/payments"_s;
    metadata.startedAt = store.clock().now();
    metadata.finishedAt = store.clock().now().addSecs(3);
    metadata.ruleSetVersion = u"1"_s;
    metadata.rulesRun = {u"docker.root"_s, u"docker.pin"_s};
    metadata.filesScanned = 12;
    auto scanned = scans.recordScan(
            id,
            metadata,
            {finding(u"docker.root"_s, Severity::High, u"A-004"_s, u"print-high"_s),
             finding(u"docker.pin"_s, Severity::Medium, u"A-001"_s, u"print-medium"_s)},
            StoreFixture::actor());
    if (!scanned)
        return scanned.error();
    store.clock().advanceSeconds(1);
    return id;
}

} // namespace greenlight::test
