/** Exact decimal money; rounding happens only where a bill rounds. */
package dev.cloudplan.core.money;
