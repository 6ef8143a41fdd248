/** Ranges of workload figures and the seeded Monte Carlo over them, priced on compiled plans (docs/ranges.md). */
package dev.cloudplan.core.montecarlo;
