/**
 * Supply networks: who provides which input, which inputs go into which product, which inputs are
 * types of another (substitutes), and the analyses on them: upstream trees, residual capacity when
 * a provider or a group stops supplying, and chokepoints marked by who holds them.
 */
package org.chokepoint.network;
