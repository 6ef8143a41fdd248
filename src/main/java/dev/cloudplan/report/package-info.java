/** Adapter: the canonical report and its renderers (table, Markdown, JSON, CSV). */
package dev.cloudplan.report;
