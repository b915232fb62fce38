#include "RunbookTopics.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QRegularExpression pattern(const QString &regex)
{
    return QRegularExpression(regex,
                              QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
}

// What each topic is called in headings and procedures (docs/rules.md repeats these).
const std::array<QRegularExpression, RunbookTopics::TopicCount> &topicPatterns()
{
    static const std::array<QRegularExpression, RunbookTopics::TopicCount> patterns{
            // Rollback: roll back, revert a deployment, blue-green switch back, rollout undo.
            pattern(uR"(\broll(ing|ed|s)?[- ]?backs?\b|\brevert(s|ed|ing)?\b.{0,40})"
                    uR"(\b(deploy\w*|releases?|rollouts?|versions?|images?|migrations?)\b)"
                    uR"(|\bswitch(es|ed|ing)?\s+(the\s+)?(traffic\s+)?back\b|\brollout\s+undo\b)"
                    uR"(|\bdowngrad(e|es|ed|ing)\b)"_s),
            // Backup: backup(s), back up, back-up, backing up.
            pattern(uR"(\bback(ing)?[- ]?ups?\b)"_s),
            // Restore: restore, disaster recovery, DR drill, recovery plan/procedure, PITR.
            pattern(uR"(\brestor(e|es|ed|ing|ation)\b|\bdisaster[- ]recovery\b)"
                    uR"(|\bdr\s+(drills?|tests?|plans?|exercises?)\b)"
                    uR"(|\brecovery\s+(procedures?|plans?|drills?|tests?|runbooks?)\b)"
                    uR"(|\bpoint[- ]in[- ]time\s+recovery\b)"_s),
            // Key rotation: a key/secret/credential word within a few words of "rotate".
            // No \b before the noun, so SECRET_KEY and API_TOKEN count.
            pattern(uR"((keys?|secrets?|credentials?|passwords?|tokens?|certificates?|certs?)\b)"
                    uR"([\w\s,/-]{0,40}\brotat(e|es|ed|ing|ions?)\b)"
                    uR"(|\brotat(e|es|ed|ing|ions?)\b[\w\s,/-]{0,40})"
                    uR"(\b\w*(keys?|secrets?|credentials?|passwords?|tokens?|certificates?|certs?)\b)"
                    uR"(|\bre-?keying\b)"_s),
            // Incident response: incident, on-call, escalation, post-mortem.
            pattern(uR"(\bincidents?\b|\bon[- ]?call\b|\bescalat(e|es|ed|ing|ions?)\b)"
                    uR"(|\bpost[- ]?mortems?\b)"_s),
    };
    return patterns;
}

const QRegularExpression &procedurePattern()
{
    static const QRegularExpression regex
            = pattern(uR"(\b(steps?|procedures?|runbooks?|playbooks?|how[- ]to|instructions?)\b)"
                      uR"(|\bchecklists?\b)"_s);
    return regex;
}

} // namespace

QString RunbookTopics::ruleId(Topic topic)
{
    switch (topic) {
    case Rollback:
        return u"docs.no-rollback-runbook"_s;
    case Backup:
        return u"docs.no-backup-runbook"_s;
    case Restore:
        return u"docs.no-restore-runbook"_s;
    case KeyRotation:
        return u"docs.no-key-rotation-runbook"_s;
    case Incident:
        return u"docs.no-incident-runbook"_s;
    case TopicCount:
        break;
    }
    return {};
}

bool RunbookTopics::mentions(Topic topic, QStringView text)
{
    return topicPatterns().at(topic).match(text).hasMatch();
}

bool RunbookTopics::isProcedural(QStringView paragraph)
{
    return procedurePattern().match(paragraph).hasMatch();
}

RunbookTopics::Coverage RunbookTopics::coverage(const QList<DocumentBlock> &blocks,
                                                QStringView fileTitle)
{
    Coverage found{};
    QString title = fileTitle.toString();
    title.replace(u'-', u' ').replace(u'_', u' ');
    for (int topic = 0; topic < TopicCount; ++topic) {
        if (mentions(Topic(topic), title))
            found[topic] = 1;
    }
    for (const DocumentBlock &block : blocks) {
        const bool counts = block.kind == DocumentBlock::Kind::Heading || isProcedural(block.text);
        if (!counts)
            continue;
        for (int topic = 0; topic < TopicCount; ++topic) {
            if (found[topic] == 0 && mentions(Topic(topic), block.text))
                found[topic] = block.line;
        }
    }
    return found;
}

} // namespace greenlight
