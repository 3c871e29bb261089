/** Native JSON export and import: everything in a project, losslessly. */
package dev.fuselage.project.dataset.json;
