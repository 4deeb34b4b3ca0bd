#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace loandesk {

class AlertLog;

// The in-window alert: always shown while an alert is open (unacknowledged), coloured by the
// worst open severity, with the newest alert in words and buttons to acknowledge it or open the
// log. Hidden when every alert is acknowledged.
class AlertBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(AlertLog *log, QWidget *parent = nullptr);

    QString text() const;
    void refresh();

Q_SIGNALS:
    void logRequested();

protected:
    void changeEvent(QEvent *event) override; // the theme changed: recolour

private:
    AlertLog *m_log;
    QLabel *m_text;
    QPushButton *m_acknowledge;
    QPushButton *m_showLog;
};

} // namespace loandesk
