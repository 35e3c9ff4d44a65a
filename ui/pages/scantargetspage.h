// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/scantarget.h"

#include <QWidget>

class QAction;
class QTreeWidget;

namespace certdesk::ui {

class NetworkScanController;
class Prompter;

/// The network scan targets: each with its hosts and ranges, ports, interval and the figures of
/// its last scan (when, duration, endpoints probed, TLS endpoints, certificates, errors); add,
/// change, delete, enable or disable, and Scan now (with a progress bar and Cancel in the status
/// bar). What a scan finds goes to the Discovery page for triage.
class ScanTargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanTargetsPage)

public:
    ScanTargetsPage(NetworkScanController *controller, Prompter *prompter, QWidget *parent = nullptr);

    QTreeWidget *targetTree() const { return m_tree; }
    QAction *addAction_() const { return m_add; }
    QAction *scanNowAction() const { return m_scanNow; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void targetsShown();

private:
    void onTargetsLoaded(const QList<domain::NetworkScanTarget> &targets);
    std::optional<domain::NetworkScanTarget> current() const;
    void updateActions();
    void edit(const domain::NetworkScanTarget &target);

    NetworkScanController *m_controller;
    Prompter *m_prompter;
    QList<domain::NetworkScanTarget> m_targets;
    QTreeWidget *m_tree;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_toggle;
    QAction *m_scanNow;
};

} // namespace certdesk::ui
