#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "DemoWindowFixture.h"
#include "HelpActions.h"
#include "MainWindow.h"
#include "dialogs/ShortcutsDialog.h"
#include "domain/ItemStatus.h"
#include "help/ShortcutCatalog.h"
#include "pages/ChecklistPage.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

enum Column { CommandColumn, KeyColumn, ScopeColumn };

struct Row
{
    QString group;
    QString command;
    QString keys;
    QString scope;
    bool hidden = false;
};

QList<Row> rows(const ShortcutsDialog &dialog)
{
    QList<Row> all;
    const QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *row = group->child(r);
            all.append({group->text(CommandColumn),
                        row->text(CommandColumn),
                        row->text(KeyColumn),
                        row->text(ScopeColumn),
                        row->isHidden() || group->isHidden()});
        }
    }
    return all;
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// Edit > Set Status > Passed: Ctrl with the status's number.
QKeySequence passedKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(ItemStatus::Passed)));
}

// The row whose command ends with command (menus prefix submenu items: "Set Status › Passed").
std::optional<Row> find(const QList<Row> &all, const QString &command)
{
    for (const Row &row : all) {
        if (row.command.endsWith(command))
            return row;
    }
    return std::nullopt;
}

} // namespace

// Help > Keyboard Shortcuts over the real window: every action with a shortcut is listed with
// its keys, a new action shows up, and the filter narrows the rows.
class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryShortcutOfTheWindow();
    void groupsByMenuAndArea();
    void anAddedActionAppears();
    void filterNarrowsTheRows();
    void helpMenuOpensOneDialog();

private:
    test::DemoWindowFixture m_fixture;
};

void tst_ShortcutsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_ShortcutsDialog"_s);
    QSettings().clear();
    QVERIFY(m_fixture.openEmpty());
}

void tst_ShortcutsDialog::listsEveryShortcutOfTheWindow()
{
    MainWindow &window = m_fixture.window();
    ShortcutsDialog dialog(&window);
    const QList<Row> all = rows(dialog);
    int checked = 0;
    // Every action the window reaches (through a menu or a widget of its own) that has a key.
    for (const QAction *action : window.findChildren<QAction *>()) {
        // Menus are windows of their own: follow QObject parents, not the widget tree.
        bool reachable = false;
        for (const QObject *object : action->associatedObjects()) {
            for (const QObject *o = object; o && !reachable; o = o->parent())
                reachable = o == &window;
        }
        if (action->shortcuts().isEmpty() || !reachable)
            continue;
        ++checked;
        const QString command = ShortcutCatalog::withoutMnemonic(action->text());
        const auto row = find(all, command);
        QVERIFY2(row, qPrintable(u"“%1” is missing"_s.arg(command)));
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(row->keys.contains(native(key)),
                     qPrintable(u"“%1” shows %2, not %3"_s.arg(command, row->keys, native(key))));
    }
    // 18 here: Quit's standard key (Ctrl+Q) is empty on the offscreen platform.
    QVERIFY2(checked >= 15, qPrintable(u"only %1 actions with shortcuts"_s.arg(checked)));
    QCOMPARE(dialog.shownCount(), int(all.size()));
    QVERIFY(dialog.countLabel()->text().contains(QString::number(all.size())));
}

void tst_ShortcutsDialog::groupsByMenuAndArea()
{
    ShortcutsDialog dialog(&m_fixture.window());
    const QList<Row> all = rows(dialog);
    const auto expect = [&all](const QString &command,
                               const QString &group,
                               const QKeySequence &key,
                               const QString &scope) {
        const auto row = find(all, command);
        QVERIFY2(row, qPrintable(command));
        QCOMPARE(row->group, group);
        QVERIFY2(row->keys.contains(native(key)), qPrintable(row->keys));
        QCOMPARE(row->scope, scope);
    };
    expect(u"Keyboard Shortcuts…"_s, u"Help"_s, QKeySequence::HelpContents, u"Whole window"_s);
    expect(u"New Assessment…"_s, u"File"_s, QKeySequence::New, u"Whole window"_s);
    expect(u"Rename…"_s, u"File"_s, QKeySequence(Qt::Key_F2), u"Whole window"_s);
    // Delete works only in the list, so it never eats a Delete typed in a text field.
    expect(u"Delete…"_s, u"File"_s, QKeySequence::Delete, u"Assessment list"_s);
    expect(u"Find…"_s, u"Edit"_s, QKeySequence::Find, u"Whole window"_s);
    expect(u"Set Status › Passed"_s, u"Edit"_s, passedKey(), u"Whole window"_s);
    expect(u"Cancel Scan"_s, u"Scan"_s, QKeySequence::Cancel, u"Scan page"_s);
    expect(u"Move to the next or previous control"_s,
           u"Everywhere"_s,
           QKeySequence(Qt::Key_Tab),
           u"Lists, fields and dialogs"_s);
    QVERIFY(find(all, u"Redo"_s)->keys.contains(native(QKeySequence(Qt::CTRL | Qt::Key_Y))));
}

