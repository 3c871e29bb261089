/** The export dialog: format, output folder, progress and cancel. */
package dev.fuselage.app.ui.export;
