#include "TemplateValidator.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include "CustomRuleReader.h"
#include "ProblemSink.h"
#include "YamlMapping.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QRegularExpression &lowerIdPattern()
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[a-z][a-z0-9-]*"_s));
    return pattern;
}

const QRegularExpression &itemIdPattern()
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[A-Z][A-Z0-9]*-[0-9]{3}"_s));
    return pattern;
}

const QRegularExpression &checkPattern()
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[a-z0-9]+(\\.[a-z0-9-]+)+"_s));
    return pattern;
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9-]*"_s));
    return pattern;
}

const QRegularExpression &languagePattern()
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"_s));
    return pattern;
}

constexpr auto Id = "id"_L1;
constexpr auto Title = "title"_L1;

} // namespace

TemplateValidator::TemplateValidator(ProblemSink &sink)
    : m_sink(sink)
{}

ChecklistTemplate TemplateValidator::read(const YAML::Node &root)
{
    ChecklistTemplate result;
    result.language = u"en"_s;
    if (!root.IsMap()) {
        m_sink.add(root.Mark(),
                   tr("expected a mapping at the top level, found %1")
                           .arg(YamlMapping::describe(root)));
        return result;
    }
    if (!checkSchemaVersion(root))
        return result;

    const YamlMapping top(root,
                          tr("the template"),
                          {{"schema"_L1, true},
                           {Id, true},
                           {Title, true},
                           {"version"_L1, true},
                           {"description"_L1, true},
                           {"language"_L1},
                           {"sections"_L1, true},
                           {"signoff_roles"_L1},
                           {"rules"_L1}},
                          m_sink);
    const QString lowerIdHint = tr("use lower-case letters, digits and dashes, starting with a "
                                   "letter, e.g. data-protection");
    result.id = readId(top, lowerIdPattern(), tr("template id"), lowerIdHint, nullptr);
    result.title = top.string(Title).value_or(QString());
    result.version = top.string("version"_L1).value_or(QString());
    result.description = top.string("description"_L1).value_or(QString());
    if (const auto language = top.string("language"_L1)) {
        if (languagePattern().match(*language).hasMatch())
            result.language = *language;
        else
            m_sink.add(top.valueMark("language"_L1),
                       tr("invalid language '%1' (expected a BCP 47 tag such as en, de or fr-CA)")
                               .arg(YamlMapping::shown(*language)));
    }

    if (const auto sections = top.sequence("sections"_L1)) {
        if (sections->size() == 0)
            m_sink.add(top.valueMark("sections"_L1), tr("the template has no sections"));
        forEachMapping(*sections,
                       "sections"_L1,
                       tr("a section (a mapping with id, title and items)"),
                       [&](const YAML::Node &node) { result.sections.append(readSection(node)); });
    }
    if (const auto roles = top.sequence("signoff_roles"_L1)) {
        forEachMapping(*roles,
                       "signoff_roles"_L1,
                       tr("a sign-off role (a mapping with id, title and meaning)"),
                       [&](const YAML::Node &node) { result.signoffRoles.append(readRole(node)); });
    }
    if (const auto rules = top.sequence("rules"_L1))
        result.customRules = CustomRuleReader(m_sink).read(*rules, result.id);
    return result;
}

bool TemplateValidator::checkSchemaVersion(const YAML::Node &root)
{
    for (const auto &pair : root) {
        const YAML::Node key = pair.first;
        if (!key.IsScalar() || key.Scalar() != "schema")
            continue;
        const YAML::Node value = pair.second;
        if (!value.IsScalar()) {
            // A type error, not a newer schema: keep checking the rest.
            m_sink.add(value.IsNull() ? key.Mark() : value.Mark(),
                       tr("expected the number 1 for 'schema', found %1")
                               .arg(YamlMapping::describe(value)));
            return true;
        }
        if (value.Scalar() == "1")
            return true;
        m_sink.add(value.Mark(),
                   tr("unsupported schema version '%1' (this version of Greenlight reads schema 1)")
                           .arg(YamlMapping::shown(QString::fromStdString(value.Scalar()))));
        return false;
    }
    return true; // missing: reported with the other required keys
}

TemplateSection TemplateValidator::readSection(const YAML::Node &node)
{
    TemplateSection section;
    const YamlMapping mapping(
            node, tr("a section"), {{Id, true}, {Title, true}, {"items"_L1, true}}, m_sink);
    section.id = readId(mapping,
                        lowerIdPattern(),
                        tr("section id"),
                        tr("use lower-case letters, digits and dashes, starting with a letter, "
                           "e.g. access-control"),
                        &m_sectionLines);
    section.title = mapping.string(Title).value_or(QString());
    if (const auto items = mapping.sequence("items"_L1)) {
        if (items->size() == 0) {
            m_sink.add(mapping.valueMark("items"_L1),
                       section.id.isEmpty() ? tr("the section has no items")
                                            : tr("section '%1' has no items").arg(section.id));
        }
        forEachMapping(*items,
                       "items"_L1,
                       tr("an item (a mapping with id, title, guidance, severity and evidence)"),
                       [&](const YAML::Node &item) { section.items.append(readItem(item)); });
    }
    return section;
}

