#pragma once

#include <QLabel>

namespace loandesk {

// A one-line label that gives up width gracefully: where its text does not fit it ends in "…"
// and its tooltip carries the whole text (above the label's own tooltip), so a status field on
// a narrow window is shortened, never cut off mid-glyph or pushed out of sight. text() is
// always the whole text.
class ElidedLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace loandesk
