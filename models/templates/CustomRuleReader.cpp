#include "CustomRuleReader.h"

#include <array>

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <QRegularExpression>
#include <QStringList>

#include "PathGlob.h"
#include "ProblemSink.h"
#include "YamlMapping.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr auto Id = "id"_L1;
constexpr auto Title = "title"_L1;
constexpr auto SeverityKey = "severity"_L1;
constexpr auto Fix = "fix"_L1;
constexpr auto File = "file"_L1;
constexpr auto MustContain = "must_contain"_L1;
constexpr auto MustNotMatch = "must_not_match"_L1;
constexpr auto FileExists = "file_exists"_L1;
constexpr auto FileAbsent = "file_absent"_L1;

struct CheckKey
{
    QLatin1StringView key;
    CustomRule::Kind kind;
};

// In the order the documentation lists them, which is also the order of "several checks".
constexpr std::array CheckKeys{
        CheckKey{MustContain, CustomRule::Kind::MustContain},
        CheckKey{MustNotMatch, CustomRule::Kind::MustNotMatch},
        CheckKey{FileExists, CustomRule::Kind::FileExists},
        CheckKey{FileAbsent, CustomRule::Kind::FileAbsent},
};

const QRegularExpression &ruleIdPattern()
{
    // The same shape as an item's `checks:` entries, so items can name the rule.
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[a-z0-9]+(\\.[a-z0-9-]+)+"_s));
    return pattern;
}

} // namespace

CustomRuleReader::CustomRuleReader(ProblemSink &sink)
    : m_sink(sink)
{}

QList<CustomRule> CustomRuleReader::read(const YAML::Node &sequence, const QString &templateId)
{
    QList<CustomRule> rules;
    int index = 0;
    for (const auto &entry : sequence) {
        ++index;
        if (entry.IsNull()) {
            m_sink.add(sequence.Mark(), tr("entry %1 of 'rules' is empty").arg(index));
        } else if (!entry.IsMap()) {
            m_sink.add(entry.Mark(),
                       tr("expected a custom rule (a mapping with id, title, severity and one "
                          "check), found %1")
                               .arg(YamlMapping::describe(entry)));
        } else if (auto rule = readRule(entry)) {
            rule->templateId = templateId;
            rules.append(std::move(*rule));
        }
    }
    return rules;
}

std::optional<CustomRule> CustomRuleReader::readRule(const YAML::Node &node)
{
    const YamlMapping mapping(node,
                              tr("a custom rule"),
                              {{Id, true},
                               {Title, true},
                               {SeverityKey, true},
                               {Fix},
                               {File},
                               {MustContain},
                               {MustNotMatch},
                               {FileExists},
                               {FileAbsent}},
                              m_sink);
    CustomRule rule;
    bool ok = true;
    rule.id = readId(mapping);
    ok = !rule.id.isEmpty() && ok;
    const auto title = mapping.string(Title);
    rule.title = title.value_or(QString());
    ok = title.has_value() && ok;
    rule.fix = mapping.string(Fix).value_or(QString());
    if (const auto key = mapping.string(SeverityKey)) {
        if (const auto severity = severityFromKey(*key)) {
            rule.severity = *severity;
        } else {
            m_sink.add(mapping.valueMark(SeverityKey),
                       tr("invalid severity '%1' (allowed: %2)")
                               .arg(YamlMapping::shown(*key), severityKeys().join(u", "_s)));
            ok = false;
        }
    } else {
        ok = false;
    }
    ok = readCheck(mapping, node.Mark(), rule.id, rule) && ok;
    // Problems are in the sink either way; a partial rule is never handed out.
    return ok ? std::optional(rule) : std::nullopt;
}

