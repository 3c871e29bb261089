/**
 * What can be labelled: {@link dev.fuselage.ontology.Ontology} (label classes with colour, hotkey, size prior,
 * parent and typed attributes), ready-made {@link dev.fuselage.ontology.Presets} (KITTI, nuScenes-like, COCO 80),
 * the JSON file form ({@link dev.fuselage.ontology.OntologyJson}), validation of an object's class and attribute
 * map, and a {@link dev.fuselage.ontology.Palette} of colours readable on the dark viewport. No GUI or GL here.
 */
package dev.fuselage.ontology;
