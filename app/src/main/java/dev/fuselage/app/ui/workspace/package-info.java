/**
 * The annotation workspace: a project's frames in the 3D view with the object list, the class editor, three
 * orthogonal views of the selected box and the frame timeline. {@code project} holds the JavaFX-free parts
 * (opening and importing projects, fitting and editing boxes), {@code model} the view models the views bind to,
 * {@code view} the JavaFX views.
 */
package dev.fuselage.app.ui.workspace;
