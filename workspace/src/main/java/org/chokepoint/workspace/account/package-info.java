/**
 * Organisations, users and roles, Argon2id password hashes, API tokens, sessions, login throttling
 * and sharing groups, each kept in the workspace database.
 */
package org.chokepoint.workspace.account;
