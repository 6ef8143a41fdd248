/**
 * Builds the bundled catalog from its sources: rows transcribed by hand (catalog-src/) and files generated from the
 * AWS Price List by public projects (../shared/pricedata). A developer tool, run by tools/build-catalog; the build is
 * reproducible byte for byte, and a test checks it.
 */
package dev.cloudplan.catalogbuild;
