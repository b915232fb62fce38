#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace greenlight {

class ElidedLabel;
struct ScanProgress;

// The top of the Scan page: which repository (typed or chosen with a folder dialog), Start
// and Cancel, and while a scan runs the progress bar with files done of found, files per
// second and the current path. When idle it shows the summary of the last scan instead.
class ScanControls : public QWidget
{
    Q_OBJECT

public:
    explicit ScanControls(QWidget *parent = nullptr);

    QString repositoryPath() const;
    void setRepositoryPath(const QString &path);

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setProgress(const ScanProgress &progress);
    // Idle: the progress bar shows the last run complete (or empty when none) and the
    // summary replaces the live counts.
    void setSummary(const QString &summary, bool complete);
    void setStartEnabled(bool enabled);

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *countsLabel() const { return m_counts; }
    ElidedLabel *currentPathLabel() const { return m_current; }

signals:
    void startRequested();
    void cancelRequested();

private:
    void browse();
    void updateButtons();

    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_counts;
    ElidedLabel *m_current;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_startEnabled = true;
};

} // namespace greenlight