TemplateItem TemplateValidator::readItem(const YAML::Node &node)
{
    TemplateItem item;
    const YamlMapping mapping(node,
                              tr("an item"),
                              {{Id, true},
                               {Title, true},
                               {"guidance"_L1, true},
                               {"severity"_L1, true},
                               {"evidence"_L1, true},
                               {"checks"_L1},
                               {"references"_L1},
                               {"tags"_L1}},
                              m_sink);
    item.id = readId(mapping,
                     itemIdPattern(),
                     tr("item id"),
                     tr("use upper-case letters and digits, a dash and three digits, e.g. SEC-012"),
                     &m_itemLines);
    item.title = mapping.string(Title).value_or(QString());
    item.guidance = mapping.string("guidance"_L1).value_or(QString());
    if (const auto key = mapping.string("severity"_L1)) {
        if (const auto severity = severityFromKey(*key))
            item.severity = *severity;
        else
            m_sink.add(mapping.valueMark("severity"_L1),
                       tr("invalid severity '%1' (allowed: %2)")
                               .arg(YamlMapping::shown(*key), severityKeys().join(u", "_s)));
    }
    if (const auto key = mapping.string("evidence"_L1)) {
        if (const auto evidence = evidenceRequirementFromKey(*key))
            item.evidence = *evidence;
        else
            m_sink.add(mapping.valueMark("evidence"_L1),
                       tr("invalid evidence '%1' (allowed: %2)")
                               .arg(YamlMapping::shown(*key),
                                    evidenceRequirementKeys().join(u", "_s)));
    }
    item.checks = readStrings(mapping,
                              "checks"_L1,
                              &checkPattern(),
                              tr("check"),
                              tr("expected a scan rule id such as docker.root-user"));
    item.references = readStrings(mapping, "references"_L1, nullptr, QString(), QString());
    item.tags = readStrings(mapping,
                            "tags"_L1,
                            &tagPattern(),
                            tr("tag"),
                            tr("use lower-case letters, digits and dashes, e.g. supply-chain"));
    return item;
}

SignoffRole TemplateValidator::readRole(const YAML::Node &node)
{
    SignoffRole role;
    const YamlMapping mapping(node,
                              tr("a sign-off role"),
                              {{Id, true}, {Title, true}, {"meaning"_L1, true}, {"required"_L1}},
                              m_sink);
    role.id = readId(mapping,
                     lowerIdPattern(),
                     tr("sign-off role id"),
                     tr("use lower-case letters, digits and dashes, starting with a letter, "
                        "e.g. security-review"),
                     &m_roleLines);
    role.title = mapping.string(Title).value_or(QString());
    role.meaning = mapping.string("meaning"_L1).value_or(QString());
    role.required = mapping.boolean("required"_L1).value_or(true);
    return role;
}

QString TemplateValidator::readId(const YamlMapping &mapping,
                                  const QRegularExpression &pattern,
                                  const QString &kind,
                                  const QString &hint,
                                  QHash<QString, int> *firstLines)
{
    const auto id = mapping.string(Id);
    if (!id)
        return {};
    const YAML::Mark mark = mapping.valueMark(Id);
    if (!pattern.match(*id).hasMatch()) {
        m_sink.add(mark, tr("invalid %1 '%2' (%3)").arg(kind, YamlMapping::shown(*id), hint));
    } else if (firstLines) {
        if (const auto first = firstLines->constFind(*id); first != firstLines->cend())
            m_sink.add(
                    mark,
                    tr("duplicate %1 '%2' (first defined at line %3)").arg(kind, *id).arg(*first));
        else
            firstLines->insert(*id, mark.line + 1);
    }
    return *id;
}

QStringList TemplateValidator::readStrings(const YamlMapping &mapping,
                                           QLatin1StringView key,
                                           const QRegularExpression *pattern,
                                           const QString &kind,
                                           const QString &hint)
{
    QStringList result;
    const auto sequence = mapping.sequence(key);
    if (!sequence)
        return result;
    int index = 0;
    for (const auto &entry : *sequence) {
        ++index;
        if (entry.IsNull() || (entry.IsScalar() && YamlMapping::text(entry).trimmed().isEmpty())) {
            // yaml-cpp places an empty entry at the following token: point at the list.
            m_sink.add(entry.IsNull() ? sequence->Mark() : entry.Mark(),
                       tr("entry %1 of '%2' is empty").arg(index).arg(key));
            continue;
        }
        if (!entry.IsScalar()) {
            m_sink.add(entry.Mark(),
                       tr("expected a string in '%1', found %2")
                               .arg(key, YamlMapping::describe(entry)));
            continue;
        }
        const QString value = YamlMapping::text(entry);
        if (pattern && !pattern->match(value).hasMatch()) {
            m_sink.add(entry.Mark(),
                       tr("invalid %1 '%2' (%3)").arg(kind, YamlMapping::shown(value), hint));
            continue;
        }
        result.append(value);
    }
    return result;
}

template<typename Read>
void TemplateValidator::forEachMapping(const YAML::Node &sequence,
                                       QLatin1StringView key,
                                       const QString &expected,
                                       Read read)
{
    int index = 0;
    for (const auto &entry : sequence) {
        ++index;
        if (entry.IsNull()) {
            m_sink.add(sequence.Mark(), tr("entry %1 of '%2' is empty").arg(index).arg(key));
        } else if (!entry.IsMap()) {
            m_sink.add(entry.Mark(),
                       tr("expected %1, found %2").arg(expected, YamlMapping::describe(entry)));
        } else {
            read(entry);
        }
    }
}

} // namespace greenlight
