/** The price catalog: dated unit prices per service, region and attributes, with tiers and free-tier allowances. */
package dev.cloudplan.core.catalog;
