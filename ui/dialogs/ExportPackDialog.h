#pragma once

#include <QDialog>

#include "report/ReportExporter.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace greenlight {

// Where and how to export an approval pack: format, PDF page size, file, and whether to open
// it afterwards. Remembers the last folder, format, page size and choice to open in QSettings.
// Accepting only collects the choice; ApprovalPackExport does the work.
class ExportPackDialog : public QDialog
{
    Q_OBJECT

public:
    // suggestedBaseName: the file name without suffix, e.g. "payments-2.4.0-approval-pack".
    ExportPackDialog(const QString &suggestedBaseName, QWidget *parent = nullptr);

    ExportRequest request() const;
    QString outputPath() const;
    bool openWhenDone() const;

    QComboBox *formatBox() const { return m_format; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_exportButton; }

    void accept() override;

private:
    void formatChanged();
    void browse();
    bool validate(); // shows what is wrong with the path; false when it cannot be written
    ReportFormat format() const;

    QString m_baseName;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QLineEdit *m_path;
    QCheckBox *m_open;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton = nullptr;
};

} // namespace greenlight
