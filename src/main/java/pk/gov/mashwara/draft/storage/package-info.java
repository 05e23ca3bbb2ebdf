/**
 * The file store: original files kept byte for byte under their SHA-256, written so that a crash never
 * leaves a half-written file where a reader could find it. Internal to the draft module.
 */
package pk.gov.mashwara.draft.storage;
