/** ASAM OpenLABEL 1.0 export and import of cuboid annotations. */
package dev.fuselage.project.dataset.openlabel;
