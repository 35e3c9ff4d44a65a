// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizards/targetwizardtypepage.h"

#include "connectors/target/sdk/targettype.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace certdesk::ui {

namespace {
constexpr int TypeNameRole = Qt::UserRole;
constexpr int DescriptionRole = Qt::UserRole + 1;

/// Draws a type as its name in bold over its description, wrapped to the list's width.
class TypeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection
        const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
        const QFont bold = boldFont(opt.font);
        const int nameHeight = QFontMetrics(bold).height();
        painter->save();
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                             : QPalette::Text));
        painter->setFont(bold);
        painter->drawText(QRect(area.left(), area.top(), area.width(), nameHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, name);
        painter->setFont(opt.font);
        painter->drawText(area.adjusted(0, nameHeight + Spacing, 0, 0),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          index.data(DescriptionRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int width = std::max(100, (view ? view->viewport()->width() : 400) - 2 * Margin);
        const QRect description = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100000), Qt::TextWordWrap, index.data(DescriptionRole).toString());
        return {width,
                QFontMetrics(boldFont(option.font)).height() + Spacing + description.height() + 2 * Margin};
    }

private:
    static constexpr int Margin = 6;
    static constexpr int Spacing = 2;

    static QFont boldFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
};
} // namespace

TargetWizardTypePage::TargetWizardTypePage(QWidget *parent)
    : QWizardPage(parent), m_list(new QListWidget(this))
{
    setTitle(tr("Type of target"));
    setSubTitle(tr("Where the certificate goes. Each type writes and reloads what its server needs, and "
                   "may do nothing else."));
    m_list->setObjectName(QStringLiteral("targetTypeList"));
    m_list->setItemDelegate(new TypeDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const auto &type : target::targetTypes()) {
        auto *item = new QListWidgetItem(type.displayName, m_list);
        item->setData(TypeNameRole, type.name);
        item->setData(DescriptionRole, type.description);
        item->setToolTip(type.description);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (auto *w = wizard())
            w->next();
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString TargetWizardTypePage::selectedType() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(TypeNameRole).toString() : QString();
}

void TargetWizardTypePage::select(const QString &typeName)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(TypeNameRole).toString() == typeName)
            m_list->setCurrentRow(row);
    }
}

bool TargetWizardTypePage::isComplete() const
{
    return !selectedType().isEmpty();
}

} // namespace certdesk::ui
