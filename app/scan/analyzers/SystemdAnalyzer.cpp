#include "SystemdAnalyzer.h"

#include <algorithm>

#include <QMutexLocker>

#include "scan/FindingSink.h"
#include "scan/ScannedFile.h"
#include "scan/parsers/TextLines.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString RunsAsRoot = u"systemd.runs-as-root"_s;
const QString NoStopTimeout = u"systemd.no-stop-timeout"_s;
const QString NoHardening = u"systemd.no-hardening"_s;
const QString Service = u"Service"_s;

bool isTrue(const QString &value)
{
    static const QStringList yes = {u"1"_s, u"yes"_s, u"y"_s, u"true"_s, u"t"_s, u"on"_s};
    return yes.contains(value.toLower());
}

// "ops/app.service.d/override.conf" -> "ops/app.service"; empty when not a drop-in.
QString unitOfDropIn(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash < 0 || !path.endsWith(u".conf"))
        return {};
    const QStringView directory = path.left(slash);
    if (!directory.endsWith(u".service.d"))
        return {};
    return directory.chopped(2).toString();
}

// Units for the per-user manager (~/.config/systemd/user) run as that user, not root.
bool isUserUnit(const QString &path)
{
    return path.contains(u"systemd/user/");
}

} // namespace

QList<RuleInfo> SystemdAnalyzer::rules() const
{
    const QString category = u"systemd"_s;
    return {
            {RunsAsRoot,
             Severity::High,
             tr("systemd service runs as root"),
             tr("A service without User= (or with User=root) runs its process as root with "
                "full access to the host: any vulnerability in it is a root compromise."),
             tr("Set `User=` and `Group=` to a dedicated system account, or `DynamicUser=yes` "
                "for services that need no persistent identity."),
             category},
            {NoStopTimeout,
             Severity::Low,
             tr("systemd service without stop signal/timeout"),
             tr("On stop, systemd sends KillSignal (SIGTERM by default) and kills the process "
                "after TimeoutStopSec (90 s by default). Without explicit values, the drain "
                "the application needs is not documented and does not match the container "
                "and orchestrator settings."),
             tr("Set `KillSignal=SIGTERM` (or the signal that triggers a graceful drain) and "
                "`TimeoutStopSec=` to the drain time, aligned with the other deployments."),
             category},
            {NoHardening,
             Severity::Medium,
             tr("systemd service without basic hardening"),
             tr("NoNewPrivileges= stops the service from gaining privileges through setuid "
                "binaries, and ProtectSystem= makes /usr, /boot and /etc read-only for it: "
                "cheap settings that contain most post-exploitation steps."),
             tr("Add `NoNewPrivileges=yes` and `ProtectSystem=strict` (with "
                "`ReadWritePaths=` for what it must write); `systemd-analyze security UNIT` "
                "lists further options."),
             category},
    };
}

bool SystemdAnalyzer::wants(QStringView path, QStringView fileName) const
{
    return fileName.endsWith(u".service") || !unitOfDropIn(path).isEmpty();
}

void SystemdAnalyzer::analyze(const ScannedFile &file, FindingSink &)
{
    Source source{file.path, QString::fromUtf8(file.content), {}};
    source.unit = UnitFileParser::parse(source.text);
    const QString unit = unitOfDropIn(file.path);
    const QMutexLocker locker(&m_mutex);
    if (unit.isEmpty())
        m_units.append(std::move(source));
    else
        m_dropIns[unit].append(std::move(source));
}

SystemdAnalyzer::Setting SystemdAnalyzer::setting(const QList<const Source *> &sources,
                                                  const QString &key)
{
    Setting result;
    for (const Source *source : sources) {
        for (const UnitSection &section : source->unit.sections) {
            if (section.name != Service)
                continue;
            for (const UnitEntry &entry : section.entries) {
                if (entry.key != key)
                    continue;
                // An empty assignment resets the setting to its default.
                result = entry.value.isEmpty() ? Setting{} : Setting{&entry, source};
            }
        }
    }
    return result;
}

void SystemdAnalyzer::finish(const RepositoryIndex &, FindingSink &sink)
{
    const QMutexLocker locker(&m_mutex);
    for (const Source &unit : std::as_const(m_units)) {
        QList<const Source *> sources{&unit};
        QList<Source> &dropIns = m_dropIns[unit.path];
        // Drop-ins apply in file-name order, whatever their directory order was.
        std::sort(dropIns.begin(), dropIns.end(), [](const Source &a, const Source &b) {
            return a.path < b.path;
        });
        for (const Source &dropIn : std::as_const(dropIns))
            sources.append(&dropIn);
        evaluate(unit, sources, sink);
    }
}

void SystemdAnalyzer::evaluate(const Source &unit,
                               const QList<const Source *> &sources,
                               FindingSink &sink) const
{
    const UnitSection *service = unit.unit.section(Service);
    if (!service)
        return; // no [Service]: a fragment, not a service unit
    const TextLines lines(unit.text);
    const auto report
            = [&](const QString &ruleId, const QString &message, const Source &source, int line) {
                  Finding finding;
                  finding.ruleId = ruleId;
                  finding.message = message;
                  finding.location.path = source.path;
                  finding.location.line = line;
                  finding.location.column = 1;
                  finding.snippet = source.path == unit.path ? lines.snippet(line)
                                                             : TextLines(source.text).snippet(line);
                  sink.report(finding);
              };
    const auto value = [&](const QString &key) {
        const Setting s = setting(sources, key);
        return s.entry ? s.entry->value : QString();
    };

    const bool dynamicUser = isTrue(value(u"DynamicUser"_s));
    const Setting user = setting(sources, u"User"_s);
    if (!dynamicUser && !isUserUnit(unit.path)) {
        if (!user.entry) {
            report(RunsAsRoot,
                   tr("the service sets neither User= nor DynamicUser=yes, so it runs as root"),
                   unit,
                   service->line);
        } else if (user.entry->value == u"root" || user.entry->value == u"0") {
            report(RunsAsRoot,
                   tr("the service runs as User=%1").arg(user.entry->value),
                   *user.source,
                   user.entry->line);
        }
    }

    if (value(u"Type"_s).compare(u"oneshot", Qt::CaseInsensitive) != 0) {
        QStringList missing;
        if (value(u"KillSignal"_s).isEmpty())
            missing.append(u"KillSignal="_s);
        if (value(u"TimeoutStopSec"_s).isEmpty() && value(u"TimeoutSec"_s).isEmpty())
            missing.append(u"TimeoutStopSec="_s);
        if (!missing.isEmpty()) {
            report(NoStopTimeout,
                   tr("the service does not set %1").arg(missing.join(tr(" or "))),
                   unit,
                   service->line);
        }
    }

    QStringList missing;
    if (!isTrue(value(u"NoNewPrivileges"_s)))
        missing.append(u"NoNewPrivileges=yes"_s);
    // DynamicUser=yes implies ProtectSystem=strict.
    static const QStringList protecting = {u"strict"_s, u"full"_s, u"yes"_s, u"true"_s};
    if (!dynamicUser && !protecting.contains(value(u"ProtectSystem"_s).toLower()))
        missing.append(u"ProtectSystem=strict|full"_s);
    if (!missing.isEmpty()) {
        report(NoHardening,
               tr("the service lacks %1").arg(missing.join(tr(" and "))),
               unit,
               service->line);
    }
}

} // namespace greenlight
