/**
 * The tamper-evident audit log: accountable events appended to an RFC 9162 Merkle tree with signed
 * checkpoints, inclusion and consistency proofs, and verification that names the first entry that
 * does not match.
 */
package org.chokepoint.workspace.audit;
