/**
 * Firm networks at national scale: who supplies whom, and how much, for about a million firms and
 * five million links. Everything here works on compact int and double arrays ({@link
 * org.chokepoint.network.firm.FirmNetwork}: both directions in compressed sparse rows), not on
 * boxed collections, so that the analyses finish in seconds: {@link
 * org.chokepoint.network.firm.Exposure} (the share of a firm's inputs that depends, directly or
 * further upstream, on a shocked set) and {@link org.chokepoint.network.firm.Dominators} (the firms
 * that every supply path to a firm passes through). Definitions: {@code
 * docs/methods/firm-networks.md}.
 */
package org.chokepoint.network.firm;
