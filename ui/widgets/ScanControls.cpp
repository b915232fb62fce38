#include "ScanControls.h"

#include <climits>

#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include "Accessibility.h"
#include "ElidedLabel.h"
#include "scan/ScanReport.h"

using namespace Qt::StringLiterals;

namespace greenlight {

ScanControls::ScanControls(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_start(new QPushButton(tr("&Start Scan"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_current(new ElidedLabel(this))
{
    setObjectName(u"scanControls"_s);
    m_path->setObjectName(u"repositoryEdit"_s);
    m_path->setPlaceholderText(tr("Folder of the system's source repository"));
    m_path->setClearButtonEnabled(true);
    auto *dirs = new QFileSystemModel(this);
    dirs->setFilter(QDir::AllDirs | QDir::NoDotAndDotDot | QDir::Drives);
    dirs->setRootPath(QString());
    auto *completer = new QCompleter(dirs, this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_path->setCompleter(completer);
    Accessibility::describe(m_path,
                            tr("Repository folder"),
                            tr("The folder of the system's source repository that the scan "
                               "reads; Enter starts the scan"));
    m_browse->setObjectName(u"browseRepositoryButton"_s);
    Accessibility::describe(m_browse,
                            tr("Browse for the repository"),
                            tr("Chooses the repository folder in a folder dialog"));
    m_start->setObjectName(u"startScanButton"_s);
    m_start->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    m_start->setDefault(true);
    Accessibility::describe(m_start,
                            tr("Start scan"),
                            tr("Scans the repository folder with the rules of the assessment's "
                               "checklists (Ctrl+R)"));
    m_cancel->setObjectName(u"cancelScanButton"_s);
    m_cancel->setIcon(QIcon::fromTheme(u"process-stop"_s));
    Accessibility::describe(m_cancel,
                            tr("Cancel scan"),
                            tr("Stops the running scan; a cancelled scan records nothing (Esc)"));
    m_progress->setObjectName(u"scanProgressBar"_s);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_counts->setObjectName(u"scanCountsLabel"_s);
    m_current->setObjectName(u"scanCurrentPath"_s);
    m_current->setForegroundRole(QPalette::PlaceholderText);

    auto *repositoryLabel = new QLabel(tr("&Repository:"), this);
    repositoryLabel->setBuddy(m_path);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(repositoryLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_start, 0, 3);
    grid->addWidget(m_cancel, 0, 4);
    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(10);
    progressRow->addWidget(m_progress, 2);
    progressRow->addWidget(m_counts);
    progressRow->addWidget(m_current, 3);
    grid->addLayout(progressRow, 1, 1, 1, 4);
    grid->setColumnStretch(1, 1);

    connect(m_browse, &QPushButton::clicked, this, &ScanControls::browse);
    connect(m_start, &QPushButton::clicked, this, &ScanControls::startRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ScanControls::cancelRequested);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (m_start->isEnabled())
            emit startRequested();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ScanControls::updateButtons);
    updateButtons();
}

QString ScanControls::repositoryPath() const
{
    const QString text = m_path->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void ScanControls::setRepositoryPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ScanControls::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_elapsed.start();
        m_progress->setRange(0, 0); // busy until the walk has found something
        m_counts->setText(tr("Starting…"));
        m_current->setFullText(QString());
    }
    updateButtons();
}

void ScanControls::setProgress(const ScanProgress &progress)
{
    const QLocale locale;
    // QProgressBar takes int: files beyond 2^31 are not a concern for one repository.
    const int found = int(std::min<qint64>(progress.filesFound, INT_MAX));
    const int done = int(std::min<qint64>(progress.filesDone, found));
    if (found > 0) {
        m_progress->setRange(0, found);
        m_progress->setValue(done);
    }
    const double seconds = double(std::max<qint64>(m_elapsed.elapsed(), 1)) / 1000.0;
    const QString rate = tr("%1 files/s").arg(locale.toString(qRound(double(done) / seconds)));
    const QString total = progress.walkComplete ? locale.toString(progress.filesFound)
                                                : tr("%1+").arg(locale.toString(found));
    m_counts->setText(tr("%1 of %2 files · %3").arg(locale.toString(done), total, rate));
    m_current->setFullText(QDir::toNativeSeparators(progress.currentPath));
}

void ScanControls::setSummary(const QString &summary, bool complete)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(complete ? 1 : 0);
    m_counts->setText(summary);
    m_current->setFullText(QString());
}

void ScanControls::setStartEnabled(bool enabled)
{
    m_startEnabled = enabled;
    updateButtons();
}

void ScanControls::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Choose the Repository to Scan"), repositoryPath());
    if (!chosen.isEmpty())
        setRepositoryPath(chosen);
}

void ScanControls::updateButtons()
{
    m_path->setReadOnly(m_running);
    m_browse->setEnabled(!m_running && m_startEnabled);
    m_start->setEnabled(!m_running && m_startEnabled && !repositoryPath().isEmpty());
    m_cancel->setEnabled(m_running);
}

} // namespace greenlight
