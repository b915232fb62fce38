#include "CommandEvidenceDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "signoff/CommandEvidenceRunner.h"
#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {

CommandEvidenceDialog::CommandEvidenceDialog(const Clock &clock,
                                             const QString &workingDirectory,
                                             QWidget *parent)
    : QDialog(parent)
    , m_runner(new CommandEvidenceRunner(clock, this))
{
    setObjectName(u"commandEvidenceDialog"_s);
    setWindowTitle(tr("Attach Command Output"));
    m_command = new QLineEdit(this);
    m_command->setObjectName(u"commandEdit"_s);
    m_command->setPlaceholderText(tr("e.g. make smoke-test"));
    Accessibility::describe(m_command,
                            tr("Command"),
                            tr("The command to run; Enter runs it. Its output, exit code, folder "
                               "and time become the evidence."));
    m_directory = new QLineEdit(workingDirectory, this);
    m_directory->setObjectName(u"workingDirectoryEdit"_s);
    Accessibility::describe(
            m_directory, tr("Working directory"), tr("The folder the command runs in"));
    m_runButton = new QPushButton(tr("&Run"), this);
    Accessibility::describe(
            m_runButton, tr("Run command"), tr("Runs the command and shows its output"));
    m_cancelButton = new QPushButton(tr("&Stop"), this);
    Accessibility::describe(m_cancelButton,
                            tr("Stop command"),
                            tr("Stops the running command; nothing is attached"));
    m_cancelButton->setEnabled(false);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_runButton);
    commandRow->addWidget(m_cancelButton);

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(u"commandOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMinimumSize(520, 220);
    Accessibility::describe(m_output, tr("Command output"), tr("What the command printed"));
    m_status = new QLabel(tr("Type a command and run it; its output becomes the evidence."), this);
    m_status->setObjectName(u"commandStatus"_s);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Attach"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Ok),
                            tr("Attach output"),
                            tr("Attaches the command, its output, exit code, folder and time to "
                               "the item"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Cancel),
                            tr("Cancel"),
                            tr("Closes without attaching anything"));

    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from QFormLayout, so its "&" would show literally.
    auto *commandLabel = new QLabel(tr("&Command:"), this);
    commandLabel->setBuddy(m_command);
    form->addRow(commandLabel, commandRow);
    form->addRow(tr("&Directory:"), m_directory);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Reading order: the command row, then its folder, the output and the buttons.
    setTabOrder(m_command, m_runButton);
    setTabOrder(m_runButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_directory);
    setTabOrder(m_directory, m_output);
    Accessibility::tabThroughButtonsInLayoutOrder(m_buttons, m_output);

    connect(m_runButton, &QPushButton::clicked, this, &CommandEvidenceDialog::startRun);
    connect(m_command, &QLineEdit::returnPressed, this, &CommandEvidenceDialog::startRun);
    connect(m_cancelButton, &QPushButton::clicked, m_runner, &CommandEvidenceRunner::cancel);
    connect(m_runner, &CommandEvidenceRunner::finished, this, &CommandEvidenceDialog::finished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_runner->cancel();
        reject();
    });
}

CommandEvidenceDialog::~CommandEvidenceDialog()
{
    m_runner->cancel();
}

void CommandEvidenceDialog::startRun()
{
    const QString command = m_command->text().trimmed();
    if (command.isEmpty() || m_runner->isRunning())
        return;
    m_run.reset();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (!m_runner->start(command, m_directory->text().trimmed()))
        return;
    m_output->clear();
    m_status->setText(tr("Running…"));
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
}

void CommandEvidenceDialog::finished(const CommandRun &run)
{
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_output->setPlainText(QString::fromUtf8(run.output));
    if (!run.error.isEmpty()) {
        m_status->setText(tr("Could not run the command: %1").arg(run.error));
        return;
    }
    if (run.cancelled) {
        m_status->setText(tr("Stopped. Nothing to attach."));
        return;
    }
    if (run.timedOut) {
        m_status->setText(
                tr("Timed out after %1 s. Nothing to attach.").arg(run.durationMs / 1000));
        return;
    }
    m_run = run;
    m_status->setText(tr("Exit code %1 after %2 ms%3. Attach records the command, its output, "
                         "exit code, directory and time.")
                              .arg(run.exitCode)
                              .arg(run.durationMs)
                              .arg(run.truncated ? tr(" (output truncated)") : QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

} // namespace greenlight
