#include "AssessmentListPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

#include "Accessibility.h"
#include "AssessmentListDelegate.h"
#include "itemmodels/AssessmentListModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

AssessmentListPanel::AssessmentListPanel(AssessmentListModel &model,
                                         const QList<QAction *> &actions,
                                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
{
    setObjectName(u"assessmentListPanel"_s);
    auto *heading = new QLabel(tr("Assessments"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setBuddy(m_view);

    m_view->setObjectName(u"assessmentList"_s);
    m_view->setModel(&m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new AssessmentListDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    Accessibility::describe(m_view,
                            tr("Assessment list"),
                            tr("The assessments in the store; the selected one is open in the "
                               "pages beside the list. F2 renames it, Delete deletes it."));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(actions);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        // The view and the menus already reach these; Tab should not stop on each button.
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto emitCurrent = [this] {
        emit currentAssessmentChanged(currentAssessmentId());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, emitCurrent);
    // A removed or reset current row changes the current assessment without currentChanged
    // carrying a useful index.
    connect(&m_model, &QAbstractItemModel::modelReset, this, emitCurrent);
}

std::optional<qint64> AssessmentListPanel::currentAssessmentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(AssessmentListModel::IdRole).toLongLong();
}

void AssessmentListPanel::selectAssessment(qint64 id)
{
    const QModelIndex index = m_model.indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

} // namespace greenlight
