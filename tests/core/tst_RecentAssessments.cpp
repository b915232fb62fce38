#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/RecentAssessments.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

using Entry = RecentAssessments::Entry;

class tst_RecentAssessments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptySettingsReadAsEmpty();
    void touchPutsMostRecentFirst();
    void touchingAgainMovesToTopWithNewLabel();
    void sameIdInAnotherStoreIsAnotherEntry();
    void keepsAtMostTenEntries();
    void savedListReadsBack();
    void shorterListLeavesNoOldTail();
    void removeDropsOneEntry();
    void removeMissingStoresDropsEntriesWhoseFileIsGone();
    void malformedEntriesAreSkipped_data();
    void malformedEntriesAreSkipped();
    void clearEmptiesTheList();
    void labelJoinsSystemAndRelease();

private:
    QString store(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<QSettings> reopen() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_RecentAssessments::init()
{
    QVERIFY(m_dir.isValid());
    m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->clear();
}

std::unique_ptr<QSettings> tst_RecentAssessments::reopen() const
{
    m_settings->sync();
    return std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void tst_RecentAssessments::emptySettingsReadAsEmpty()
{
    const RecentAssessments recent = RecentAssessments::load(*m_settings);
    QVERIFY(recent.isEmpty());
    QCOMPARE(recent.entries().size(), 0);
}

void tst_RecentAssessments::touchPutsMostRecentFirst()
{
    RecentAssessments recent;
    recent.touch({store(u"a.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.touch({store(u"a.sqlite"_s), 2, u"Orders — 1.0"_s});
    recent.touch({store(u"b.sqlite"_s), 7, u"Search — 3.1"_s});
    const QList<Entry> entries = recent.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).assessmentId, 7);
    QCOMPARE(entries.at(1).assessmentId, 2);
    QCOMPARE(entries.at(2).assessmentId, 1);
    QCOMPARE(entries.at(0).storePath, store(u"b.sqlite"_s));
    QCOMPARE(entries.at(0).label, u"Search — 3.1"_s);
}

void tst_RecentAssessments::touchingAgainMovesToTopWithNewLabel()
{
    RecentAssessments recent;
    recent.touch({store(u"a.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.touch({store(u"a.sqlite"_s), 2, u"Orders — 1.0"_s});
    // The same assessment, reached through a path that is not clean yet.
    recent.touch({m_dir.path() + u"/./a.sqlite"_s, 1, u"Payments — 2.5"_s});
    const QList<Entry> entries = recent.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0), (Entry{store(u"a.sqlite"_s), 1, u"Payments — 2.5"_s}));
    QCOMPARE(entries.at(1).assessmentId, 2);
}

void tst_RecentAssessments::sameIdInAnotherStoreIsAnotherEntry()
{
    RecentAssessments recent;
    recent.touch({store(u"a.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.touch({store(u"b.sqlite"_s), 1, u"Search — 3.1"_s});
    QCOMPARE(recent.entries().size(), 2);
}

void tst_RecentAssessments::keepsAtMostTenEntries()
{
    RecentAssessments recent;
    for (qint64 id = 1; id <= 13; ++id)
        recent.touch({store(u"a.sqlite"_s), id, u"System — %1"_s.arg(id)});
    const QList<Entry> entries = recent.entries();
    QCOMPARE(entries.size(), RecentAssessments::MaxEntries);
    QCOMPARE(entries.first().assessmentId, 13);
    QCOMPARE(entries.last().assessmentId, 4); // 1, 2 and 3 fell off
}

void tst_RecentAssessments::savedListReadsBack()
{
    RecentAssessments recent;
    recent.touch({store(u"a.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.touch({store(u"b.sqlite"_s), 9, u"Search — 3.1"_s});
    recent.save(*m_settings);
    const auto reread = reopen();
    QCOMPARE(RecentAssessments::load(*reread).entries(), recent.entries());
}

void tst_RecentAssessments::shorterListLeavesNoOldTail()
{
    RecentAssessments recent;
    for (qint64 id = 1; id <= 5; ++id)
        recent.touch({store(u"a.sqlite"_s), id, u"System — %1"_s.arg(id)});
    recent.save(*m_settings);
    recent.clear();
    recent.touch({store(u"a.sqlite"_s), 3, u"System — 3"_s});
    recent.save(*m_settings);
    const auto reread = reopen();
    QCOMPARE(RecentAssessments::load(*reread).entries().size(), 1);
}

void tst_RecentAssessments::removeDropsOneEntry()
{
    RecentAssessments recent;
    recent.touch({store(u"a.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.touch({store(u"a.sqlite"_s), 2, u"Orders — 1.0"_s});
    QVERIFY(!recent.remove(store(u"b.sqlite"_s), 1)); // another store's id 1
    QVERIFY(recent.remove(store(u"a.sqlite"_s), 1));
    QCOMPARE(recent.entries().size(), 1);
    QCOMPARE(recent.entries().first().assessmentId, 2);
    QVERIFY(!recent.remove(store(u"a.sqlite"_s), 1));
}

void tst_RecentAssessments::removeMissingStoresDropsEntriesWhoseFileIsGone()
{
    QFile kept(store(u"kept.sqlite"_s));
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.close();
    RecentAssessments recent;
    recent.touch({store(u"kept.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.touch({store(u"gone.sqlite"_s), 2, u"Orders — 1.0"_s});
    recent.touch({store(u"gone.sqlite"_s), 3, u"Orders — 1.1"_s});
    recent.touch({m_dir.path(), 4, u"A folder — 1"_s}); // not a store file either
    QCOMPARE(recent.removeMissingStores(), 3);
    QCOMPARE(recent.entries(), (QList<Entry>{{store(u"kept.sqlite"_s), 1, u"Payments — 2.4"_s}}));
}

void tst_RecentAssessments::malformedEntriesAreSkipped_data()
{
    QTest::addColumn<QString>("storePath");
    QTest::addColumn<QVariant>("assessmentId");

    QTest::newRow("no store") << QString() << QVariant(3);
    QTest::newRow("relative store") << u"team.sqlite"_s << QVariant(3);
    QTest::newRow("id not a number") << u"/srv/team.sqlite"_s << QVariant(u"three"_s);
    QTest::newRow("id zero") << u"/srv/team.sqlite"_s << QVariant(0);
    QTest::newRow("id negative") << u"/srv/team.sqlite"_s << QVariant(-4);
}

void tst_RecentAssessments::malformedEntriesAreSkipped()
{
    QFETCH(QString, storePath);
    QFETCH(QVariant, assessmentId);
    m_settings->beginWriteArray(u"RecentAssessments/entries"_s, 3);
    m_settings->setArrayIndex(0);
    m_settings->setValue(u"store"_s, u"/srv/a.sqlite"_s);
    m_settings->setValue(u"assessment"_s, 1);
    m_settings->setValue(u"label"_s, u"Payments — 2.4"_s);
    m_settings->setArrayIndex(1);
    m_settings->setValue(u"store"_s, storePath);
    m_settings->setValue(u"assessment"_s, assessmentId);
    m_settings->setArrayIndex(2); // a duplicate of the first
    m_settings->setValue(u"store"_s, u"/srv/a.sqlite"_s);
    m_settings->setValue(u"assessment"_s, 1);
    m_settings->endArray();

    const QList<Entry> entries = RecentAssessments::load(*m_settings).entries();
    QCOMPARE(entries, (QList<Entry>{{u"/srv/a.sqlite"_s, 1, u"Payments — 2.4"_s}}));
}

void tst_RecentAssessments::clearEmptiesTheList()
{
    RecentAssessments recent;
    recent.touch({store(u"a.sqlite"_s), 1, u"Payments — 2.4"_s});
    recent.save(*m_settings);
    recent.clear();
    recent.save(*m_settings);
    const auto reread = reopen();
    QVERIFY(RecentAssessments::load(*reread).isEmpty());
}

void tst_RecentAssessments::labelJoinsSystemAndRelease()
{
    QCOMPARE(RecentAssessments::label(u"Payments API"_s, u"2.4.0"_s), u"Payments API — 2.4.0"_s);
}

QTEST_GUILESS_MAIN(tst_RecentAssessments)
#include "tst_RecentAssessments.moc"
