#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace greenlight {

// Help > Keyboard Shortcuts: every shortcut of a window, grouped by menu or area, read from the
// window's live actions (ShortcutCatalog) so the list cannot drift from what the keys do, plus
// the few keys Qt itself gives every list and dialog. The filter keeps rows whose command, key,
// group or area contains every word typed.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    // Reads the window's actions again (an action added since shows up).
    void reload();
    void setFilterText(const QString &text);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *countLabel() const { return m_count; }
    int shownCount() const; // shortcut rows that pass the filter

private:
    void applyFilter();

    const QWidget *m_window;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_count;
    int m_total = 0;
};

} // namespace greenlight
