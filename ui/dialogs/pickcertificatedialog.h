// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/certificate.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QTableView;

namespace certdesk::item {
class CertificateTableModel;
class CertificateFilterModel;
} // namespace certdesk::item

namespace certdesk::ui {

/// Picks one managed certificate from a searchable, sortable list (claiming a discovered
/// certificate links it to the one picked here; ids are never typed). Enter or a double click picks.
class PickCertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickCertificateDialog)

public:
    PickCertificateDialog(const QList<domain::CertificateSummary> &certificates, const QString &searchHint,
                          QWidget *parent = nullptr);
    std::optional<qint64> selectedId() const;
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    item::CertificateTableModel *m_model;
    item::CertificateFilterModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace certdesk::ui
