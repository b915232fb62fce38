#include "ShortcutsDialog.h"

#include <algorithm>

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "help/ShortcutCatalog.h"
#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

enum Column { CommandColumn, KeyColumn, ScopeColumn };

// Keys Qt gives every list, field and dialog: no QAction to read them from, and no reason for
// them to change.
QList<ShortcutEntry> standardKeys()
{
    const auto row = [](const QString &command, const QList<QKeySequence> &keys) {
        ShortcutEntry entry;
        entry.group = ShortcutsDialog::tr("Everywhere");
        entry.command = command;
        entry.keys = keys;
        entry.scope = ShortcutsDialog::tr("Lists, fields and dialogs");
        return entry;
    };
    return {row(ShortcutsDialog::tr("Move to the next or previous control"),
                {QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
            row(ShortcutsDialog::tr("Use the menu, button or field whose letter is underlined"),
                {}),
            row(ShortcutsDialog::tr("Open the selected row of a list"),
                {QKeySequence(Qt::Key_Return)}),
            row(ShortcutsDialog::tr("Check a box or press the focused button"),
                {QKeySequence(Qt::Key_Space)}),
            row(ShortcutsDialog::tr("Open a drop-down list"),
                {QKeySequence(Qt::ALT | Qt::Key_Down)}),
            row(ShortcutsDialog::tr("Close a dialog or a menu without changes"),
                {QKeySequence(Qt::Key_Escape)})};
}

QString keyText(const ShortcutEntry &entry)
{
    if (entry.keys.isEmpty() && !entry.action)
        return ShortcutsDialog::tr("Alt+underlined letter");
    QStringList texts;
    for (const QKeySequence &key : entry.keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(ShortcutsDialog::tr(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(720, 560);

    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by command, key or area"));
    m_filter->setClearButtonEnabled(true);
    Accessibility::describe(m_filter,
                            tr("Filter shortcuts"),
                            tr("Shows only the shortcuts whose command, key, menu or area "
                               "contains every word typed"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_tree->setObjectName(u"shortcutTree"_s);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Works in")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ScopeColumn, QHeaderView::ResizeToContents);
    Accessibility::describe(m_tree,
                            tr("Keyboard shortcuts"),
                            tr("Every keyboard shortcut of the window, grouped by menu or area: "
                               "the command, its keys and where they work"));

    m_count->setObjectName(u"shortcutCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Accessibility::describe(buttons->button(QDialogButtonBox::Close),
                            tr("Close"),
                            tr("Closes the list of keyboard shortcuts"));

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    reload();
}

void ShortcutsDialog::reload()
{
    m_tree->clear();
    m_total = 0;
    QHash<QString, QTreeWidgetItem *> groups;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QList<ShortcutEntry> entries = ShortcutCatalog::actions(m_window) + standardKeys();
    for (const ShortcutEntry &entry : entries) {
        QTreeWidgetItem *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            group->setFont(CommandColumn, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(group, {entry.command, keyText(entry), entry.scope});
        if (entry.action)
            row->setToolTip(CommandColumn, entry.action->statusTip());
        ++m_total;
    }
    applyFilter();
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int ShortcutsDialog::shownCount() const
{
    int shown = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r)
            shown += group->child(r)->isHidden() ? 0 : 1;
    }
    return shown;
}

void ShortcutsDialog::applyFilter()
{
    const QStringList words = m_filter->text().simplified().split(u' ', Qt::SkipEmptyParts);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const QString haystack = QStringList{group->text(CommandColumn),
                                                 row->text(CommandColumn),
                                                 row->text(KeyColumn),
                                                 row->text(ScopeColumn)}
                                             .join(u' ');
            const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return haystack.contains(w, Qt::CaseInsensitive);
            });
            row->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
    const int shown = shownCount();
    m_count->setText(shown == m_total ? tr("%n shortcut(s)", nullptr, m_total)
                                      : tr("%1 of %n shortcut(s)", nullptr, m_total).arg(shown));
}

} // namespace greenlight
