// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace certdesk::item {
class DeploymentTableModel;
}

namespace certdesk::ui {

class TargetController;

/// The deployment history of one certificate (the inventory's details) or one target (the Targets
/// page): when, certificate or target, fingerprint, result, with a Re-deploy button on each row
/// (the certificate's current version, again, without re-issuing) and the selected row's full
/// output below, with Copy output. Reloads itself when deployments change.
class DeploymentHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentHistoryView)

public:
    enum class Scope { Certificate, Target };

    /// `layoutKey` names the remembered column layout in the UI settings.
    DeploymentHistoryView(TargetController *controller, Scope scope, const QString &layoutKey,
                          QWidget *parent = nullptr);
    ~DeploymentHistoryView() override;

    void showCertificate(qint64 certificateId);
    void showTarget(const QString &targetName);
    void clear();
    void reload();

    QTableView *table() const { return m_table; }
    item::DeploymentTableModel *model() const { return m_model; }
    QPlainTextEdit *outputEdit() const { return m_output; }
    QPushButton *copyOutputButton() const { return m_copy; }
    /// The Re-deploy button of the model's `row`; nullptr when there is none.
    QAbstractButton *redeployButton(int row) const;

Q_SIGNALS:
    /// A (re)load reached the table.
    void historyShown();

private:
    void onLoaded(const QList<domain::DeploymentRecord> &deployments);
    void addRedeployButtons();
    void showSelectedOutput();
    qint64 selectedId() const;

    TargetController *m_controller;
    Scope m_scope;
    QString m_layoutKey;
    std::optional<domain::DeploymentFilter> m_filter;
    quint64 m_generation = 0;
    item::DeploymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_outputLabel;
    QPlainTextEdit *m_output;
    QPushButton *m_copy;
};

} // namespace certdesk::ui
