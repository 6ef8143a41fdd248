/** Commitments (reserved terms, Savings Plans) against on-demand: break-even utilisation, payback, best share to commit. */
package dev.cloudplan.core.commitment;
