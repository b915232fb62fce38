#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/analyzers/SystemdAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using greenlight::test::Files;

namespace {

// Seed 000's hardened unit: passes every rule.
const QByteArray Hardened = "[Unit]\n"                                  // 1
                            "Description=QNWIS API\n"                   // 2
                            "\n"                                        // 3
                            "[Service]\n"                               // 4
                            "User=qnwis\n"                              // 5
                            "ExecStart=/usr/bin/gunicorn app:wsgi \\\n" // 6
                            "  --graceful-timeout 40\n"                 // 7
                            "ExecStop=/bin/kill -s SIGTERM $MAINPID\n"  // 8
                            "KillSignal=SIGTERM\n"                      // 9
                            "TimeoutStopSec=45\n"                       // 10
                            "NoNewPrivileges=yes\n"                     // 11
                            "ProtectSystem=strict\n"                    // 12
                            "\n"                                        // 13
                            "[Install]\n"                               // 14
                            "WantedBy=multi-user.target\n";             // 15

QByteArray edited(std::initializer_list<std::pair<QByteArray, QByteArray>> edits)
{
    QByteArray text = Hardened;
    for (const auto &[from, to] : edits) {
        Q_ASSERT(text.contains(from));
        text.replace(from, to);
    }
    return text;
}

Files unit(const QByteArray &content)
{
    return Files{{u"ops/systemd/app.service"_s, content}};
}

QStringList at(std::initializer_list<int> lines, const QString &path = u"ops/systemd/app.service"_s)
{
    QStringList result;
    for (int line : lines)
        result.append(path + u':' + QString::number(line));
    return result;
}

} // namespace

class tst_SystemdAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void wants_data();
    void wants();
    void hardenedIsClean();
    void rule_data();
    void rule();
    void messagesNameWhatIsMissing();
};

void tst_SystemdAnalyzer::wants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("unit") << u"ops/app.service"_s << true;
    QTest::newRow("template unit") << u"app@.service"_s << true;
    QTest::newRow("drop-in") << u"ops/app.service.d/override.conf"_s << true;
    QTest::newRow("other conf") << u"etc/nginx/app.conf"_s << false;
    QTest::newRow("timer") << u"ops/app.timer"_s << false;
}

void tst_SystemdAnalyzer::wants()
{
    QFETCH(QString, path);
    QFETCH(bool, wanted);
    QCOMPARE(SystemdAnalyzer().wants(path, path.section(u'/', -1)), wanted);
}

void tst_SystemdAnalyzer::hardenedIsClean()
{
    SystemdAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, unit(Hardened), sink);
    QCOMPARE(sink.findings().size(), 0);
}

