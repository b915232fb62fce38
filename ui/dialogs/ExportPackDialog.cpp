#include "ExportPackDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

const QString FolderKey = u"export/lastFolder"_s;
const QString FormatKey = u"export/format"_s;
const QString PageSizeKey = u"export/pageSize"_s;
const QString OpenKey = u"export/openWhenDone"_s;

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QSettings()
            .value(FolderKey, documents.isEmpty() ? QDir::homePath() : documents)
            .toString();
}

} // namespace

ExportPackDialog::ExportPackDialog(const QString &suggestedBaseName, QWidget *parent)
    : QDialog(parent)
    , m_baseName(suggestedBaseName)
    , m_format(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_open(new QCheckBox(tr("&Open the pack when it is written"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportPackDialog"_s);
    setWindowTitle(tr("Export Approval Pack"));
    const QSettings settings;
    for (ReportFormat format :
         {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Json}) {
        m_format->addItem(reportFormatDisplayName(format), int(format));
    }
    Accessibility::describe(
            m_format, tr("Format"), tr("The pack's file format: PDF, HTML, Markdown or JSON"));
    const int savedFormat = m_format->findData(settings.value(FormatKey, int(ReportFormat::Pdf)));
    m_format->setCurrentIndex(std::max(savedFormat, 0));

    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    Accessibility::describe(m_pageSize, tr("Page size"), tr("The paper size of a PDF pack"));
    const int savedSize = m_pageSize->findData(
            settings.value(PageSizeKey, int(ReportExporter::defaultPageSize())));
    m_pageSize->setCurrentIndex(std::max(savedSize, 0));

    Accessibility::describe(
            m_path, tr("File"), tr("Where the pack is written; its suffix follows the format"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    Accessibility::describe(browse,
                            tr("Browse for the file"),
                            tr("Chooses where to write the pack in a file dialog"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_open->setChecked(settings.value(OpenKey, true).toBool());
    Accessibility::describe(m_open,
                            tr("Open when written"),
                            tr("Opens the pack in its application once it is written"));

    m_problem->setWordWrap(true);
    m_problem->hide();

    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    Accessibility::describe(
            m_exportButton, tr("Export"), tr("Writes the approval pack to the file"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Cancel),
                            tr("Cancel"),
                            tr("Closes without writing anything"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page size:"), m_pageSize);
    // A row holding a layout gets no buddy from QFormLayout, so its "&" would show literally.
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_open);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    setTabOrder(m_path, browse); // made after the fields, shown beside the file
    setTabOrder(browse, m_open);
    Accessibility::tabThroughButtonsInLayoutOrder(m_buttons, m_open);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportPackDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportPackDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportPackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportPackDialog::reject);

    m_path->setText(
            QDir(defaultFolder()).filePath(m_baseName + u'.' + reportFormatSuffix(format())));
    formatChanged();
}

ReportFormat ExportPackDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

ExportRequest ExportPackDialog::request() const
{
    ExportRequest request;
    request.format = format();
    request.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    return request;
}

QString ExportPackDialog::outputPath() const
{
    return QDir::cleanPath(m_path->text().trimmed());
}

bool ExportPackDialog::openWhenDone() const
{
    return m_open->isChecked();
}

void ExportPackDialog::formatChanged()
{
    m_pageSize->setEnabled(format() == ReportFormat::Pdf);
    // Keep the name the user typed, with the suffix of the chosen format.
    const QFileInfo current(outputPath());
    if (!current.fileName().isEmpty()) {
        m_path->setText(current.dir().filePath(current.completeBaseName() + u'.'
                                               + reportFormatSuffix(format())));
    }
    validate();
}

void ExportPackDialog::browse()
{
    const QString suffix = reportFormatSuffix(format());
    const QString filter = u"%1 (*.%2)"_s.arg(reportFormatDisplayName(format()), suffix);
    const QString chosen
            = QFileDialog::getSaveFileName(this, tr("Export Approval Pack"), outputPath(), filter);
    if (chosen.isEmpty())
        return;
    m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + u'.' + suffix : chosen);
}

bool ExportPackDialog::validate()
{
    const QFileInfo file(outputPath());
    QString problem;
    bool usable = false;
    if (m_path->text().trimmed().isEmpty()) {
        problem = tr("Choose a file to write.");
    } else if (!file.dir().exists()) {
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.path()));
    } else if (file.isDir()) {
        problem = tr("%1 is a folder.").arg(QDir::toNativeSeparators(file.filePath()));
    } else {
        usable = true;
        if (file.exists())
            problem = tr("The file exists and will be replaced.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_exportButton->setEnabled(usable);
    return usable;
}

void ExportPackDialog::accept()
{
    if (!validate())
        return;
    const QFileInfo file(outputPath());
    QSettings settings;
    settings.setValue(FolderKey, file.absolutePath());
    settings.setValue(FormatKey, int(format()));
    settings.setValue(PageSizeKey, m_pageSize->currentData());
    settings.setValue(OpenKey, m_open->isChecked());
    QDialog::accept();
}

} // namespace greenlight
