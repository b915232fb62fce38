#include <algorithm>

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QVBoxLayout>

#include "DemoWindowFixture.h"
#include "MainWindow.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// Pieces Qt builds inside a control (a spin box's line edit, a tab bar's scroll buttons): the
// control itself is what assistive technology announces.
bool isInternalPart(const QWidget *widget, const QWidget *root)
{
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        area && area->viewport() == widget)
        return true;
    for (const QWidget *p = widget->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

// Anything the keyboard can reach, and the charts. A label that only lets the mouse select its
// text is read as text, not operated.
bool isInteractive(const QWidget *widget, const QWidget *root)
{
    if (widget->window() != root->window() || isInternalPart(widget, root))
        return false;
    if (qobject_cast<const QChartView *>(widget))
        return true;
    if (widget->focusPolicy() == Qt::NoFocus)
        return false;
    // A tab widget hands its focus to its tab bar, which is checked itself.
    if (widget->focusProxy() && !isInternalPart(widget->focusProxy(), root))
        return false;
    if (qobject_cast<const QLabel *>(widget))
        return widget->focusPolicy() & Qt::TabFocus;
    return true;
}

bool isDescribed(QAccessibleInterface *iface)
{
    return !iface->text(QAccessible::Name).trimmed().isEmpty()
           && !iface->text(QAccessible::Description).trimmed().isEmpty();
}

QString describe(const QWidget *widget)
{
    const auto name = [](const QWidget *w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    };
    QStringList chain;
    for (const QWidget *p = widget->parentWidget(); p && chain.size() < 5; p = p->parentWidget())
        chain.append(name(p));
    // An unnamed widget is known by what it shows ("Browse…").
    QString label = widget->objectName();
    if (label.isEmpty()) {
        if (QAccessibleInterface *iface
            = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget)))
            label = u"showing "_s + iface->text(QAccessible::Name);
    }
    return u"%1 “%2” in %3"_s.arg(
            QString::fromLatin1(widget->metaObject()->className()), label, chain.join(u" < "_s));
}

// Every interactive widget of root's window without an accessible name or description, and
// every label that underlines a letter without a buddy to take the focus.
QStringList audit(const QWidget *root, QSet<const QWidget *> &seen, int &checked)
{
    QStringList offenders;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (seen.contains(widget))
            continue;
        seen.insert(widget);
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            // In rich text "&nbsp;" is an entity, not an underlined letter.
            const bool plain = label->textFormat() == Qt::PlainText
                               || (label->textFormat() == Qt::AutoText
                                   && !Qt::mightBeRichText(label->text()));
            if (plain && !label->buddy() && !QKeySequence::mnemonic(label->text()).isEmpty())
                offenders.append(
                        u"%1: underlines a letter but has no buddy"_s.arg(describe(label)));
        }
        if (!isInteractive(widget, root))
            continue;
        ++checked;
        QAccessibleInterface *iface
                = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
        if (!iface) {
            offenders.append(u"%1: no accessible interface"_s.arg(describe(widget)));
        } else if (qobject_cast<const QTabBar *>(widget)) {
            // Qt reads a tab bar out tab by tab: each tab's text, its tooltip as description.
            for (int i = 0; i < iface->childCount(); ++i) {
                QAccessibleInterface *tab = iface->child(i);
                if (tab && tab->role() == QAccessible::PageTab && !isDescribed(tab))
                    offenders.append(u"%1, tab %2 “%3”: no accessible name or description"_s.arg(
                            describe(widget), QString::number(i), tab->text(QAccessible::Name)));
            }
        } else if (!isDescribed(iface)) {
            offenders.append(u"%1: no accessible name or description (name “%2”)"_s.arg(
                    describe(widget), iface->text(QAccessible::Name)));
        }
    }
    return offenders;
}

QString report(const QStringList &offenders)
{
    return u"%1 problem(s):\n  %2"_s.arg(offenders.size()).arg(offenders.join(u"\n  "_s));
}

// Tab should move the way the dialog reads: down, and left to right along a row.
QStringList tabOrderProblems(QDialog *dialog)
{
    QList<QWidget *> chain;
    QWidget *widget = dialog;
    for (int guard = 0; guard < 1000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == dialog)
            break;
        if (widget->window() == dialog && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !isInternalPart(widget, dialog))
            chain.append(widget);
    }
    // Tab order is a cycle; where Qt's chain happens to start after the dialog depends on
    // which child was created first. Read it from the top-left widget, where a user starts.
    const auto position = [dialog](const QWidget *w) {
        return w->mapTo(dialog, QPoint(0, 0));
    };
    const auto first = std::min_element(chain.begin(), chain.end(), [&](QWidget *a, QWidget *b) {
        const QPoint pa = position(a);
        const QPoint pb = position(b);
        return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
    });
    if (first != chain.end())
        std::rotate(chain.begin(), first, chain.end());
    QStringList problems;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        const QWidget *a = chain.at(i);
        const QWidget *b = chain.at(i + 1);
        const QRect ra(a->mapTo(dialog, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(dialog, QPoint(0, 0)), b->size());
        const bool sameRow = rb.top() <= ra.bottom() && ra.top() <= rb.bottom();
        if (rb.bottom() < ra.top() || (sameRow && rb.right() < ra.left()))
            problems.append(u"Tab goes from %1 back to %2"_s.arg(describe(a), describe(b)));
    }
    return problems;
}

} // namespace

