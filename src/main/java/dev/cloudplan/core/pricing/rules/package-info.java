/** One pricing rule per AWS service; each file holds the service's configuration, usage derivation and charges. */
package dev.cloudplan.core.pricing.rules;
