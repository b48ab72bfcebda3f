"""Reports from a run: JSON, one self-contained HTML file, a short text; private by default."""

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
    "render_html",
    "render_text",
    "report_document",
    "report_filename",
    "when",
]
