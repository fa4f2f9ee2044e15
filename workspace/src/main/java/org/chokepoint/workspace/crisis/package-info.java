/**
 * Crisis requests in the form of Article 12 of the IPEF Agreement Relating to Supply Chain
 * Resilience (2023): a government asks partner governments for an emergency meeting of the Supply
 * Chain Crisis Response Network, stating the six items of Article 12(2); the 15-day clock of the
 * meeting, the day-10 reminder, the partners' responses and the linked analyses. Read only through
 * the access policy; every step audited (docs/methods/crisis-requests.md).
 */
package org.chokepoint.workspace.crisis;
