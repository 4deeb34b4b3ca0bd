#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace loandesk {

// The last step before money moves: the action restated in digits and in words, the
// optional four-eyes approver, Submit (disabled the moment it is clicked), then the result.
class ConfirmPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPage)

public:
    explicit ConfirmPage(QWidget *parent = nullptr);

    void setSummary(const QString &summary, const QString &words, const QString &details);
    QString secondOperator() const;
    // Before submit: Back and Submit usable. Busy: both disabled. Done: only Close.
    enum class Phase { Ready, Busy, Done };
    void setPhase(Phase phase);
    void setResult(const QString &text, bool good);

Q_SIGNALS:
    void backClicked();
    void submitClicked();
    void closeClicked();

private:
    QLabel *m_summary;
    QLabel *m_words;
    QLabel *m_details;
    QLineEdit *m_secondOperator;
    QLabel *m_result;
    QPushButton *m_back;
    QPushButton *m_submit;
    QPushButton *m_close;
};

} // namespace loandesk
