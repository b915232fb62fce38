#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "RecentAssessmentsMenu.h"
#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_new(new QCommandLinkButton(this))
    , m_demo(new QCommandLinkButton(this))
    , m_recentHeading(new QLabel(tr("Recent"), this))
    , m_recent(new QListWidget(this))
    , m_storePath(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);
    setAccessibleName(tr("Welcome page"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/greenlight.svg"_s).pixmap(72, 72));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to Greenlight"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro
            = new QLabel(tr("Greenlight walks a release through its readiness checklists "
                            "— security, infrastructure, delivery pipeline, observability, data "
                            "protection and sign-off — and keeps an audit trail of "
                            "every decision."),
                         this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    m_new->setObjectName(u"welcomeNewAssessment"_s);
    m_new->setText(tr("New assessment…"));
    m_new->setDescription(tr("Choose the system, the release and the checklists to work "
                             "through."));
    m_demo->setObjectName(u"welcomeOpenDemo"_s);
    m_demo->setText(tr("Open the demo"));
    m_demo->setDescription(tr("Explore an assessment of a small example system, with some "
                              "items already passed, failed and in progress."));
    Accessibility::describe(m_new, tr("New assessment"), m_new->description());
    Accessibility::describe(m_demo, tr("Open the demo"), m_demo->description());
    connect(m_new, &QCommandLinkButton::clicked, this, &WelcomePage::newAssessmentRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);

    QFont headingFont = m_recentHeading->font();
    headingFont.setBold(true);
    m_recentHeading->setFont(headingFont);
    m_recentHeading->setBuddy(m_recent);
    m_recent->setObjectName(u"welcomeRecent"_s);
    m_recent->setAccessibleName(tr("Recent assessments"));
    m_recent->setAccessibleDescription(
            tr("Assessments opened lately; press Enter or double-click to open one"));
    m_recent->setSpacing(3);
    // Five rows, then it scrolls.
    m_recent->setFixedHeight((m_recent->fontMetrics().height() + 6) * 5 + 8);
    m_recentHeading->hide();
    m_recent->hide();
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_recent->row(item);
        if (row >= 0 && row < m_entries.size())
            emit recentRequested(m_entries.at(row));
    });

    m_storePath->setObjectName(u"welcomeStorePath"_s);
    m_storePath->setAlignment(Qt::AlignCenter);
    m_storePath->setWordWrap(true);
    m_storePath->setForegroundRole(QPalette::PlaceholderText);
    m_storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A fixed-width column: word-wrapped labels need a definite width to know their height.
    auto *column = new QWidget(this);
    column->setFixedWidth(540);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(logo);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_new);
    columnLayout->addWidget(m_demo);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_recentHeading);
    columnLayout->addWidget(m_recent);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_storePath);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    setTabOrder(m_new, m_demo);
    setTabOrder(m_demo, m_recent);
}

void WelcomePage::setStorePath(const QString &path)
{
    m_store = path;
    m_storePath->setText(tr("Assessments are stored in %1").arg(QDir::toNativeSeparators(path)));
}

void WelcomePage::setRecentAssessments(const QList<RecentAssessments::Entry> &entries)
{
    m_entries = entries;
    m_recent->clear();
    for (const RecentAssessments::Entry &entry : entries) {
        auto *item = new QListWidgetItem(RecentAssessmentsMenu::displayText(entry, m_store));
        item->setToolTip(QDir::toNativeSeparators(entry.storePath));
        m_recent->addItem(item);
    }
    m_recentHeading->setVisible(!entries.isEmpty());
    m_recent->setVisible(!entries.isEmpty());
}

} // namespace greenlight
