/**
 * Glue between dataset export (io-formats) and the camera models (fusion): the fusion-backed
 * {@link dev.fuselage.io.dataset.BoxProjector}, and the one entry point the CLI and the export dialog share.
 */
package dev.fuselage.app.dataset;
