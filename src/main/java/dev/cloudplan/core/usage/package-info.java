/** Usage: per component per month, the billed quantities, and the assumptions behind them. */
package dev.cloudplan.core.usage;
