#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace greenlight {

// A non-modal, dismissable strip above the content for errors the user should see but that
// must not block work (a locked database, a template that failed to load).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

public slots:
    void dismiss();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours(); // a tint of the kind, light or dark as the palette in use

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace greenlight
