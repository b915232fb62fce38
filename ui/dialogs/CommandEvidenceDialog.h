#pragma once

#include <optional>

#include <QDialog>

#include "signoff/CommandRun.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace greenlight {

class Clock;
class CommandEvidenceRunner;

// Runs a command the user types (in a worker, through CommandEvidenceRunner, with a timeout
// and Cancel) and shows its output; Attach is enabled once a run has finished. The run, not
// the text box, is what gets attached: command line, output, exit code, directory and time.
class CommandEvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    CommandEvidenceDialog(const Clock &clock,
                          const QString &workingDirectory,
                          QWidget *parent = nullptr);
    ~CommandEvidenceDialog() override;

    std::optional<CommandRun> run() const { return m_run; }
    CommandEvidenceRunner *runner() const { return m_runner; }
    QLineEdit *commandEdit() const { return m_command; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *statusLabel() const { return m_status; }

    void startRun();

private:
    void finished(const CommandRun &run);

    CommandEvidenceRunner *m_runner;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_directory = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<CommandRun> m_run;
};

} // namespace greenlight
