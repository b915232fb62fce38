#include "AuditHistoryDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "domain/Clock.h"
#include "itemmodels/AuditHistoryFilterProxyModel.h"
#include "itemmodels/AuditHistoryModel.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {

struct AuditHistoryLoad
{
    QList<AuditEvent> events;
    QHash<qint64, QString> itemKeys;
    QString error;
};

namespace {

AuditHistoryLoad readTrail(const QString &databasePath, qint64 assessmentId)
{
    AuditHistoryLoad result;
    auto db = Database::open(databasePath, Database::Mode::ExistingOnly);
    if (!db) {
        result.error = db.errorMessage();
        return result;
    }
    const AssessmentStore store(**db, SystemClock::instance());
    auto events = store.auditEvents(assessmentId);
    auto items = store.items(assessmentId);
    if (!events || !items) {
        result.error = !events ? events.errorMessage() : items.errorMessage();
        return result;
    }
    result.events = std::move(events).value();
    for (const ItemRecord &item : items.value())
        result.itemKeys.insert(item.id, item.key);
    return result;
}

} // namespace

AuditHistoryDialog::AuditHistoryDialog(const QString &databasePath,
                                       qint64 assessmentId,
                                       const QString &assessmentName,
                                       std::optional<qint64> itemId,
                                       const QString &itemLabel,
                                       QWidget *parent)
    : QDialog(parent)
    , m_itemId(itemId)
    , m_model(new AuditHistoryModel(this))
    , m_proxy(new AuditHistoryFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_itemOnly(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"auditHistoryDialog"_s);
    setWindowTitle(tr("Audit History — %1").arg(assessmentName));
    resize(900, 560);

    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Search who, item, change or values"));
    m_search->setClearButtonEnabled(true);
    Accessibility::describe(m_search,
                            tr("Search the audit history"),
                            tr("Shows only the events whose who, item, change or values contain "
                               "the text"));
    m_itemOnly->setObjectName(u"auditItemOnly"_s);
    m_itemOnly->setText(itemId ? tr("Only %1").arg(itemLabel) : tr("Only the current item"));
    m_itemOnly->setChecked(itemId.has_value());
    m_itemOnly->setEnabled(itemId.has_value());
    Accessibility::describe(m_itemOnly,
                            tr("Only the current item"),
                            tr("Shows only the events of the item selected in the checklist"));
    m_count->setObjectName(u"auditCount"_s);
    m_count->setText(tr("Loading…"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setItemId(itemId);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditHistoryModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditHistoryModel::ActorColumn, 120);
    m_table->setColumnWidth(AuditHistoryModel::ItemColumn, 80);
    m_table->setColumnWidth(AuditHistoryModel::ChangeColumn, 150);
    m_table->setColumnWidth(AuditHistoryModel::OldColumn, 180);
    Accessibility::describe(m_table,
                            tr("Audit events"),
                            tr("Who changed what and when: time, who, item, change, old and new "
                               "value"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Accessibility::describe(
            buttons->button(QDialogButtonBox::Close), tr("Close"), tr("Closes the audit history"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_itemOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_itemOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setItemId(only ? m_itemId : std::nullopt);
        updateCount();
    });
    load(databasePath, assessmentId);
}

AuditHistoryDialog::~AuditHistoryDialog() = default;

void AuditHistoryDialog::load(const QString &databasePath, qint64 assessmentId)
{
    auto *watcher = new QFutureWatcher<AuditHistoryLoad>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&readTrail, databasePath, assessmentId));
}

void AuditHistoryDialog::showLoaded(const AuditHistoryLoad &result)
{
    m_loaded = true;
    if (!result.error.isEmpty()) {
        m_count->setText(tr("Could not read the audit history: %1").arg(result.error));
    } else {
        m_model->setEvents(result.events, result.itemKeys);
        updateCount();
    }
    emit loaded();
}

void AuditHistoryDialog::updateCount()
{
    if (!m_loaded)
        return;
    const QLocale locale;
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                             ? tr("%n event(s)", nullptr, m_model->rowCount())
                             : tr("%1 of %2 events")
                                       .arg(locale.toString(m_proxy->rowCount()),
                                            locale.toString(m_model->rowCount())));
}

} // namespace greenlight
