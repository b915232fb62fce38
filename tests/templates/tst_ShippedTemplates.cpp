#include <optional>

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTest>

#include "templates/TemplateLoader.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

// The six templates in checklists/, as embedded into the binaries (":/checklists"; re-run
// the CMake configure step after adding a file there).
class tst_ShippedTemplates : public QObject
{
    Q_OBJECT

private slots:
    void allSixLoadWithoutProblems();

private:
    TemplateLoader m_loader;
};

void tst_ShippedTemplates::allSixLoadWithoutProblems()
{
    const QDir builtIn(u":/checklists"_s);
    const QStringList files = builtIn.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    const QHash<QString, QString> prefixes{{u"security"_s, u"SEC-"_s},
                                           {u"infrastructure"_s, u"INF-"_s},
                                           {u"cicd"_s, u"CI-"_s},
                                           {u"observability"_s, u"OBS-"_s},
                                           {u"data-protection"_s, u"DAT-"_s},
                                           {u"signoff"_s, u"SGN-"_s}};

    QStringList ids;
    QSet<QString> itemIds;
    int items = 0;
    std::optional<ChecklistTemplate> signoff;
    for (const QString &name : files) {
        const TemplateLoadResult result = m_loader.loadFile(builtIn.filePath(name));
        QStringList problems;
        for (const TemplateProblem &problem : result.problems)
            problems.append(problem.toString());
        QVERIFY2(result.ok(), qPrintable(problems.join(u'\n')));
        const ChecklistTemplate &t = *result.checklist;
        ids.append(t.id);
        items += t.itemCount();
        for (const TemplateSection &section : t.sections) {
            for (const TemplateItem &item : section.items) {
                QVERIFY2(!itemIds.contains(item.id), qPrintable(item.id));
                QVERIFY2(item.id.startsWith(prefixes.value(t.id, u"?"_s)),
                         qPrintable(t.id + u": "_s + item.id));
                itemIds.insert(item.id);
            }
        }
        if (t.id == u"signoff"_s)
            signoff = t;
    }
    ids.sort();
    QCOMPARE(ids,
             (QStringList{u"cicd"_s,
                          u"data-protection"_s,
                          u"infrastructure"_s,
                          u"observability"_s,
                          u"security"_s,
                          u"signoff"_s}));
    QVERIFY2(items >= 120, qPrintable(QString::number(items)));

    QVERIFY(signoff.has_value());
    QStringList roles;
    for (const SignoffRole &role : signoff->signoffRoles)
        roles.append(role.id);
    QCOMPARE(roles,
             (QStringList{u"security-review"_s,
                          u"architecture-review"_s,
                          u"operations-review"_s,
                          u"business-review"_s,
                          u"deployment-approval"_s}));
}

QTEST_GUILESS_MAIN(tst_ShippedTemplates)
#include "tst_ShippedTemplates.moc"