// Every interactive widget of the window (each page in turn) and of every dialog must tell a
// screen reader what it is and what it does, and the dialogs' tab order must follow their
// layout. The failure message lists every offender with its parents, so it is quick to fix.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomePage();
    void mainWindowPages();
    void dialogs_data();
    void dialogs();
    void coversEveryDialog();
    void auditCatchesABareButton();

private:
    bool ensurePopulated();

    test::DemoWindowFixture m_fixture;
    bool m_populated = false;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_Accessibility"_s);
    QSettings().clear();
    QVERIFY(m_fixture.openEmpty());
}

bool tst_Accessibility::ensurePopulated()
{
    if (!m_populated)
        m_populated = m_fixture.populate();
    return m_populated;
}

void tst_Accessibility::welcomePage()
{
    if (m_populated)
        QSKIP("the store already holds assessments");
    QVERIFY(m_fixture.window().isWelcomeShown());
    QSet<const QWidget *> seen;
    int checked = 0;
    const QStringList offenders = audit(&m_fixture.window(), seen, checked);
    QVERIFY2(offenders.isEmpty(), qPrintable(report(offenders)));
    QVERIFY(checked >= 2); // at least the two buttons
}

void tst_Accessibility::mainWindowPages()
{
    QVERIFY(ensurePopulated());
    MainWindow &window = m_fixture.window();
    QStringList offenders;
    int checked = 0;
    for (int i = 0; i < window.pageTabs()->count(); ++i) {
        QWidget *page = window.pageTabs()->widget(i);
        QVERIFY2(m_fixture.showPage(page), qPrintable(page->objectName()));
        QSet<const QWidget *> seen; // each page afresh: what a page shows may depend on it
        offenders += audit(&window, seen, checked);
    }
    offenders.removeDuplicates();
    QVERIFY2(offenders.isEmpty(), qPrintable(report(offenders)));
    QVERIFY2(checked > 40, qPrintable(u"only %1 widgets checked"_s.arg(checked)));
}

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<int>("index");
    QVERIFY(ensurePopulated());
    const auto dialogs = m_fixture.dialogs();
    for (int i = 0; i < dialogs.size(); ++i)
        QTest::newRow(qPrintable(dialogs.at(i).className)) << i;
}

void tst_Accessibility::dialogs()
{
    QFETCH(int, index);
    const auto factory = m_fixture.dialogs().at(index);
    std::unique_ptr<QDialog> dialog = factory.make(&m_fixture.window());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(100); // loads finish, layouts settle

    QSet<const QWidget *> seen;
    int checked = 0;
    const QStringList offenders = audit(dialog.get(), seen, checked);
    QVERIFY2(offenders.isEmpty(), qPrintable(report(offenders)));
    QVERIFY(checked >= 2);
    const QStringList order = tabOrderProblems(dialog.get());
    QVERIFY2(order.isEmpty(), qPrintable(report(order)));
}

void tst_Accessibility::coversEveryDialog()
{
    // A new QDialog under ui/dialogs/ must join DemoWindowFixture::dialogs() to be checked.
    // (AboutBox is a QMessageBox: Qt's own standard dialogs are not ours to describe.)
    const QDir folder(QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/ui/dialogs"_s);
    static const QRegularExpression dialogClass(u"class (\\w+) : public QDialog\\b"_s);
    QStringList expected;
    for (const QString &header : folder.entryList({u"*.h"_s}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(header));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto matches = dialogClass.globalMatch(QString::fromUtf8(file.readAll()));
        while (matches.hasNext())
            expected.append(matches.next().captured(1));
    }
    expected.sort();
    QVERIFY(!expected.isEmpty());
    QStringList covered;
    for (const auto &dialog : m_fixture.dialogs())
        covered.append(dialog.className);
    covered.sort();
    QCOMPARE(covered, expected);
}

void tst_Accessibility::auditCatchesABareButton()
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *button = new QPushButton(u"Go"_s, &dialog);
    button->setObjectName(u"bareButton"_s);
    layout->addWidget(button);
    auto *label = new QLabel(u"&Orphan:"_s, &dialog);
    layout->addWidget(label);
    QSet<const QWidget *> seen;
    int checked = 0;
    QStringList offenders = audit(&dialog, seen, checked);
    QCOMPARE(checked, 1);
    QCOMPARE(offenders.size(), 2);
    QVERIFY2(offenders.first().contains(u"bareButton"_s)
                     || offenders.last().contains(u"bareButton"_s),
             qPrintable(report(offenders)));
    QVERIFY(offenders.join(u'\n').contains(u"no accessible name or description"_s));
    QVERIFY(offenders.join(u'\n').contains(u"has no buddy"_s));

    button->setAccessibleDescription(u"Starts it"_s);
    label->setBuddy(button);
    seen.clear();
    offenders = audit(&dialog, seen, checked);
    QVERIFY2(offenders.isEmpty(), qPrintable(report(offenders)));
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_Accessibility)
#include "tst_Accessibility.moc"
