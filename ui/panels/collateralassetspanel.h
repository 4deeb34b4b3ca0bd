#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace loandesk {

class CollateralAssetsModel;
class CollateralState;

// What the selected unit holds, asset by asset (quantity, price, value, collateral ratio,
// collateral value, share), for the whole unit or member by member, under a line that says how
// complete the composition is and which wallets disagree with ltv-details.
class CollateralAssetsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollateralAssetsPanel)

public:
    explicit CollateralAssetsPanel(QWidget *parent = nullptr);

    // Without one (a desk that reads no composition) the panel says so.
    void setCollateral(CollateralState *collateral);
    void setGroupId(qint64 groupId);
    void setMaskEmails(bool mask);
    void setPerMember(bool perMember);

    CollateralAssetsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString coverageText() const;
    QString notesText() const;
    QSize sizeHint() const override;
    // With room for the wrapped coverage and notes lines at their current width: the splitter
    // that places the panel knows nothing of height-for-width.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void fitColumns();

    CollateralState *m_collateral = nullptr;
    qint64 m_groupId = 0;
    CollateralAssetsModel *m_model;
    QLabel *m_coverage;
    QComboBox *m_mode;
    QTableView *m_view;
    QLabel *m_notes;
    QLabel *m_summary;
    QTimer m_refit;        // one fit per event-loop turn, however many rows changed
    int m_fittedRows = -1; // rows when the layout was last asked
};

} // namespace loandesk
