#pragma once

#include <optional>

#include <QWidget>

#include "report/AssessmentSnapshot.h"

class QLabel;
class QListWidget;
class QProgressBar;

namespace greenlight {

// The dashboard's headline: the verdict (Ready / Ready with fixes / Not ready) in its colour,
// done of total, and every reason for the verdict, one line each, so nobody has to guess
// what stands between the release and "Ready".
class ReadinessPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPanel(QWidget *parent = nullptr);

    void setSnapshot(const AssessmentSnapshot &snapshot);
    void clear();
    void showMessage(const QString &message); // while loading, or when reading failed

    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *countsLabel() const { return m_counts; }
    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *reasonsList() const { return m_reasons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showVerdictColours(); // the badge and the counts: their colours follow the palette

    std::optional<VerdictLevel> m_level; // unset while a message is shown
    ReadinessSummary m_summary;
    QLabel *m_verdict;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QListWidget *m_reasons;
};

} // namespace greenlight
