#include "SignoffServices.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "domain/Clock.h"
#include "domain/Identity.h"
#include "signoff/Ed25519Signer.h"
#include "store/ChainVerifier.h"
#include "store/Database.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"

namespace greenlight {

SignoffServices::SignoffServices(std::unique_ptr<Database> database,
                                 QString databasePath,
                                 const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_actor(currentActor())
    , m_maxBytes(EvidenceVault::DefaultMaxBytes)
    , m_vault(std::make_unique<EvidenceVault>(EvidenceVault::rootFor(m_path)))
    , m_evidence(std::make_unique<EvidenceStore>(*m_db, m_clock, *m_vault))
    , m_waivers(std::make_unique<WaiverStore>(*m_db, m_clock))
    , m_signoffs(std::make_unique<SignoffStore>(*m_db, m_clock))
{}

SignoffServices::~SignoffServices() = default;

Result<std::unique_ptr<SignoffServices>> SignoffServices::open(const QString &databasePath,
                                                               const Clock &clock)
{
    auto opened = Database::open(databasePath, Database::Mode::ExistingOnly);
    if (!opened)
        return opened.error();
    return std::make_unique<SignoffServices>(std::move(opened).value(), databasePath, clock);
}

QDate SignoffServices::today() const
{
    return m_waivers->today();
}

void SignoffServices::addEvidence(qint64 itemId, const NewEvidence &evidence)
{
    ++m_pending;
    auto *watcher = new QFutureWatcher<AddOutcome>(this);
    connect(watcher, &QFutureWatcher<AddOutcome>::finished, this, [this, watcher] {
        const AddOutcome outcome = watcher->result();
        watcher->deleteLater();
        --m_pending;
        if (outcome.record) {
            emit evidenceAdded(outcome.itemId, *outcome.record);
            emit contentChanged(outcome.record->assessmentId);
        } else {
            emit evidenceFailed(outcome.itemId, outcome.error);
        }
    });
    // The worker opens its own connection: a QSqlDatabase belongs to the thread that opened it.
    const QString path = m_path;
    const qint64 maxBytes = m_maxBytes;
    const QString actor = m_actor;
    const Clock &clock = m_clock;
    watcher->setFuture(QtConcurrent::run([path, maxBytes, actor, &clock, itemId, evidence] {
        AddOutcome outcome;
        outcome.itemId = itemId;
        auto opened = Database::open(path, Database::Mode::ExistingOnly);
        if (!opened) {
            outcome.error = opened.errorMessage();
            return outcome;
        }
        const EvidenceVault vault(EvidenceVault::rootFor(path), maxBytes);
        EvidenceStore store(*opened.value(), clock, vault);
        auto added = store.add(itemId, evidence, actor);
        if (added)
            outcome.record = added.value();
        else
            outcome.error = added.errorMessage();
        return outcome;
    }));
}

Result<QList<EvidenceRecord>> SignoffServices::evidence(qint64 assessmentId, qint64 itemId) const
{
    return m_evidence->evidence(assessmentId, itemId);
}

Result<void> SignoffServices::removeEvidence(qint64 assessmentId, qint64 evidenceId)
{
    auto removed = m_evidence->remove(evidenceId, m_actor);
    if (removed)
        emit contentChanged(assessmentId);
    return removed;
}

QString SignoffServices::blobPath(const QString &hash) const
{
    return m_vault->blobPath(hash);
}

Result<WaiverRecord> SignoffServices::waive(qint64 assessmentId,
                                            qint64 itemId,
                                            const NewWaiver &waiver)
{
    auto waived = m_waivers->waive(itemId, waiver, m_actor);
    if (waived)
        emit contentChanged(assessmentId);
    return waived;
}

Result<std::optional<WaiverRecord>> SignoffServices::currentWaiver(qint64 itemId) const
{
    return m_waivers->currentWaiver(itemId);
}

Result<QHash<qint64, EffectiveStatus>> SignoffServices::effectiveStatuses(qint64 assessmentId) const
{
    return m_waivers->effectiveStatuses(assessmentId);
}

Result<ReadinessSummary> SignoffServices::summary(qint64 assessmentId) const
{
    return m_waivers->summary(assessmentId);
}

Result<QList<WaiverRecord>> SignoffServices::expiringWaivers(qint64 assessmentId, int days) const
{
    return m_waivers->expiringWithin(assessmentId, days);
}

SignoffServices::Overview SignoffServices::overview(const QString &databasePath,
                                                    const Clock &clock,
                                                    qint64 assessmentId)
{
    Overview result;
    auto services = open(databasePath, clock);
    if (!services) {
        result.error = services.errorMessage();
        return result;
    }
    const auto keep = [&result](auto read, auto &into) {
        if (read)
            into = std::move(read).value();
        else if (result.error.isEmpty())
            result.error = read.errorMessage();
    };
    keep((*services)->summary(assessmentId), result.summary);
    keep((*services)->signatures(assessmentId), result.signatures);
    keep((*services)->approval(assessmentId), result.verdict);
    keep((*services)->chainHead(), result.chainHead);
    return result;
}

Result<QList<RoleInfo>> SignoffServices::roles(qint64 assessmentId) const
{
    return m_signoffs->roles(assessmentId);
}

Result<QList<SignatureStatus>> SignoffServices::signatures(qint64 assessmentId) const
{
    return m_signoffs->signatures(assessmentId);
}

Result<SignatureRecord> SignoffServices::sign(qint64 assessmentId,
                                              const NewSignature &signature,
                                              const std::optional<QString> &keyPath)
{
    NewSignature signing = signature;
    QString expected;
    if (keyPath) {
        auto key = QFileInfo::exists(*keyPath) ? Ed25519Signer::load(*keyPath)
                                               : Ed25519Signer::generate(*keyPath);
        if (!key)
            return key.error();
        auto hash = m_signoffs->contentHash(assessmentId);
        if (!hash)
            return hash.error();
        expected = *hash;
        signing.publicKey = key->publicKeyHex();
        signing.cryptoSignature = Ed25519Signer::sign(*key, expected);
    }
    auto signedUp = m_signoffs->sign(assessmentId, signing, m_actor, expected);
    if (signedUp)
        emit contentChanged(assessmentId);
    return signedUp;
}

Result<ApprovalVerdict> SignoffServices::approval(qint64 assessmentId) const
{
    return DeploymentApproval::evaluate(*m_db, m_clock, assessmentId);
}

Result<QString> SignoffServices::chainHead() const
{
    return ChainVerifier::head(m_db->connection());
}

} // namespace greenlight
