#include <QAction>
#include <QDialog>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "help/ShortcutCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QString report(const QList<ShortcutConflict> &conflicts)
{
    QStringList lines;
    for (const ShortcutConflict &conflict : conflicts)
        lines.append(conflict.toString());
    return u"%1 conflict(s):\n  %2"_s.arg(conflicts.size()).arg(lines.join(u"\n  "_s));
}

// A window with a File menu (Open, Ctrl+O; Set Status › Passed, Ctrl+1), a list with its own
// Delete action (only while it has focus) and a window action that is in no menu.
struct SampleWindow
{
    SampleWindow()
    {
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        list = new QListView(central);
        list->setAccessibleName(u"Item list"_s);
        layout->addWidget(list);
        other = new QListView(central);
        other->setAccessibleName(u"Other list"_s);
        layout->addWidget(other);
        button = new QPushButton(u"&Apply"_s, central);
        layout->addWidget(button);
        window.setCentralWidget(central);

        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        open = file->addAction(u"&Open…"_s);
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addAction(u"&Recent"_s); // no shortcut: not listed
        QMenu *status = file->addMenu(u"Set &Status"_s);
        passed = status->addAction(u"Passed"_s);
        passed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));

        remove = new QAction(u"&Delete"_s, list);
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        list->addAction(remove);

        refresh = new QAction(u"Refresh"_s, &window);
        refresh->setShortcut(QKeySequence(Qt::Key_F5));
        window.addAction(refresh);
    }

    QAction *addAction(QWidget *to, const QKeySequence &key, Qt::ShortcutContext context)
    {
        auto *action = new QAction(u"Extra"_s, to);
        action->setShortcut(key);
        action->setShortcutContext(context);
        to->addAction(action);
        return action;
    }

    QMainWindow window;
    QListView *list;
    QListView *other;
    QPushButton *button;
    QAction *open;
    QAction *passed;
    QAction *remove;
    QAction *refresh;
};

enum class Case {
    None,
    TwoWindowActions,
    WindowAndWidgetAction,
    ActionsOnSeparateWidgets,
    ActionsOnParentAndChild,
    TwoVisibleMnemonics,
    HiddenMnemonic,
    MnemonicAndAction,
    MenuItemsWithOneLetter,
};

} // namespace

class tst_ShortcutCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutMnemonic_data();
    void withoutMnemonic();
    void listsMenusThenAttachedActions();
    void conflicts_data();
    void conflicts();
    void mainWindowHasNoConflicts();
    void dialogsHaveNoConflicts();
};

void tst_ShortcutCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_ShortcutCatalog"_s);
    QSettings().clear();
}

void tst_ShortcutCatalog::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("leading") << u"&File"_s << u"File"_s;
    QTest::newRow("inside") << u"De&lete…"_s << u"Delete…"_s;
    QTest::newRow("escaped") << u"R&&D"_s << u"R&D"_s;
    QTest::newRow("none") << u"Passed"_s << u"Passed"_s;
    QTest::newRow("trailing") << u"Odd&"_s << u"Odd&"_s;
}

void tst_ShortcutCatalog::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ShortcutCatalog::withoutMnemonic(text), expected);
}

void tst_ShortcutCatalog::listsMenusThenAttachedActions()
{
    SampleWindow sample;
    const QList<ShortcutEntry> entries = ShortcutCatalog::actions(&sample.window);
    QCOMPARE(entries.size(), 4);

    QVERIFY(entries.at(0).action == sample.open);
    QCOMPARE(entries.at(0).group, u"File"_s);
    QCOMPARE(entries.at(0).command, u"Open…"_s);
    QCOMPARE(entries.at(0).keyText(),
             QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
    QCOMPARE(entries.at(0).scope, u"Whole window"_s);

    QVERIFY(entries.at(1).action == sample.passed);
    QCOMPARE(entries.at(1).group, u"File"_s);
    QCOMPARE(entries.at(1).command, u"Set Status › Passed"_s);

    // Attached, in no menu: grouped by where they are attached, in tree order (window first).
    QVERIFY(entries.at(2).action == sample.refresh);
    QCOMPARE(entries.at(2).group, u"Window"_s);
    QCOMPARE(entries.at(2).scope, u"Whole window"_s);
    QVERIFY(entries.at(3).action == sample.remove);
    QCOMPARE(entries.at(3).group, u"Item list"_s);
    QCOMPARE(entries.at(3).command, u"Delete"_s);
    QCOMPARE(entries.at(3).scope, u"Item list"_s);
}

void tst_ShortcutCatalog::conflicts_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << int(Case::None) << 0;
    QTest::newRow("two window actions, one key") << int(Case::TwoWindowActions) << 1;
    QTest::newRow("window action and a widget's") << int(Case::WindowAndWidgetAction) << 1;
    QTest::newRow("actions on separate widgets") << int(Case::ActionsOnSeparateWidgets) << 0;
    QTest::newRow("actions on parent and child") << int(Case::ActionsOnParentAndChild) << 1;
    QTest::newRow("two visible mnemonics") << int(Case::TwoVisibleMnemonics) << 1;
    QTest::newRow("a hidden button's mnemonic") << int(Case::HiddenMnemonic) << 0;
    QTest::newRow("mnemonic and action") << int(Case::MnemonicAndAction) << 1;
    QTest::newRow("menu items with one letter") << int(Case::MenuItemsWithOneLetter) << 1;
}

