"""The dashboard's two charts: cases per month by category (stacked bars) and closure times."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QStackedBarSeries,
                              QValueAxis)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QToolTip, QWidget

from ...domain.case_records import CLOSURE_BUCKETS, CaseCharts

# Distinct, print-safe colours; the first is the app's blue.
_COLOURS = ("#1f4e8c", "#f2b705", "#2e8b57", "#c0504d", "#7f6084", "#4bacc6", "#8a8a8a")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _axes(chart: QChart, series, labels: list[str], top: int) -> None:
    x = QBarCategoryAxis()
    x.append(labels)
    y = QValueAxis()
    y.setLabelFormat("%d")
    # Whole numbers on every tick: a top that four intervals divide evenly.
    y.setRange(0, max(4, -(-top // 4) * 4))
    y.setTickCount(5)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


class CaseChartsView(QWidget):
    """Hovering a bar shows its figure; clicking one asks for the cases of that month."""

    monthClicked = Signal(str)  # "YYYY-MM"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.monthly = QChartView()
        self.closure = QChartView()
        for view in (self.monthly, self.closure):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(230)
            layout.addWidget(view)
        layout.setStretch(0, 3)
        layout.setStretch(1, 2)
        self.months: tuple[str, ...] = ()

    def show_charts(self, charts: CaseCharts) -> None:
        self.months = charts.months
        monthly = _chart(self.tr("近 12 个月各类案件数（按上报月份）"))
        series = QStackedBarSeries()
        for i, (category, counts) in enumerate(charts.by_category):
            bars = QBarSet(category)
            bars.append([float(n) for n in counts])
            bars.setColor(QColor(_COLOURS[i % len(_COLOURS)]))
            series.append(bars)
        series.hovered.connect(self._hover_monthly)
        series.clicked.connect(lambda index, _bars: self.monthClicked.emit(self.months[index]))
        monthly.addSeries(series)
        totals = [sum(c[m] for _n, c in charts.by_category) for m in range(len(charts.months))]
        _axes(monthly, series, [self.tr("{0}月").format(int(m[5:])) for m in charts.months], max(totals, default=0))
        self.monthly.setChart(monthly)

        median = self.tr("中位数 {0} 个工作日").format(f"{charts.closure_median:g}") \
            if charts.closure_median is not None else self.tr("暂无结案")
        closure = _chart(self.tr("结案用时（近 12 个月结案，工作日）：{0}").format(median))
        closure.legend().hide()
        bars = QBarSet(self.tr("结案数"))
        bars.append([float(n) for n in charts.closure_counts])
        bars.setColor(QColor(_COLOURS[0]))
        bars.setLabelColor(QColor("#1b2a41"))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        closure.addSeries(series)
        _axes(closure, series, self._bucket_labels(), max(charts.closure_counts, default=0))
        self.closure.setChart(closure)

    def _bucket_labels(self) -> list[str]:
        labels, low = [], 0
        for bound in CLOSURE_BUCKETS:
            labels.append(self.tr("当天") if bound == 0 else (str(bound) if low == bound else f"{low}–{bound}"))
            low = bound + 1
        labels.append(f">{CLOSURE_BUCKETS[-1]}")
        return labels

    def _hover_monthly(self, status: bool, index: int, bars: QBarSet) -> None:
        if status:
            QToolTip.showText(self.cursor().pos(), self.tr("{0}，{1}：{2} 件").format(
                self.months[index], bars.label(), int(bars.at(index))))
        else:
            QToolTip.hideText()
