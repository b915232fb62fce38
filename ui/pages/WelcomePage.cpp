#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace greenlight {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_new(new QCommandLinkButton(this))
    , m_demo(new QCommandLinkButton(this))
    , m_storePath(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);

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
    connect(m_new, &QCommandLinkButton::clicked, this, &WelcomePage::newAssessmentRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);

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
}

void WelcomePage::setStorePath(const QString &path)
{
    m_storePath->setText(tr("Assessments are stored in %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace greenlight
