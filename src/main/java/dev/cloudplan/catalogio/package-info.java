/** Adapter: loads catalog directories (bundled or imported) into the core's price catalog. */
package dev.cloudplan.catalogio;
