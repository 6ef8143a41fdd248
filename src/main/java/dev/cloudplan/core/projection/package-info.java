/** Projection: months 1..H of an architecture, with free tiers, credits, fixed costs and the budget. */
package dev.cloudplan.core.projection;
