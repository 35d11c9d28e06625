"""Printouts as pure functions: plain data in, a PDF with an embedded CJK font out."""
