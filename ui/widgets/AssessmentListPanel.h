#pragma once

#include <optional>

#include <QWidget>

class QAction;
class QListView;

namespace greenlight {

class AssessmentListModel;

// The left-hand list of assessments with buttons for the actions the main window owns
// (new, rename, delete), so the mouse and the keyboard reach the same actions.
class AssessmentListPanel : public QWidget
{
    Q_OBJECT

public:
    AssessmentListPanel(AssessmentListModel &model,
                        const QList<QAction *> &actions,
                        QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    std::optional<qint64> currentAssessmentId() const;
    void selectAssessment(qint64 id);

signals:
    void currentAssessmentChanged(std::optional<qint64> id);

private:
    AssessmentListModel &m_model;
    QListView *m_view;
};

} // namespace greenlight
