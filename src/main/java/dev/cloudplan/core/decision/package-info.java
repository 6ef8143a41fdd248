/**
 * Decisions between architectures: each one's cost as a workload driver sweeps a range, and the driver values where
 * two of them cost the same. Pure: it prices through a {@link dev.cloudplan.core.decision.Pricer} and does no I/O.
 */
package dev.cloudplan.core.decision;
