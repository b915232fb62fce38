#pragma once

#include <array>

#include <QList>
#include <QString>
#include <QStringView>

#include "DocumentOutline.h"

namespace greenlight {

// The runbook topics the documentation rules look for, and how a document shows one.
// A topic is covered by a heading that names it (or a file named after it, such as
// runbooks/rollback.md), or by a paragraph that names it together with a procedure word
// (steps, procedure, runbook, playbook, how to, instructions, checklist): "rollback" in
// passing ("no rollback needed") does not make a rollback runbook.
class RunbookTopics
{
public:
    enum Topic { Rollback, Backup, Restore, KeyRotation, Incident, TopicCount };
    // Per topic, the 1-based line of the first evidence in a document; 0 when absent.
    using Coverage = std::array<int, TopicCount>;

    static QString ruleId(Topic topic);
    static bool mentions(Topic topic, QStringView text);
    static bool isProcedural(QStringView paragraph);

    // fileTitle: the file's base name ("disaster-recovery"), which counts as a heading.
    static Coverage coverage(const QList<DocumentBlock> &blocks, QStringView fileTitle);
};

} // namespace greenlight
