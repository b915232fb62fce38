#include <QDir>
#include <QFile>
#include <QTest>

#include "StoreFixture.h"
#include "StoreTestUtils.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// Evidence records over the vault: every kind, audit events, soft delete, verification.
class tst_EvidenceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void attachesFileWithMetadata();
    void sameContentStoredOnce();
    void otherKinds();
    void refusesBadInput_data();
    void refusesBadInput();
    void failedCopyRecordsNothing();
    void removeIsSoftAndAudited();
    void verifyNamesMissingAndAlteredFiles();
    void freshness();

private:
    QString source(const QString &name, const QByteArray &content);

    StoreFixture m_fx;
    std::unique_ptr<EvidenceVault> m_vault;
    std::unique_ptr<EvidenceStore> m_evidence;
    qint64 m_assessment = 0;
    qint64 m_item = 0;
};

void tst_EvidenceStore::init()
{
    QVERIFY(m_fx.openFresh());
    m_vault = std::make_unique<EvidenceVault>(EvidenceVault::rootFor(m_fx.path()));
    m_evidence = std::make_unique<EvidenceStore>(m_fx.db(), m_fx.clock(), *m_vault);
    m_assessment = m_fx.createPayments();
    m_item = m_fx.itemId(m_assessment, u"A-002"_s);
    QVERIFY(m_item > 0);
}

void tst_EvidenceStore::cleanup()
{
    m_evidence.reset();
    m_fx.close();
}

QString tst_EvidenceStore::source(const QString &name, const QByteArray &content)
{
    const QString path = QFileInfo(m_fx.path()).absolutePath() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qWarning("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void tst_EvidenceStore::attachesFileWithMetadata()
{
    NewEvidence in;
    in.kind = EvidenceKind::File;
    in.sourcePath = source(u"restore-drill.txt"_s, "restore took 14 minutes\n");
    in.validUntil = QDate(2027, 1, 31);
    auto added = m_evidence->add(m_item, in, u"sam"_s);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QCOMPARE(added->originalName, u"restore-drill.txt"_s);
    QCOMPARE(added->size, 24);
    QCOMPARE(added->mimeType, u"text/plain"_s);
    QCOMPARE(added->contentHash.size(), 64);
    QCOMPARE(added->createdBy, u"sam"_s);
    QCOMPARE(added->createdAt, m_fx.clock().now());
    QVERIFY(added->inVault);
    QVERIFY(QFile::exists(m_vault->blobPath(added->contentHash)));

    // Survives a reopen unchanged.
    QVERIFY(m_fx.reopen());
    m_evidence = std::make_unique<EvidenceStore>(m_fx.db(), m_fx.clock(), *m_vault);
    auto listed = m_evidence->evidence(m_assessment, m_item);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const EvidenceRecord &r = listed->first();
    QCOMPARE(r.contentHash, added->contentHash);
    QCOMPARE(r.validUntil, std::optional(QDate(2027, 1, 31)));
    QCOMPARE(r.kind, EvidenceKind::File);

    const auto events = m_fx.store().auditEvents(m_assessment, m_item);
    QCOMPARE(events->last().action, u"evidence.added"_s);
    QVERIFY(events->last().newValue.contains(added->contentHash));
}

void tst_EvidenceStore::sameContentStoredOnce()
{
    NewEvidence in;
    in.kind = EvidenceKind::File;
    in.sourcePath = source(u"one.log"_s, "same");
    auto first = m_evidence->add(m_item, in, {});
    in.sourcePath = source(u"two.log"_s, "same");
    auto second = m_evidence->add(m_fx.itemId(m_assessment, u"A-003"_s), in, {});
    QVERIFY(first && second);
    QCOMPARE(first->contentHash, second->contentHash);
    QCOMPARE(second->originalName, u"two.log"_s);
    const QDir shard(QFileInfo(m_vault->blobPath(first->contentHash)).absolutePath());
    QCOMPARE(shard.entryList(QDir::Files).size(), 1);
}

void tst_EvidenceStore::otherKinds()
{
    NewEvidence url;
    url.kind = EvidenceKind::Url;
    url.url = u"https://ci.example.com/run/42"_s;
    NewEvidence note;
    note.kind = EvidenceKind::Note;
    note.text = u"No image digest could be produced."_s;
    NewEvidence command;
    command.kind = EvidenceKind::CommandOutput;
    command.command = u"make smoke-test"_s;
    command.text = u"3 passed, 1 failed\n"_s;
    command.exitCode = 2;
    command.workingDirectory = u"/srv/payments"_s;
    NewEvidence ref;
    ref.kind = EvidenceKind::RepositoryReference;
    ref.path = u"src/config/./security.py"_s;
    ref.lineFrom = 10;
    ref.lineTo = 24;
    for (const NewEvidence &in : {url, note, command, ref}) {
        auto added = m_evidence->add(m_item, in, {});
        QVERIFY2(added, qPrintable(added.errorMessage()));
    }
    const auto list = *m_evidence->evidence(m_assessment);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).locator, u"https://ci.example.com/run/42"_s);
    QCOMPARE(list.at(1).body, note.text);
    QCOMPARE(list.at(2).exitCode, std::optional(2));
    QCOMPARE(list.at(2).workingDirectory, u"/srv/payments"_s);
    QCOMPARE(list.at(2).ranAt, m_fx.clock().now());
    QVERIFY(list.at(2).inVault);
    QCOMPARE(*m_vault->read(list.at(2).contentHash), QByteArray("3 passed, 1 failed\n"));
    QCOMPARE(list.at(3).displayName(), u"src/config/security.py:10-24"_s);
    for (const EvidenceRecord &r : list)
        QCOMPARE(r.contentHash.size(), 64);
}

