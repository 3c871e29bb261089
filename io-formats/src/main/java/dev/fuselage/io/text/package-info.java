/**
 * Text helpers shared by io-formats' ascii readers (PCD, PLY). Internal to io-formats: public only because the
 * readers live in other packages; not an API for other modules.
 */
package dev.fuselage.io.text;
