/** The one access policy: who may read, list, search, export, write, share and create what. */
package org.chokepoint.workspace.policy;