void tst_EvidenceStore::refusesBadInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("relative url") << int(EvidenceKind::Url) << u"ci/run/42"_s << u"absolute URL"_s;
    QTest::newRow("empty note") << int(EvidenceKind::Note) << u"  "_s << u"needs text"_s;
    QTest::newRow("escaping ref") << int(EvidenceKind::RepositoryReference) << u"../secrets"_s
                                  << u"inside the repository"_s;
    QTest::newRow("absolute ref") << int(EvidenceKind::RepositoryReference) << u"/etc/passwd"_s
                                  << u"inside the repository"_s;
    QTest::newRow("missing file") << int(EvidenceKind::File) << u"/nonexistent/x.log"_s
                                  << u"does not exist"_s;
    QTest::newRow("unknown finding")
            << int(EvidenceKind::Finding) << u"feedbeef"_s << u"no scan finding"_s;
}

void tst_EvidenceStore::refusesBadInput()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    NewEvidence in;
    in.kind = EvidenceKind(kind);
    in.url = in.text = in.path = in.sourcePath = in.fingerprint = value;
    auto added = m_evidence->add(m_item, in, {});
    QVERIFY(!added);
    QVERIFY2(added.errorMessage().contains(messagePart), qPrintable(added.errorMessage()));
    QCOMPARE(m_evidence->evidence(m_assessment)->size(), 0);
}

void tst_EvidenceStore::failedCopyRecordsNothing()
{
    const int eventsBefore = int(m_fx.store().auditEvents(m_assessment)->size());
    EvidenceVault tiny(m_vault->root(), 4);
    EvidenceStore store(m_fx.db(), m_fx.clock(), tiny);
    NewEvidence in;
    in.kind = EvidenceKind::File;
    in.sourcePath = source(u"big.log"_s, "more than four bytes");
    auto added = store.add(m_item, in, {});
    QVERIFY(!added);
    QVERIFY2(added.errorMessage().contains(u"size limit"_s), qPrintable(added.errorMessage()));
    QCOMPARE(m_evidence->evidence(m_assessment)->size(), 0);
    QCOMPARE(int(m_fx.store().auditEvents(m_assessment)->size()), eventsBefore);
    QVERIFY(!QDir(m_vault->root()).exists());
}

void tst_EvidenceStore::removeIsSoftAndAudited()
{
    NewEvidence in;
    in.kind = EvidenceKind::File;
    in.sourcePath = source(u"old.log"_s, "old");
    auto added = m_evidence->add(m_item, in, {});
    QVERIFY(added);
    QVERIFY(m_evidence->remove(added->id, u"erin"_s));
    QCOMPARE(m_evidence->evidence(m_assessment)->size(), 0);
    const auto all = *m_evidence->evidence(m_assessment, std::nullopt, true);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().isRemoved());
    QCOMPARE(all.first().removedBy, u"erin"_s);
    QVERIFY(QFile::exists(m_vault->blobPath(added->contentHash)));
    QCOMPARE(m_fx.store().auditEvents(m_assessment)->last().action, u"evidence.removed"_s);
    QCOMPARE(m_evidence->remove(added->id, {}).error().code, Error::Code::InvalidArgument);

    // The record itself cannot be edited or deleted, even by raw SQL.
    m_fx.close();
    withRawConnection(m_fx.path(), [](QSqlDatabase &c) {
        QVERIFY(rawQuery(c, u"UPDATE evidence SET content_hash = 'x'"_s)
                        .value(0)
                        .contains(u"immutable"_s));
        QVERIFY(rawQuery(c, u"DELETE FROM evidence"_s).value(0).contains(u"never deleted"_s));
    });
}

void tst_EvidenceStore::verifyNamesMissingAndAlteredFiles()
{
    NewEvidence in;
    in.kind = EvidenceKind::File;
    in.sourcePath = source(u"keep.log"_s, "keep");
    QVERIFY(m_evidence->add(m_item, in, {}));
    in.sourcePath = source(u"smoke-test.log"_s, "smoke");
    auto altered = m_evidence->add(m_item, in, {});
    in.sourcePath = source(u"backup.log"_s, "backup");
    auto missing = m_evidence->add(m_item, in, {});
    QVERIFY(altered && missing);
    QVERIFY(m_evidence->verify(m_assessment)->ok());

    const QString alteredPath = m_vault->blobPath(altered->contentHash);
    QFile::setPermissions(alteredPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(alteredPath);
    QVERIFY(file.open(QIODevice::Append));
    file.write("!");
    file.close();
    QVERIFY(QFile::remove(m_vault->blobPath(missing->contentHash)));

    auto report = m_evidence->verify(m_assessment);
    QVERIFY(report);
    QCOMPARE(report->checked, 3);
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->problems.at(0).kind, VaultProblem::Kind::Altered);
    QVERIFY(report->problems.at(0).message.contains(u"smoke-test.log"_s));
    QCOMPARE(report->problems.at(1).kind, VaultProblem::Kind::Missing);
    QVERIFY(report->problems.at(1).message.contains(u"backup.log"_s));
    QCOMPARE(report->problems.at(1).itemKey, u"A-002"_s);
}

void tst_EvidenceStore::freshness()
{
    NewEvidence in;
    in.kind = EvidenceKind::Note;
    in.text = u"Restore drill passed"_s;
    in.validUntil = QDate(2026, 11, 30);
    auto added = m_evidence->add(m_item, in, {});
    QVERIFY(added);
    QVERIFY(!added->isStale(QDate(2026, 11, 30)));
    QVERIFY(added->isStale(QDate(2026, 12, 1)));
}

QTEST_GUILESS_MAIN(tst_EvidenceStore)
#include "tst_EvidenceStore.moc"
