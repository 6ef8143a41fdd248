/** Pricing rules (one per AWS service, in {@code rules}) and the pricer that turns their charges into line items. */
package dev.cloudplan.core.pricing;
