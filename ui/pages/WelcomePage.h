#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace greenlight {

// Shown while the store holds no assessment. It creates nothing by itself: the user picks
// a new assessment or the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    QCommandLinkButton *newAssessmentButton() const { return m_new; }
    QCommandLinkButton *openDemoButton() const { return m_demo; }

signals:
    void newAssessmentRequested();
    void openDemoRequested();

private:
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_demo;
    QLabel *m_storePath;
};

} // namespace greenlight
