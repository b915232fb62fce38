#pragma once

#include <QDialog>
#include <QList>

#include "domain/ChecklistTemplate.h"
#include "store/StoreRecords.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace greenlight {

// Asks for what a new assessment needs: name, system, release, optional repository path,
// and which templates to snapshot (all checked at first). OK stays disabled until the
// input is complete, and a hint says what is missing.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAssessmentDialog(const QList<ChecklistTemplate> &templates,
                                 QWidget *parent = nullptr);

    NewAssessment assessment() const;
    bool isInputValid() const { return problem().isEmpty(); }
    // What is missing, for the hint line; empty when the input is complete.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *systemEdit() const { return m_system; }
    QLineEdit *releaseEdit() const { return m_release; }
    QLineEdit *repositoryEdit() const { return m_repository; }
    QTreeWidget *templateList() const { return m_templates; }
    QPushButton *okButton() const;

    void setTemplateChecked(const QString &templateId, bool checked);

private:
    void chooseRepository();
    void validate();
    QList<ChecklistTemplate> checkedTemplates() const;

    QList<ChecklistTemplate> m_available;
    QLineEdit *m_name;
    QLineEdit *m_system;
    QLineEdit *m_release;
    QLineEdit *m_repository;
    QTreeWidget *m_templates;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace greenlight
