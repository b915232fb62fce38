#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include "scan/Analyzer.h"
#include "scan/parsers/KubernetesObjects.h"

namespace greenlight {

struct YamlDocument;
class TextLines;

// Kubernetes manifest rules. Per workload (KubernetesPodChecks): security context, image,
// resources, probes. Per repository (finish): workloads without any NetworkPolicy, and
// multi-replica Deployments/StatefulSets without a PodDisruptionBudget selecting their
// pods. Helm templates that are not valid YAML are passed over with a note.
class KubernetesAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::KubernetesAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

private:
    // A Deployment/StatefulSet, kept for the PodDisruptionBudget rule.
    struct Scalable
    {
        QString path;
        int line = 0;
        int column = 0;
        QString snippet;
        QString kind;
        QString name;
        QString namespaceName;
        QHash<QString, QString> podLabels;
        qint64 replicas = 1;
    };
    struct Budget
    {
        QString namespaceName;
        KubeLabelSelector selector;
    };
    struct Autoscaler
    {
        QString namespaceName;
        QString targetKind;
        QString targetName;
        qint64 maxReplicas = 0;
    };

    // Everything the repository-level rules need from one file, merged under the mutex.
    struct FileSummary
    {
        int workloads = 0;
        bool networkPolicy = false;
        QList<Scalable> scalables;
        QList<Budget> budgets;
        QList<Autoscaler> autoscalers;
    };

    void analyzeObject(const ScannedFile &file,
                       const YamlDocument &document,
                       const TextLines &lines,
                       const YAML::Node &object,
                       FindingSink &sink,
                       FileSummary &summary) const;
    void skipTemplate(const ScannedFile &file, FindingSink &sink);
    bool namespacesMatch(const QString &a, const QString &b) const;
    bool hasBudget(const Scalable &workload) const;
    bool isScaledOut(const Scalable &workload) const;

    QMutex m_mutex; // guards the members below
    int m_workloads = 0;
    QString m_firstWorkloadPath;
    bool m_networkPolicy = false;
    QList<Scalable> m_scalables;
    QList<Budget> m_budgets;
    QList<Autoscaler> m_autoscalers;
    // Skipped Helm charts whose templates mention these kinds: the repository-level rules
    // cannot see their selectors, so they stay silent for them rather than guess.
    bool m_opaqueNetworkPolicy = false;
    QStringList m_opaqueBudgetCharts; // chart directories ("deploy/chart/")
};

} // namespace greenlight
