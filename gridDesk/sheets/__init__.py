"""Excel in and out: python-calamine reads .xlsx/.xls/.ods, XlsxWriter writes. No database."""