void tst_SystemdAnalyzer::rule_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("expected");

    const QString root = u"systemd.runs-as-root"_s;
    QTest::newRow("root: no User=") << root << unit(edited({{"User=qnwis\n", ""}})) << at({4});
    QTest::newRow("root: User=root")
            << root << unit(edited({{"User=qnwis", "User=root"}})) << at({5});
    QTest::newRow("root: User=0") << root << unit(edited({{"User=qnwis", "User=0"}})) << at({5});
    QTest::newRow("root: reset by empty User=")
            << root << unit(edited({{"User=qnwis\n", "User=qnwis\nUser=\n"}})) << at({4});
    QTest::newRow("root: later User= wins")
            << root << unit(edited({{"User=qnwis\n", "User=root\nUser=qnwis\n"}})) << QStringList{};
    QTest::newRow("root: DynamicUser ok")
            << root << unit(edited({{"User=qnwis", "DynamicUser=yes"}})) << QStringList{};
    QTest::newRow("root: commented User=")
            << root << unit(edited({{"User=qnwis", "#User=qnwis"}})) << at({4});
    QTest::newRow("root: User= in [Unit] does not count")
            << root << unit(edited({{"User=qnwis\n", ""}, {"[Unit]\n", "[Unit]\nUser=x\n"}}))
            << at({5});
    QTest::newRow("root: drop-in sets User=")
            << root
            << Files{{u"ops/systemd/app.service"_s, edited({{"User=qnwis\n", ""}})},
                     {u"ops/systemd/app.service.d/user.conf"_s, "[Service]\nUser=app\n"}}
            << QStringList{};
    QTest::newRow("root: drop-in sets root")
            << root
            << Files{{u"ops/systemd/app.service"_s, Hardened},
                     {u"ops/systemd/app.service.d/zz.conf"_s, "# override\n[Service]\nUser=root\n"}}
            << at({3}, u"ops/systemd/app.service.d/zz.conf"_s);
    QTest::newRow("root: user manager unit")
            << root
            << Files{{u"home/.config/systemd/user/sync.service"_s, edited({{"User=qnwis\n", ""}})}}
            << QStringList{};

    const QString stop = u"systemd.no-stop-timeout"_s;
    QTest::newRow("stop: neither")
            << stop << unit(edited({{"KillSignal=SIGTERM\n", ""}, {"TimeoutStopSec=45\n", ""}}))
            << at({4});
    QTest::newRow("stop: no KillSignal")
            << stop << unit(edited({{"KillSignal=SIGTERM\n", ""}})) << at({4});
    QTest::newRow("stop: no TimeoutStopSec")
            << stop << unit(edited({{"TimeoutStopSec=45\n", ""}})) << at({4});
    QTest::newRow("stop: TimeoutSec covers stop")
            << stop << unit(edited({{"TimeoutStopSec=45", "TimeoutSec=45"}})) << QStringList{};
    QTest::newRow("stop: oneshot is exempt")
            << stop
            << unit(edited(
                       {{"KillSignal=SIGTERM\n", "Type=oneshot\n"}, {"TimeoutStopSec=45\n", ""}}))
            << QStringList{};

    const QString hardening = u"systemd.no-hardening"_s;
    QTest::newRow("hardening: none")
            << hardening
            << unit(edited({{"NoNewPrivileges=yes\n", ""}, {"ProtectSystem=strict\n", ""}}))
            << at({4});
    QTest::newRow("hardening: NoNewPrivileges=no")
            << hardening << unit(edited({{"NoNewPrivileges=yes", "NoNewPrivileges=no"}}))
            << at({4});
    QTest::newRow("hardening: ProtectSystem=full ok")
            << hardening << unit(edited({{"ProtectSystem=strict", "ProtectSystem=full"}}))
            << QStringList{};
    QTest::newRow("hardening: ProtectSystem=false")
            << hardening << unit(edited({{"ProtectSystem=strict", "ProtectSystem=false"}}))
            << at({4});
    QTest::newRow("hardening: DynamicUser implies ProtectSystem")
            << hardening
            << unit(edited({{"User=qnwis", "DynamicUser=true"}, {"ProtectSystem=strict\n", ""}}))
            << QStringList{};
    QTest::newRow("hardening: in a drop-in")
            << hardening
            << Files{{u"ops/systemd/app.service"_s,
                      edited({{"NoNewPrivileges=yes\n", ""}, {"ProtectSystem=strict\n", ""}})},
                     {u"ops/systemd/app.service.d/harden.conf"_s,
                      "[Service]\nNoNewPrivileges=true\nProtectSystem=strict\n"}}
            << QStringList{};
    QTest::newRow("hardening: drop-in of another unit does not count")
            << hardening
            << Files{{u"ops/systemd/app.service"_s,
                      edited({{"NoNewPrivileges=yes\n", ""}, {"ProtectSystem=strict\n", ""}})},
                     {u"ops/systemd/other.service.d/harden.conf"_s,
                      "[Service]\nNoNewPrivileges=true\nProtectSystem=strict\n"}}
            << at({4});
    QTest::newRow("not a service unit")
            << hardening << unit("[Unit]\nDescription=fragment\n") << QStringList{};
}

void tst_SystemdAnalyzer::rule()
{
    QFETCH(QString, ruleId);
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    SystemdAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, files, sink);
    QCOMPARE(sink.locations(ruleId), expected);
}

void tst_SystemdAnalyzer::messagesNameWhatIsMissing()
{
    SystemdAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer,
                      unit(edited({{"KillSignal=SIGTERM\n", ""}, {"ProtectSystem=strict\n", ""}})),
                      sink);
    const QList<Finding> stop = sink.findingsOf(u"systemd.no-stop-timeout"_s);
    QCOMPARE(stop.size(), 1);
    QVERIFY2(stop.first().message.contains(u"KillSignal="_s), qPrintable(stop.first().message));
    QVERIFY(!stop.first().message.contains(u"TimeoutStopSec"_s));
    QCOMPARE(stop.first().snippet, u"[Service]"_s);

    const QList<Finding> hardening = sink.findingsOf(u"systemd.no-hardening"_s);
    QCOMPARE(hardening.size(), 1);
    QVERIFY(hardening.first().message.contains(u"ProtectSystem"_s));
    QVERIFY(!hardening.first().message.contains(u"NoNewPrivileges"_s));
}

QTEST_GUILESS_MAIN(tst_SystemdAnalyzer)
#include "tst_SystemdAnalyzer.moc"
