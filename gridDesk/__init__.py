"""GridDesk: the desktop tool of a village comprehensive governance centre."""

__version__ = "0.1.0"
APP_ID = "GridDesk"
