/** Architectures and their components, with the settings each component type accepts. */
package dev.cloudplan.core.architecture;
