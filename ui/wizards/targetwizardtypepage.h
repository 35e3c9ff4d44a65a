// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QListWidget;

namespace certdesk::ui {

/// The target wizard's first page: every target type this build knows, each with its
/// description; Next needs one chosen.
class TargetWizardTypePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetWizardTypePage)

public:
    explicit TargetWizardTypePage(QWidget *parent = nullptr);

    /// The chosen type's name ("nginx"); empty when none.
    QString selectedType() const;
    void select(const QString &typeName);
    QListWidget *typeList() const { return m_list; }

    bool isComplete() const override;

private:
    QListWidget *m_list;
};

} // namespace certdesk::ui