QString CustomRuleReader::readId(const YamlMapping &mapping)
{
    const auto id = mapping.string(Id);
    if (!id)
        return {};
    const YAML::Mark mark = mapping.valueMark(Id);
    if (!ruleIdPattern().match(*id).hasMatch()) {
        m_sink.add(mark,
                   tr("invalid rule id '%1' (use lower-case words joined by dots, e.g. "
                      "custom.audit-db-lockdown)")
                           .arg(YamlMapping::shown(*id)));
        return {};
    }
    if (const auto first = m_idLines.constFind(*id); first != m_idLines.cend()) {
        m_sink.add(mark,
                   tr("duplicate rule id '%1' (first defined at line %2)").arg(*id).arg(*first));
        return {};
    }
    m_idLines.insert(*id, mark.line + 1);
    return *id;
}

bool CustomRuleReader::readCheck(const YamlMapping &mapping,
                                 const YAML::Mark &where,
                                 const QString &id,
                                 CustomRule &rule)
{
    const QString name = id.isEmpty() ? tr("the custom rule") : u"'%1'"_s.arg(id);
    QStringList present;
    QLatin1StringView checkKey;
    for (const CheckKey &check : CheckKeys) {
        if (!mapping.contains(check.key))
            continue;
        present.append(QString(check.key));
        if (present.size() == 2) { // point at the second: the first may be the intended one
            m_sink.add(mapping.valueMark(check.key),
                       tr("custom rule %1 has several checks (%2); a rule has exactly one")
                               .arg(name, present.join(u", "_s)));
        }
        rule.kind = check.kind;
        checkKey = check.key;
    }
    if (present.size() > 1)
        return false;
    if (present.isEmpty()) {
        m_sink.add(where,
                   tr("custom rule %1 has no check (add file with must_contain, file with "
                      "must_not_match, file_exists or file_absent)")
                           .arg(name));
        return false;
    }

    const bool wantsFile = rule.kind == CustomRule::Kind::MustContain
                           || rule.kind == CustomRule::Kind::MustNotMatch;
    if (wantsFile && !mapping.contains(File)) {
        m_sink.add(mapping.valueMark(checkKey),
                   tr("'%1' needs 'file' (the glob of the files to search)").arg(checkKey));
        return false;
    }
    if (!wantsFile && mapping.contains(File)) {
        m_sink.add(
                mapping.valueMark(File),
                tr("'file' does not go with '%1' (the glob belongs in '%1' itself)").arg(checkKey));
        return false;
    }

    switch (rule.kind) {
    case CustomRule::Kind::MustContain: {
        const auto text = mapping.string(MustContain);
        rule.pattern = text.value_or(QString());
        return checkGlob(mapping, File, &rule.file) && text.has_value();
    }
    case CustomRule::Kind::MustNotMatch: {
        const auto regex = mapping.string(MustNotMatch);
        rule.pattern = regex.value_or(QString());
        const bool globOk = checkGlob(mapping, File, &rule.file);
        return (regex && checkRegex(mapping, MustNotMatch, *regex)) && globOk;
    }
    case CustomRule::Kind::FileExists:
        return checkGlob(mapping, FileExists, &rule.file);
    case CustomRule::Kind::FileAbsent:
        return checkGlob(mapping, FileAbsent, &rule.file);
    }
    return false;
}

bool CustomRuleReader::checkGlob(const YamlMapping &mapping, QLatin1StringView key, QString *glob)
{
    const auto text = mapping.string(key);
    if (!text)
        return false;
    const auto compiled = PathGlob::compile(*text);
    if (!compiled) {
        m_sink.add(mapping.valueMark(key),
                   tr("invalid glob '%1' for '%2': %3")
                           .arg(YamlMapping::shown(*text), key, compiled.errorMessage()));
        return false;
    }
    *glob = *text;
    return true;
}

bool CustomRuleReader::checkRegex(const YamlMapping &mapping,
                                  QLatin1StringView key,
                                  const QString &regex)
{
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 compiled(regex.toStdString(), options);
    if (compiled.ok())
        return true;
    m_sink.add(
            mapping.valueMark(key),
            tr("invalid regular expression '%1' for '%2': %3 (RE2 syntax)")
                    .arg(YamlMapping::shown(regex), key, QString::fromStdString(compiled.error())));
    return false;
}

} // namespace greenlight
