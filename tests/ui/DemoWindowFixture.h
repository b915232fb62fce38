#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include "templates/TemplateCatalog.h"

class QDialog;
class QWidget;

namespace greenlight {

class AssessmentStore;
class Database;
class MainWindow;

namespace test {

// The main window over a store in which every page has something to show, for the tests that
// walk every widget (accessibility, shortcuts): an earlier demo assessment to compare with and
// the current one, scanned, with a note attached to an item, a failed item waived and a
// signature gone stale. Also makes each dialog of ui/dialogs over that data.
class DemoWindowFixture
{
public:
    struct Dialog
    {
        QString className; // the QDialog subclass, as in ui/dialogs/<className>.h
        std::function<std::unique_ptr<QDialog>(QWidget *parent)> make;
    };

    DemoWindowFixture();
    ~DemoWindowFixture();

    // An empty store and the window on it (the welcome page). False, with a warning, on failure.
    bool openEmpty();
    // Creates the assessments and their data through the window, and waits for every page.
    bool populate();

    MainWindow &window() { return *m_window; }
    qint64 demoId() const { return m_demoId; }
    // Makes page the current tab and waits until it shows what the store holds.
    bool showPage(QWidget *page);
    QList<Dialog> dialogs();

private:
    bool waitIdle();

    QTemporaryDir m_dir;
    QString m_path;
    TemplateCatalog m_catalog;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_earlierId = 0;
    qint64 m_demoId = 0;
    qint64 m_waivedItemId = 0;
};

} // namespace test
} // namespace greenlight
