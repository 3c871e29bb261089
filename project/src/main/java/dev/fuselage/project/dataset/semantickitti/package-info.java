/** SemanticKITTI export: scans and per-point {@code semantic | instance << 16} labels. */
package dev.fuselage.project.dataset.semantickitti;
