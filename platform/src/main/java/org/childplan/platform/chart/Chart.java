package org.childplan.platform.chart;

/**
 * One chart, drawn twice from the same geometry.
 *
 * @param svg  a standalone SVG 1.1 document with its labels as {@code <text>}: for a browser or a download
 * @param html the same chart for a report page: the SVG without its text inside a positioned {@code div.chart}, the
 *             labels laid over it as HTML. openhtmltopdf draws SVG text through Batik as glyph outlines, which a PDF
 *             reader can neither search nor copy; laid over as HTML they are real text in the PDF as on screen
 */
public record Chart(String svg, String html) {
}
