#pragma once

#include <QLabel>

namespace greenlight {

// A one-line label that elides its text to the width it has (in the middle by default, so
// both ends of a long path stay readable) and shows the full text as its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};

} // namespace greenlight