void tst_ShortcutsDialog::anAddedActionAppears()
{
    MainWindow &window = m_fixture.window();
    ShortcutsDialog dialog(&window);
    QVERIFY(!find(rows(dialog), u"Frobnicate"_s));

    // On a widget, in no menu: grouped by the widget's area, working only there.
    QTreeView *tree = window.checklistPage()->tree();
    auto *onTree = new QAction(u"&Frobnicate"_s, tree);
    onTree->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    onTree->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tree->addAction(onTree);
    // On the window itself.
    auto *onWindow = new QAction(u"Defrobnicate"_s, &window);
    onWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    window.addAction(onWindow);
    dialog.reload();

    const QList<Row> all = rows(dialog);
    const auto frob = find(all, u"Frobnicate"_s);
    QVERIFY(frob);
    QCOMPARE(frob->command, u"Frobnicate"_s); // the & is gone
    QCOMPARE(frob->group, tree->accessibleName());
    QCOMPARE(frob->scope, tree->accessibleName());
    QCOMPARE(frob->keys, native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J)));
    const auto defrob = find(all, u"Defrobnicate"_s);
    QVERIFY(defrob);
    QCOMPARE(defrob->group, u"Window"_s);
    QCOMPARE(defrob->scope, u"Whole window"_s);

    delete onTree;
    delete onWindow;
    dialog.reload();
    QVERIFY(!find(rows(dialog), u"Frobnicate"_s));
}

void tst_ShortcutsDialog::filterNarrowsTheRows()
{
    ShortcutsDialog dialog(&m_fixture.window());
    const int total = dialog.shownCount();
    QVERIFY(total > 20);

    QTest::keyClicks(dialog.filterEdit(), u"undo"_s);
    QCOMPARE(dialog.shownCount(), 1);
    QVERIFY(!find(rows(dialog), u"Undo"_s)->hidden);
    QVERIFY(find(rows(dialog), u"Redo"_s)->hidden);
    QVERIFY(dialog.countLabel()->text().contains(u"1 of %1"_s.arg(total)));

    // Words match anywhere in the row, all of them: a key and a menu.
    dialog.setFilterText(native(passedKey()) + u" edit"_s);
    QCOMPARE(dialog.shownCount(), 1);
    QVERIFY(!find(rows(dialog), u"Passed"_s)->hidden);

    dialog.setFilterText(u"scan page"_s);
    QCOMPARE(dialog.shownCount(), 1); // Cancel Scan works on the Scan page only

    dialog.setFilterText(u"no such command"_s);
    QCOMPARE(dialog.shownCount(), 0);
    for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g)
        QVERIFY(dialog.tree()->topLevelItem(g)->isHidden());

    dialog.filterEdit()->clear();
    QCOMPARE(dialog.shownCount(), total);
}

void tst_ShortcutsDialog::helpMenuOpensOneDialog()
{
    MainWindow &window = m_fixture.window();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.helpActions()->shortcutsDialog());
    QTest::keySequence(&window, QKeySequence::HelpContents);
    ShortcutsDialog *dialog = window.helpActions()->shortcutsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), u"Keyboard Shortcuts"_s);

    window.helpActions()->shortcutsAction()->trigger(); // again: the same dialog, brought forward
    QCOMPARE(window.helpActions()->shortcutsDialog(), dialog);
    QCOMPARE(window.findChildren<ShortcutsDialog *>().size(), 1);
    dialog->close();
    QTRY_VERIFY(!window.helpActions()->shortcutsDialog()); // deleted on close
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ShortcutsDialog)
#include "tst_ShortcutsDialog.moc"
