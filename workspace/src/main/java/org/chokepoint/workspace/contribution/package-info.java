/**
 * Contributions (firms' confidential supplier maps, {@code TLP:RED}, versioned) and the pooled
 * views built from them under statistical disclosure control
 * (docs/methods/pooled-contributions.md).
 */
package org.chokepoint.workspace.contribution;
