#pragma once

#include <optional>

#include <QObject>

class QAction;
class QWidget;

namespace greenlight {

class AssessmentListModel;
class AssessmentStore;
class TemplateCatalog;

// The actions on whole assessments (new, open the demo, rename, delete) and their dialogs.
// Dialogs open window-modal without blocking (open(), not exec()), so tests and screen
// readers can drive them like any other widget.
class AssessmentActions : public QObject
{
    Q_OBJECT

public:
    AssessmentActions(AssessmentStore &store,
                      const TemplateCatalog &catalog,
                      AssessmentListModel &model,
                      QWidget *dialogParent);

    QAction *newAction() const { return m_new; }
    QAction *demoAction() const { return m_demo; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    // The assessment rename and delete act on.
    void setCurrentAssessment(std::optional<qint64> id);

public slots:
    void newAssessment();
    void openDemo();
    void renameAssessment();
    void deleteAssessment();

signals:
    void assessmentCreated(qint64 id);
    void errorOccurred(const QString &message);

private:
    AssessmentStore &m_store;
    const TemplateCatalog &m_catalog;
    AssessmentListModel &m_model;
    QWidget *m_dialogParent;
    std::optional<qint64> m_current;
    QAction *m_new;
    QAction *m_demo;
    QAction *m_rename;
    QAction *m_delete;
};

} // namespace greenlight
