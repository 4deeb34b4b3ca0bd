#pragma once

#include "settings/appsettings.h"

#include <QWidget>

class QSpinBox;

namespace loandesk {

// How long the LTV history kept on this computer reaches back (application-wide).
class HistoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    void store(AppSettings &settings) const;

private:
    QSpinBox *m_retention;
};

} // namespace loandesk
