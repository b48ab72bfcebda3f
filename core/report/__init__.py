"""Reports from a run: JSON, one self-contained HTML file, a short text; private by default."""

from core.report.diary import DIARY_FORMATS, diary_document, period_line, render_diary
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
)

__all__ = [
    "DIARY_FORMATS",
    "EXTENSIONS",
    "FORMATS",
    "build_report",
    "cause_lines",
    "diary_document",
    "folded_line",
    "free_report_path",
    "name_of",
    "period_line",
    "render_diary",
    "render_html",
    "render_text",
    "report_document",
    "report_filename",
    "section_lines",
    "service_heading",
    "summary_lines",
    "when",
    "write_new_report",
]
