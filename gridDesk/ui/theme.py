"""The look: a calm government-blue sidebar, clear type, generous spacing."""

from __future__ import annotations

PRIMARY = "#1f4e8c"
STYLE = f"""
QMainWindow, QDialog, QWizard {{ background: #f4f6fa; }}
QWidget {{ font-size: 14px; }}
#Sidebar {{ background: {PRIMARY}; border: none; color: white; padding-top: 8px; }}
#Sidebar::item {{ padding: 12px 18px; border-left: 4px solid transparent; }}
#Sidebar::item:selected {{ background: #163a69; border-left: 4px solid #f2b705; color: white; }}
#Sidebar::item:hover:!selected {{ background: #2a5da0; }}
#Brand {{ background: {PRIMARY}; color: white; font-size: 18px; font-weight: bold; padding: 16px 18px 4px 18px; }}
#BrandSub {{ background: {PRIMARY}; color: #c9d7ee; font-size: 12px; padding: 0 18px 12px 18px; }}
#PageTitle {{ font-size: 22px; font-weight: bold; color: #1b2a41; }}
#PageHint {{ color: #5b6b82; }}
#Card {{ background: white; border: 1px solid #dfe5ee; border-radius: 8px; }}
#CardValue {{ font-size: 30px; font-weight: bold; color: {PRIMARY}; }}
#CardLabel {{ color: #5b6b82; }}
#ErrorLabel {{ color: #b3261e; }}
#OkLabel {{ color: #1e7d32; }}
#Banner {{ background: #fdecea; border: 1px solid #f5c2bd; border-radius: 6px; padding: 8px 12px; color: #8a1c14; }}
#NoticeBanner {{ background: #fff6db; border: 1px solid #f1d98a; border-radius: 6px; padding: 8px 12px; color: #6b5200; }}
#LockScreen {{ background: #1b2a41; }}
#LockTitle {{ color: white; font-size: 24px; font-weight: bold; }}
#LockHint {{ color: #c9d7ee; }}
#RecoveryKey {{ font-family: monospace; font-size: 18px; background: white; border: 1px dashed #888;
               padding: 12px; }}
QPushButton {{ padding: 6px 16px; border-radius: 4px; border: 1px solid #b8c4d6; background: white; }}
QPushButton:hover {{ background: #eaf0f8; }}
QPushButton#Primary {{ background: {PRIMARY}; color: white; border: none; }}
QPushButton#Primary:hover {{ background: #2a5da0; }}
QLineEdit, QComboBox, QDateEdit {{ padding: 5px; border: 1px solid #b8c4d6; border-radius: 4px; background: white; }}
QComboBox QAbstractItemView {{ background: white; color: #1b2a41; border: 1px solid #b8c4d6; outline: 0;
                              selection-background-color: #d6e4f5; selection-color: #1b2a41; }}
QComboBox QAbstractItemView::item {{ min-height: 24px; padding: 2px 6px; color: #1b2a41; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{ background: #d6e4f5; color: #1b2a41; }}
QLineEdit[fieldError="true"], QComboBox[fieldError="true"], QDateEdit[fieldError="true"],
QDateTimeEdit[fieldError="true"], QPlainTextEdit[fieldError="true"], QSpinBox[fieldError="true"],
QDoubleSpinBox[fieldError="true"], QListWidget[fieldError="true"] {{ border: 1px solid #b3261e; }}
QCheckBox[fieldError="true"] {{ color: #b3261e; }}
#FieldError {{ color: #b3261e; font-size: 13px; }}
QTableView {{ background: white; gridline-color: #e5e9f0; selection-background-color: #d6e4f5;
              selection-color: black; }}
QHeaderView::section {{ background: #eef2f8; padding: 6px; border: none; border-right: 1px solid #dfe5ee; }}
QStatusBar {{ background: #e9edf3; }}
"""
