/**
 * World mineral production by country and the concentration report built on it: per commodity,
 * production stage and unit, how concentrated production is, who holds it, and how much sits with a
 * concern group and with the perspective.
 */
package org.chokepoint.minerals;
