/** Saved assessments: labelled, owned, shared, and read only through the access policy. */
package org.chokepoint.workspace.assessment;