void tst_ShortcutCatalog::conflicts()
{
    QFETCH(int, setup);
    QFETCH(int, expected);
    SampleWindow sample;
    const QKeySequence key(Qt::CTRL | Qt::Key_O);
    switch (Case(setup)) {
    case Case::None:
        break;
    case Case::TwoWindowActions:
        sample.addAction(&sample.window, key, Qt::WindowShortcut);
        break;
    case Case::WindowAndWidgetAction:
        sample.addAction(sample.other, QKeySequence::Delete, Qt::WindowShortcut);
        break;
    case Case::ActionsOnSeparateWidgets:
        sample.addAction(sample.other, QKeySequence::Delete, Qt::WidgetWithChildrenShortcut);
        break;
    case Case::ActionsOnParentAndChild:
        sample.addAction(sample.list->viewport(), QKeySequence::Delete, Qt::WidgetShortcut);
        break;
    case Case::TwoVisibleMnemonics:
        new QPushButton(u"&Add"_s, sample.window.centralWidget());
        break;
    case Case::HiddenMnemonic:
        (new QPushButton(u"&Add"_s, sample.window.centralWidget()))->hide();
        break;
    case Case::MnemonicAndAction:
        sample.addAction(&sample.window, QKeySequence(Qt::ALT | Qt::Key_A), Qt::WindowShortcut);
        break;
    case Case::MenuItemsWithOneLetter:
        sample.window.menuBar()->actions().first()->menu()->addAction(u"&Open Recent"_s);
        break;
    }
    const QList<ShortcutConflict> found = ShortcutCatalog::conflicts(&sample.window);
    QVERIFY2(found.size() == expected, qPrintable(report(found)));
    for (const ShortcutConflict &conflict : found)
        QCOMPARE(conflict.commands.size(), 2);
}

void tst_ShortcutCatalog::mainWindowHasNoConflicts()
{
    // Every page in turn, since a mnemonic counts only while its widget is shown; all problems
    // in one message.
    test::DemoWindowFixture fixture;
    QVERIFY(fixture.openEmpty());
    QStringList problems;
    if (const auto found = ShortcutCatalog::conflicts(&fixture.window()); !found.isEmpty())
        problems.append(u"Welcome page: "_s + report(found));
    QVERIFY(fixture.populate());
    QTabWidget *pages = fixture.window().pageTabs();
    for (int i = 0; i < pages->count(); ++i) {
        QVERIFY(fixture.showPage(pages->widget(i)));
        if (const auto found = ShortcutCatalog::conflicts(&fixture.window()); !found.isEmpty())
            problems.append(pages->tabText(i) + u" page: "_s + report(found));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ShortcutCatalog::dialogsHaveNoConflicts()
{
    test::DemoWindowFixture fixture;
    QVERIFY(fixture.openEmpty());
    QVERIFY(fixture.populate());
    for (const auto &factory : fixture.dialogs()) {
        std::unique_ptr<QDialog> dialog = factory.make(&fixture.window());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QList<ShortcutConflict> found = ShortcutCatalog::conflicts(dialog.get());
        QVERIFY2(found.isEmpty(), qPrintable(factory.className + u": "_s + report(found)));
    }
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ShortcutCatalog)
#include "tst_ShortcutCatalog.moc"
