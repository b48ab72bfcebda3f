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
from core.report.summary import (
    cause_lines,
    folded_line,
    name_of,
    section_lines,
    service_heading,
    summary_lines,
    works_now_lines,
)

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "build_report",
    "cause_lines",
    "folded_line",
    "free_report_path",
    "name_of",
    "render_html",
    "render_text",
    "report_document",
    "report_filename",
    "section_lines",
    "service_heading",
    "summary_lines",
    "when",
    "works_now_lines",
    "write_new_report",
]
