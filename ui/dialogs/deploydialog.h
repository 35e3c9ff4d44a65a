// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/deployment.h"
#include "models/domain/result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

class TargetController;

/// Deploy a certificate: every deployment target with a check box to deploy to it now, and one to
/// deploy to it automatically after each renewal (a binding). OK queues one deploy job per checked
/// target, whose progress shows on the Jobs page, and applies the changed bindings.
class DeployDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    enum Column { Target, Type, Automatic, LastResult, ColumnCount };

    DeployDialog(TargetController *controller, qint64 certificateId, const QString &certificateName,
                 QWidget *parent = nullptr);

    QTreeWidget *targetTree() const { return m_tree; }
    QPushButton *deployButton() const { return m_deploy; }

    void accept() override;

Q_SIGNALS:
    /// The targets and the certificate's bindings are listed.
    void targetsShown();

private:
    void showTargets(const QList<domain::DeploymentTarget> &targets,
                     const QList<domain::DeploymentTarget> &bound);
    struct BindingChanges
    {
        QStringList bind;
        QStringList unbind;
    };
    QStringList checkedNames(int column, bool checked) const;
    BindingChanges bindingChanges() const;
    void updateButton();
    /// How the last deployment of this certificate to each target went (from m_history).
    void showLastDeployments();

    TargetController *m_controller;
    qint64 m_certificateId;
    QStringList m_bound;
    QList<domain::DeploymentRecord> m_history; ///< this certificate's, newest first
    QLabel *m_hint;
    QTreeWidget *m_tree;
    QPushButton *m_deploy;
};

} // namespace certdesk::ui
