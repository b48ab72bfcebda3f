"""Reports from a run: JSON, one self-contained HTML file, a short text; private by default."""

from core.report.files import free_report_path, write_new_report
from core.report.render import (
    EXTENSIONS,
    FORMATS,
    build_report,
    render_html,
    render_text,
    report_document,
    report_filename,
    when,
)

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "build_report",
    "free_report_path",
    "render_html",
    "render_text",
    "report_document",
    "report_filename",
    "when",
    "write_new_report",
]
