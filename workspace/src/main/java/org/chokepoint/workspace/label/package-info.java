/** Traffic Light Protocol 2.0 labels and recipient lists carried by every stored object. */
package org.chokepoint.workspace.label;
