/** Adapter: the local what-if web UI of {@code cloudplan serve} (docs/serve.md), on the JDK's HTTP server. */
package dev.cloudplan.web;
